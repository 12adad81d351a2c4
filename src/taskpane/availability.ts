/** The pane's actions that change or check the workbook (each a step's button). */
export type ActionId = "createRegister" | "createUnitSheets" | "check" | "score" | "propose";
