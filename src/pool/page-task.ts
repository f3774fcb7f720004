import type {PageRequest} from '../scrape/page-request.js';

/** What the main thread sends a worker for one request: plain, cloneable data. */
export interface PageTask {
  readonly request: PageRequest;
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  /** Proxy URL for this request; undefined for direct (or the *_PROXY environment). */
  readonly proxy: string | undefined;
}
