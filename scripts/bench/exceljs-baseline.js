"use strict";
// The baseline the benchmark compares `tdkt` with: a plain exceljs read (and optionally write) of
// the same file, in its own process like the CLI.
const ExcelJS = require("exceljs");

async function main() {
  const [input, output] = process.argv.slice(2);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  if (output) await workbook.xlsx.writeFile(output);
}

main().catch((error) => {
  process.stderr.write(`exceljs-baseline: ${error.message}\n`);
  process.exitCode = 1;
});
