/**
 * English wording of the working sheets (`tdkt run --lang en`, the English pane). Sheet names and
 * values typed in cells stay as the register writes them.
 */
import type { SheetTexts } from "./sheet-texts";

export const SHEET_TEXTS_EN: SheetTexts = {
  severity: { error: "Error", warning: "Warning", info: "Note" },
  draftMark: (p) =>
    `DRAFT — the register still has ${p.errors} ${p.errors === 1 ? "error" : "errors"}`,
  check: {
    title: "REGISTER CHECK RESULTS",
    summary: (p) => `Errors: ${p.errors} · Warnings: ${p.warnings}`,
    header: ["No.", "Severity", "Sheet", "Cell", "Message", "Code"],
    none: "No errors or warnings.",
  },
  score: {
    title: (p) => `EMULATION SCORES${p.year === null ? "" : ` ${p.year}`}`,
    rankHeader: [
      "Rank",
      "Unit code",
      "Unit name",
      "Self score",
      "Council score",
      "Difference",
      "Rating by council score",
      "Unit's rating",
      "Note",
    ],
    gapHeader: [
      "No.",
      "Unit code",
      "Unit name",
      "Self score",
      "Council score",
      "Difference",
      "Criterion code",
      "Criterion",
      "",
    ],
    noUnits: "No units yet.",
    notRankedScores: "Not ranked: the council's scores are incomplete",
    notRankedSheet: (p) => `Not ranked: no ${p.sheet} sheet yet`,
    ratingDiffers: "The unit's rating differs from the rating by score",
    gapTitle: "SELF SCORE AGAINST COUNCIL SCORE (largest difference first)",
    noGaps: "Self scores and council scores agree on every criterion scored.",
  },
  merge: {
    title: "UNIT FILES MERGE RESULTS",
    time: (p) => `Time: ${p.time}`,
    filesHeader: ["File", "Unit", "Result", "Cells merged"],
    merged: "Merged",
    refused: "Not merged",
    findingsHeader: ["Severity", "File", "Unit", "Sheet", "Cell", "Message", "Code"],
    none: "No problems.",
  },
};
