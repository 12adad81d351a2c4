/**
 * Function file of the ribbon (manifest FunctionFile). The "Sổ Thi đua" button only opens the
 * task pane (ShowTaskpane), so there are no function commands yet; Office still expects the page
 * to initialise.
 */
void Office.onReady();
