/** The shared list of words users must never read catches each kind, and lets plain words pass. */
import { developerWordsIn } from "../support/developer-words";

describe("developer words", () => {
  it.each([
    "Xem rules.md mục 3",
    "Ngày sinh dạng dd/mm/yyyy",
    "Dòng lịch sử 12",
    "Tìm thấy 0 lỗi",
    "Found 0 errors",
    "Báo cáo JSON",
    "Tổng: NaN",
    "Đã quá hạn đăng ký thi đua 1034 ngày",
    "Pledges 1034 days overdue",
    // Decomposed diacritics, as some keyboards type them, are caught the same.
    "Do\u0300ng li\u0323ch su\u031B\u0309",
  ])("finds one in “%s”", (text) => {
    expect(developerWordsIn(text)).not.toEqual([]);
  });

  it("finds none in the words a civil servant uses", () => {
    expect(
      developerWordsIn(
        "Năm thi đua 2024 đã kết thúc. Sổ còn 3 lỗi: danh sách ghi BẢN NHÁP — sổ còn 3 lỗi. Tải tệp .docx, .xlsx."
      )
    ).toEqual([]);
  });
});
