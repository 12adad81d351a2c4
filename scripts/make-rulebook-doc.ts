/**
 * `npm run rulebook-doc`: writes docs/rulebook.md from the rulebook data (every shipped version).
 * tests/domain/rulebook/rulebook-doc.test.ts fails when the file is not what this writes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { RULEBOOK_VERSIONS } from "../src/domain/rulebook/default-rulebook";
import { renderRulebookDoc } from "../src/domain/rulebook/rulebook-doc";

const target = path.resolve(__dirname, "..", "..", "docs", "rulebook.md");
fs.writeFileSync(target, renderRulebookDoc(RULEBOOK_VERSIONS), "utf8");
process.stdout.write(`Đã ghi ${target}\n`);
