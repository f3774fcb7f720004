/** What the main thread sends a worker for one ticker: plain, cloneable data. */
export interface QuoteTask {
  readonly ticker: string;
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly maxBytes: number;
}
