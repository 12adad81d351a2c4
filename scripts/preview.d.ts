/** Types of scripts/preview.js for the E2E tests. */
export declare const OUT_DIR: string;
export declare function buildPreview(options?: {
  mode?: "production" | "development";
}): Promise<{ outDir: string; durationMs: number }>;
export declare function startPreviewServer(options?: {
  root?: string;
  port?: number;
  host?: string;
}): Promise<{ url: string; port: number; close(): Promise<void> }>;
/** The encoding the server answers with for an Accept-Encoding header ("br", "gzip" or none). */
export declare function chooseEncoding(header: string | undefined): "br" | "gzip" | null;
