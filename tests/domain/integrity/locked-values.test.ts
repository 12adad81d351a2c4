import type { Grid, GridSet } from "../../../src/domain/grid";
import {
  diffLockedValues,
  lockedValues,
  registerFingerprint,
} from "../../../src/domain/integrity/locked-values";
import { parseLockRecord, serializeLockRecord } from "../../../src/domain/integrity/lock-record";

const staff = (rows: Grid): Grid => [["Mã CB", "Họ và tên", "Mã đơn vị", "Xếp loại"], ...rows];

function register(staffRows: Grid, extra: Record<string, Grid> = {}): GridSet {
  return new Map<string, Grid>([
    [
      "Tiêu chí",
      [
        ["Mã tiêu chí", "Nội dung", "Điểm tối đa"],
        ["1", "Chuyên môn", 50],
      ],
    ],
    [
      "CĐ-VP",
      [
        ["Mã tiêu chí", "Tự chấm"],
        ["1", 45],
      ],
    ],
    ["Cán bộ", staff(staffRows)],
    ["Lịch sử", [["Đối tượng"], ["CB1"]]],
    ...Object.entries(extra),
  ]);
}

const A = ["CB1", "An", "VP", "Hoàn thành tốt nhiệm vụ"];
const B = ["CB2", "Bình", "VP", "Hoàn thành xuất sắc nhiệm vụ"];

describe("locked values", () => {
  it("cover the criteria, score sheets and ratings, not other sheets", () => {
    const keys = lockedValues(register([A, B])).map((v) => v.key);
    expect(keys).toContain("Tiêu chí!C2");
    expect(keys).toContain("CĐ-VP!B2");
    expect(keys).toContain("Cán bộ#cb2");
    expect(keys.some((k) => k.startsWith("Lịch sử"))).toBe(false);
    expect(keys.filter((k) => k.startsWith("Cán bộ"))).toHaveLength(2);
  });

  it("sorting the roster or changing formatting-only text keeps the fingerprint", () => {
    const before = registerFingerprint(register([A, B]));
    expect(registerFingerprint(register([B, A]))).toBe(before);
    expect(
      registerFingerprint(register([A, ["CB2", "Bình", "VP", " Hoàn thành  xuất sắc nhiệm vụ"]]))
    ).toBe(before);
    expect(
      registerFingerprint(register([A, ["CB2", "Bình", "VP", "Hoàn thành nhiệm vụ"]]))
    ).not.toBe(before);
  });

  it("a changed rating after re-sorting is named at its new cell", () => {
    const snapshot = lockedValues(register([A, B]));
    const changed = diffLockedValues(
      snapshot,
      lockedValues(register([["CB2", "Bình", "VP", "Hoàn thành nhiệm vụ"], A]))
    );
    expect(changed).toEqual([
      {
        key: "Cán bộ#cb2",
        sheet: "Cán bộ",
        cell: "D2",
        before: "Hoàn thành xuất sắc nhiệm vụ",
        after: "Hoàn thành nhiệm vụ",
      },
    ]);
  });

  it("the lock record round-trips through its XML, whatever the text holds", () => {
    const snapshot = lockedValues(register([A], { "Bình xét": [["Đối tượng"], ["<\"&'>\n\tx"]] }));
    const record = {
      fingerprint: "a".repeat(64),
      lockedAt: "01/12/2026",
      lockedBy: "Thư ký <HĐ>",
      snapshot,
    };
    expect(parseLockRecord(serializeLockRecord(record))).toEqual(record);
  });
});
