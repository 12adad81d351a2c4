/**
 * A register `tdkt` cannot use (issue 10 item 1): the one error line words its reason in the
 * language of `--lang`; without it the line is the Vietnamese it always was, to the byte.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main, type Io } from "../../src/cli/main";
import { registerBytes } from "../helpers/xlsx/register-builder";

let dir: string;
let noStaff: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-unusable-"));
  noStaff = path.join(dir, "no-staff.xlsx");
  fs.writeFileSync(noStaff, await registerBytes({ withoutStaff: true }));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function tdkt(
  argv: readonly string[]
): Promise<{ status: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), cwd: dir };
  const status = await main(argv, io);
  return { status, out, err };
}

describe("tdkt on a register lacking a required sheet", () => {
  it("says so in Vietnamese by default, exactly as before", async () => {
    const r = await tdkt(["check", noStaff]);
    expect(r.status).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(`tdkt: ${noStaff}: Thiếu trang bắt buộc: Cán bộ.\n`);
  });

  it.each([
    ["check", [] as string[]],
    ["run", ["--out", "out.xlsx"]],
    ["decisions", ["--out", "out.xlsx"]],
  ])("%s --lang en says so in English", async (command, rest) => {
    const r = await tdkt([command, noStaff, ...rest, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.err).toBe(`tdkt: ${noStaff}: Required sheets are missing: Cán bộ.\n`);
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });
});
