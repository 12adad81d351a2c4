/** The look of the pane's data tables (units' status, ranking): one place, so they read alike. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneTableStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed" },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
    verticalAlign: "bottom",
  },
  td: {
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: "anywhere",
    verticalAlign: "top",
  },
  /** A row's heading cell (the unit's code), read as a heading but drawn like its row. */
  rowHead: { fontWeight: tokens.fontWeightRegular, textAlign: "left" },
  /** The unit's name under its code. */
  unitName: { display: "block", color: tokens.colorNeutralForeground2 },
});
