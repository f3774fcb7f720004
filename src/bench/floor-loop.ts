import {Agent, request} from 'undici';
import {BROWSER_HEADERS} from '../http/browser-headers.js';
import {decodeBody} from '../http/decode-body.js';
import {pageUrl} from '../scrape/page-url.js';

export interface FloorOptions {
  readonly baseUrl: string;
  /** Requests in flight. */
  readonly concurrency: number;
  readonly timeoutMs: number;
}

export interface FloorCounts {
  readonly ok: number;
  readonly failed: number;
}

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * The floor for a scrape: the same requests (URL, headers, keep-alive, decompression) at the same
 * concurrency, each body read in full and thrown away. Nothing is parsed, converted to text or
 * written, so no scraper of these pages on this machine can be faster.
 */
export async function runFloorLoop(tickers: readonly string[], options: FloorOptions): Promise<FloorCounts> {
  const dispatcher = new Agent({keepAliveTimeout: 30_000});
  let next = 0;
  let ok = 0;
  let failed = 0;
  async function loop(): Promise<void> {
    while (next < tickers.length) {
      const ticker = tickers[next++] as string;
      try {
        const signal = options.timeoutMs > 0 ? AbortSignal.timeout(options.timeoutMs) : undefined;
        const response = await request(pageUrl(options.baseUrl, {kind: 'quote', ticker}), {
          method: 'GET',
          headers: BROWSER_HEADERS,
          dispatcher,
          signal,
        });
        const chunks: Buffer[] = [];
        for await (const chunk of response.body) chunks.push(chunk as Buffer);
        const encoding = response.headers['content-encoding'];
        await decodeBody(Buffer.concat(chunks), typeof encoding === 'string' ? encoding : undefined, MAX_BYTES);
        if (response.statusCode === 200) ok++;
        else failed++;
      } catch {
        failed++;
      }
    }
  }
  try {
    await Promise.all(Array.from({length: Math.min(options.concurrency, tickers.length)}, loop));
  } finally {
    await dispatcher.destroy();
  }
  return {ok, failed};
}
