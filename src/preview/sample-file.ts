/** The sample register the preview opens at start (emitted beside the page by its build). */
export const SAMPLE_FILE = "sample-register.xlsx";

/** Fetches a file of the preview's own server afresh (a rebuilt sample is never stale). */
export function fetchSample(file: string): Promise<Response> {
  return fetch(file, { cache: "no-store" });
}
