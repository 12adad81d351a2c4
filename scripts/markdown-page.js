/**
 * Renders the user guide (docs/huong-dan-su-dung.md) as a self-contained HTML page at build time,
 * shipped beside the task pane: no network, no script. Only the Markdown the guide uses is
 * understood — headings, paragraphs, numbered and bulleted lists, **bold**, *italic* — and every
 * text is escaped.
 */
"use strict";

function escapeHtml(text) {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function inline(text) {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/\*(.+?)\*/g, "<em>$1</em>");
}

/** Markdown → the body's HTML. */
function renderMarkdown(markdown) {
  const out = [];
  let paragraph = [];
  let list = null; // { tag, items: string[] }
  const flushParagraph = () => {
    if (paragraph.length > 0) out.push(`<p>${inline(paragraph.join(" "))}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (list !== null)
      out.push(
        `<${list.tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join("")}</${list.tag}>`
      );
    list = null;
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const numbered = /^\d+\.\s+(.*)$/.exec(line);
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    if (line.trim() === "") {
      flushParagraph();
      flushList();
    } else if (heading) {
      flushParagraph();
      flushList();
      const level = heading[1].length;
      out.push(`<h${level}>${inline(heading[2])}</h${level}>`);
    } else if (numbered || bullet) {
      flushParagraph();
      const tag = numbered ? "ol" : "ul";
      if (list !== null && list.tag !== tag) flushList();
      if (list === null) list = { tag, items: [] };
      list.items.push((numbered || bullet)[1]);
    } else if (list !== null && /^\s+\S/.test(raw)) {
      // A continuation line of the last item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      flushList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  return out.join("\n");
}

/** The whole page: the guide's first heading is its title. */
function markdownPage(markdown) {
  const title = /^#\s+(.*)$/m.exec(markdown)?.[1] ?? "Hướng dẫn";
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <style>
      body { font-family: "Segoe UI", Arial, sans-serif; max-width: 720px; margin: 24px auto;
        padding: 0 16px; line-height: 1.5; color: #242424; }
      h1 { font-size: 24px; } h2 { font-size: 18px; margin-top: 28px; }
      li { margin-bottom: 6px; }
    </style>
  </head>
  <body>
    <main>
${renderMarkdown(markdown)}
    </main>
  </body>
</html>
`;
}

module.exports = { renderMarkdown, markdownPage };
