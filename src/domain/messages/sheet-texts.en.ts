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
  yearReport: {
    title: (p) =>
      `${p.midYear ? "MID-YEAR REVIEW OF EMULATION AND COMMENDATION WORK" : "YEAR-END REVIEW OF EMULATION AND COMMENDATION WORK"}${p.year === null ? "" : ` ${p.year}`}`,
    pledges: "I. PLEDGES",
    pledged: (p) =>
      `Units pledged: ${p.units}/${p.allUnits}; staff pledged: ${p.staff}/${p.allStaff}.`,
    titlesHeader: [
      "No.",
      "Title / award",
      "Pledged",
      "Proposed",
      "Awarded",
      "Not awarded",
      "Decided by",
    ],
    noDecisions: "(No Quyết định sheet yet: the Awarded / Not awarded columns show 0.)",
    ratings: "II. QUALITY RATINGS",
    ratingsHeader: ["No.", "Rating", "Units", "Staff"],
    notRated: "Not rated",
    ranking: "III. UNITS' EMULATION SCORES",
    rankHeader: [
      "Rank",
      "Unit name",
      "Unit code",
      "Self score",
      "Council score",
      "Difference",
      "Rating by score",
    ],
    scoresChart: "Emulation scores by unit (self and council)",
    history: "IV. TITLES AND AWARDS OF THE LAST 5 YEARS (from the Lịch sử sheet)",
    year: "Year",
    certificates: "Certificates of merit",
    historyChart: "Titles and awards per year",
    rewards: (p) =>
      `V. REWARD MONEY (Decree 152/2025/NĐ-CP Art. 50; base salary ${p.baseSalary.toLocaleString("en-US")} VND)`,
    rewardsHeader: [
      "No.",
      "Title / award",
      "Proposed",
      "Multiple",
      "Budget (VND)",
      "Awarded (VND)",
    ],
    awardOfKind: (p) => `${p.award} (${p.individual ? "individual" : "collective"})`,
    total: "Total",
    signDate: "……, date ……/……/……",
    signer: "HEAD OF THE AGENCY",
  },
  rollup: {
    title: (p) => `Roll-up of ${p.registers} registers, made on ${p.date}`,
    summary: (p) =>
      `${p.files} files; ${p.lists === "" ? "no proposal goes above the Sở" : p.lists}`,
    filesHeader: ["No.", "File", "Agency", "Year", "Proposals", "Errors", "Note"],
    unusable: (p) => `Could not be read: ${p.reason}`,
    repeats: (p) => `Same register as the file ${p.file}; not taken again`,
    hasErrors: "The register has errors: the agency should check it",
    listTitle: (p) => `PROPOSALS FOR AWARDS DECIDED BY THE ${p.authority}`,
    listHeader: [
      "No.",
      "Collective / individual",
      "Position",
      "Unit",
      "Proposing agency",
      "Title / award",
      "Grounds",
      "Vote",
      "Duplicate",
      "Source file",
      "Code in register",
    ],
    duplicateOf: (p) => `Same as No. ${p.line} (file ${p.file})`,
    duplicateLater: "Proposed again in a row below",
    votesFor: (p) => `${p.yes} votes for`,
    voteShare: (p) => `${p.yes}/${p.members} (${p.percent}%)`,
  },
  nextYear: {
    undecidedNote:
      "No decision number yet: carried over at the user's request; add the decision's number and date when known.",
    summary: (p) =>
      `Lịch sử gains ${p.ratings} rating rows and ${p.awards} awards with a decision${p.undecided > 0 ? `, and ${p.undecided} awards without a decision number (noted in the Ghi chú column)` : ""}${p.left > 0 ? `; ${p.left} proposals without a decision number were not carried over (use --include-undecided to carry them)` : ""}.`,
  },
  unitFile: {
    title: (p) =>
      `UNIT EMULATION FILE OF ${p.unitName} (${p.unit})${p.year === null ? "" : ` — ${p.year}`}`,
    steps: (p) => [
      `1. Sheet ${p.pledgeSheet}: fill in the titles and awards the unit pledges, and each person's pledge (add people in the empty rows below).`,
      `2. Sheet ${p.scoreSheet}: fill in the "Tự chấm" and "Minh chứng" columns for each criterion; the council fills in "Hội đồng chấm".`,
      "3. Only the yellow cells can be filled in; the others are locked. The Cán bộ and Tiêu chí sheets are for reference.",
      "4. Type Vietnamese in Unicode (Times New Roman, Arial… fonts), not in the .VnTime or VNI fonts.",
      "5. Do not rename or delete sheets, and do not copy another unit's sheets into this file.",
      '6. Save the file (.xlsx) and send it back to the Office; the Office merges it with "Merge unit files".',
    ],
    missingSheets: (p) => `Required sheets are missing: ${p.sheets}.`,
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
