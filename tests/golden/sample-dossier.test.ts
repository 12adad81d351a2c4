/**
 * Golden text of every dossier document of the bundled sample (tests/golden/sample-dossier.txt),
 * reviewed by reading it. Regenerate after an intended change with
 * `UPDATE_GOLDEN=1 npx jest tests/golden` and read the diff.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import { readInputGrids } from "../../src/app/read-workbook";
import { analyseRegister } from "../../src/domain/analyse-register";
import { buildDossier } from "../../src/domain/dossier/build-dossier";
import { documentText } from "../../src/domain/dossier/document";

const SAMPLE = path.resolve(__dirname, "../../assets/sample-register.xlsx");
const GOLDEN = path.join(__dirname, "sample-dossier.txt");

async function sampleDossierText(): Promise<string> {
  const port = await XlsxFileAdapter.open(SAMPLE);
  const outcome = analyseRegister(await readInputGrids(port));
  if (outcome.kind !== "analysed") throw new Error(JSON.stringify(outcome.reason));
  const dossier = buildDossier(outcome.analysis);
  const warnings = dossier.issues.map(
    (i) => `! ${i.code} ${i.sheet ?? ""}!${i.cell ?? ""}: ${i.message}`
  );
  return [...dossier.documents.map(documentText), "# Cảnh báo", ...warnings].join("\n\n") + "\n";
}

describe("golden dossier of the sample register", () => {
  it("equals tests/golden/sample-dossier.txt", async () => {
    const actual = await sampleDossierText();
    if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(GOLDEN, actual);
    if (!fs.existsSync(GOLDEN))
      throw new Error(`${GOLDEN} is missing: run UPDATE_GOLDEN=1 npx jest tests/golden`);
    expect(actual).toBe(fs.readFileSync(GOLDEN, "utf8"));
  }, 60_000);
});
