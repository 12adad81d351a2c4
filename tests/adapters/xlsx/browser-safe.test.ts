import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The .xlsx package core is shared with the browser preview: only the file adapter and its
 * native zip codec may use Node.
 * A static check, because a Node import would only fail later, in the browser bundle.
 */
const DIR = path.resolve(__dirname, "../../../src/adapters/xlsx");
const NODE_ONLY = new Set(["xlsx-file.adapter.ts", "node-zip-codec.ts"]);
const core = fs.readdirSync(DIR).filter((f) => f.endsWith(".ts") && !NODE_ONLY.has(f));

describe("xlsx package core is browser-safe", () => {
  it("has the reader and the writer in it", () => {
    expect(core).toEqual(
      expect.arrayContaining(["xlsx-reader.ts", "xlsx-writer.ts", "opc-package.ts"])
    );
  });

  it.each(core)("%s imports no Node module and uses no Node global", (file) => {
    const source = fs.readFileSync(path.join(DIR, file), "utf8");
    const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1] ?? "");
    for (const spec of imports) {
      expect(spec.startsWith(".") || spec === "fflate").toBe(true);
    }
    expect(source).not.toMatch(/\b(Buffer|process|require|__dirname)\b/);
  });
});
