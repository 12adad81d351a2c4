/** Types of scripts/markdown-page.js for the tests. */
export declare function renderMarkdown(markdown: string): string;
export declare function markdownPage(markdown: string): string;
