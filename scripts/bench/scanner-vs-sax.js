#!/usr/bin/env node
"use strict";
/**
 * Why the reader uses its own scanner: times dist's sheet scanner against the same cell
 * extraction built on saxes (the SAX parser exceljs uses, a well-kept library) over the largest
 * worksheet of an .xlsx file. Usage: node scripts/bench/scanner-vs-sax.js FILE.xlsx
 */
const fs = require("node:fs");
const path = require("node:path");
const { unzipSync } = require("fflate");
const { SaxesParser } = require("saxes");
const { scanSheet } = require(
  path.join(__dirname, "../../dist/src/adapters/xlsx/sheet-scanner.js")
);

const entries = unzipSync(fs.readFileSync(process.argv[2]));
const [name, bytes] = Object.entries(entries)
  .filter(([n]) => n.startsWith("xl/worksheets/"))
  .sort((a, b) => b[1].length - a[1].length)[0];
const xml = new TextDecoder().decode(bytes);
const ctx = { sharedStrings: [], dateStyles: [], date1904: false };

function withSaxes(text) {
  const rows = [];
  let cell = null;
  let inValue = false;
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    if (tag.name === "c") cell = { ref: tag.attributes.r, t: tag.attributes.t, v: "" };
    else if (tag.name === "v" || tag.name === "t") inValue = true;
  });
  parser.on("text", (t) => {
    if (inValue && cell) cell.v += t;
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "v" || tag.name === "t") inValue = false;
    else if (tag.name === "c" && cell) {
      rows.push(cell);
      cell = null;
    }
  });
  parser.write(text).close();
  return rows;
}

function time(label, fn) {
  fn();
  const samples = [];
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  process.stdout.write(`${label}: ${samples[2].toFixed(0)} ms (median of 5)\n`);
  return samples[2];
}

process.stdout.write(`${name}: ${(xml.length / 1024 / 1024).toFixed(1)} MB of XML\n`);
const a = time("lean scanner (sheet-scanner.ts)", () => scanSheet(xml, ctx));
const b = time("saxes", () => withSaxes(xml));
process.stdout.write(`saxes / scanner = ${(b / a).toFixed(1)}\n`);
