/** jsdom has no TextDecoder/TextEncoder; the pane's browsers do (the .xlsx core needs them). */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

const g = globalThis as unknown as Record<string, unknown>;
g.TextDecoder ??= NodeTextDecoder;
g.TextEncoder ??= NodeTextEncoder;
