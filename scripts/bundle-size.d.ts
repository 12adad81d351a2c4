/** Types of scripts/bundle-size.js for the tests. */
export declare const BUDGET_BYTES: number;
export interface ChunkWeight {
  readonly name: string;
  readonly kind: "main" | "worker" | "fallback" | "ondemand" | "async";
  readonly files: readonly string[];
  /** Gzipped (level 9) bytes of the chunk's JavaScript. */
  readonly gzip: number;
}
export declare function measureBundle(): Promise<{
  rows: readonly ChunkWeight[];
  loaded: number;
  fallback: number;
  /** Chunks fetched only when a secondary action runs. */
  onDemand: number;
  budget: number;
}>;
