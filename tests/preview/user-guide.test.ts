/** The user guide shipped with the add-in: rendered to a page of its own, escaped, offline. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { markdownPage, renderMarkdown } from "../../scripts/markdown-page";
import { developerWordsIn } from "../support/developer-words";

const GUIDE = readFileSync(path.resolve(__dirname, "../../docs/huong-dan-su-dung.md"), "utf8");

describe("user guide page", () => {
  it("renders headings, numbered steps, bold and paragraphs, escaping the text", () => {
    expect(
      renderMarkdown("# Tiêu đề\n\n1. **Sổ** — a < b\n   tiếp\n2. Hai\n\nĐoạn *nghiêng*.")
    ).toBe(
      "<h1>Tiêu đề</h1>\n<ol><li><strong>Sổ</strong> — a &lt; b tiếp</li><li>Hai</li></ol>\n<p>Đoạn <em>nghiêng</em>.</p>"
    );
  });

  it("makes the guide a Vietnamese page that loads nothing from anywhere", () => {
    const page = markdownPage(GUIDE);
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain("<title>Hướng dẫn sử dụng Sổ Thi đua</title>");
    expect(page).not.toMatch(/<script|<link|src=|https?:/);
    // The six steps of the pane, in order, as a numbered list.
    const steps = /<ol>(.*?)<\/ol>/s.exec(page)?.[1] ?? "";
    expect(steps.match(/<li>/g)).toHaveLength(6);
    expect(page).toContain("BẢN NHÁP — sổ còn N lỗi");
  });

  it("speaks the user's words, not the developer's", () => {
    expect(developerWordsIn(GUIDE)).toEqual([]);
    expect(developerWordsIn(markdownPage(GUIDE))).toEqual([]);
  });
});
