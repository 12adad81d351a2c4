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
