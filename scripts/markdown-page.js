/**
 * Renders the user guide (docs/huong-dan-su-dung.md) and the rulebook (docs/rulebook.md) as
 * self-contained HTML pages at build time, shipped beside the task pane: no network, no script.
 * Only the Markdown these documents use is understood — headings, paragraphs, numbered and
 * bulleted lists (nested by indentation), tables, **bold**, *italic*, `code`, HTML comments
 * (dropped) — and every text is escaped. Level-2 and level-3 headings get an id the pane can link
 * to: a heading ending in a code, "Lao động tiên tiến (`LDTT`)", gets that code ("LDTT"); any
 * other gets its words without diacritics ("can-cu-phap-ly-theo-nam").
 */
"use strict";

function escapeHtml(text) {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function emphasis(text) {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/\*(.+?)\*/g, "<em>$1</em>");
}

/** Inline Markdown: `code` is kept literally (no emphasis inside it). */
function inline(text) {
  return text
    .split(/(`[^`]+`)/)
    .map((part) =>
      /^`[^`]+`$/.test(part) ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : emphasis(part)
    )
    .join("");
}

/** The id of a heading: its trailing code, else its words in ASCII joined by dashes. */
function headingId(text) {
  const code = /\(`([A-Za-z0-9_-]+)`\)\s*$/.exec(text);
  if (code) return code[1];
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function tableCells(line) {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => cell.trim());
}

function renderTable(lines) {
  const [head, , ...body] = lines.map(tableCells);
  const row = (cells, tag) =>
    `<tr>${cells.map((c) => `<${tag}>${inline(c)}</${tag}>`).join("")}</tr>`;
  return `<table><thead>${row(head, "th")}</thead><tbody>${body.map((cells) => row(cells, "td")).join("")}</tbody></table>`;
}

/** Nested list items ({ depth, tag, text }) → HTML; a deeper item opens a list inside the last. */
function renderList(items) {
  let html = "";
  const open = []; // tags of the open lists, outermost first
  for (const item of items) {
    const depth = Math.min(item.depth, open.length);
    while (open.length > depth + 1) html += `</li></${open.pop()}>`;
    if (open.length === depth + 1 && open[depth] !== item.tag) html += `</li></${open.pop()}>`;
    if (open.length === depth) {
      html += `<${item.tag}><li>`;
      open.push(item.tag);
    } else html += "</li><li>";
    html += inline(item.text);
  }
  while (open.length > 0) html += `</li></${open.pop()}>`;
  return html;
}

/** Markdown → the body's HTML. */
function renderMarkdown(markdown) {
  const out = [];
  let paragraph = [];
  let list = null; // { depth, tag, text }[] of one list, nested items included
  let table = null; // the table's lines
  const flushParagraph = () => {
    if (paragraph.length > 0) out.push(`<p>${inline(paragraph.join(" "))}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (list !== null) out.push(renderList(list));
    list = null;
  };
  const flushTable = () => {
    if (table !== null) out.push(renderTable(table));
    table = null;
  };
  // HTML comments (the generated files' "do not edit" line) are not part of the page.
  for (const raw of markdown.replace(/<!--[\s\S]*?-->/g, "").split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const item = /^(\s*)(?:(\d+\.)|[-*])\s+(.*)$/.exec(line);
    if (line.trim() === "") {
      flushParagraph();
      flushList();
      flushTable();
    } else if (/^\s*\|/.test(line)) {
      flushParagraph();
      flushList();
      if (table === null) table = [];
      table.push(line);
    } else if (heading) {
      flushParagraph();
      flushList();
      flushTable();
      const level = heading[1].length;
      const id = level > 1 ? ` id="${escapeHtml(headingId(heading[2]))}"` : "";
      out.push(`<h${level}${id}>${inline(heading[2])}</h${level}>`);
    } else if (item && (item[1] === "" || list !== null)) {
      flushParagraph();
      flushTable();
      const tag = item[2] ? "ol" : "ul";
      const depth = Math.floor(item[1].length / 2);
      // A top-level item of the other kind starts a new list.
      if (list !== null && depth === 0 && list[0].tag !== tag) flushList();
      if (list === null) list = [];
      list.push({ depth, tag, text: item[3] });
    } else if (list !== null && /^\s+\S/.test(raw)) {
      // A continuation line of the last item.
      list[list.length - 1].text += ` ${line.trim()}`;
    } else {
      flushList();
      flushTable();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  flushTable();
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
      li { margin-bottom: 6px; } li > ul, li > ol { margin-top: 6px; }
      table { border-collapse: collapse; margin: 12px 0; font-size: 14px; }
      th, td { border: 1px solid #d1d1d1; padding: 4px 8px; text-align: left; vertical-align: top; }
      code { font-family: Consolas, monospace; font-size: 90%; background: #f5f5f5; padding: 0 2px; }
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
