import {createRequire} from 'node:module';
import type {CheerioAPI} from 'cheerio/slim';

type CheerioSlim = typeof import('cheerio/slim');

let cheerio: CheerioSlim | undefined;

/**
 * cheerio's load(), with cheerio loaded on first use: loading it costs about 130 ms of CPU,
 * which a worker thread that reads quote pages from their bytes (./parse-quote.ts) never spends.
 * `require` because a parse is synchronous; every caller goes through here, so a process holds
 * one copy of cheerio.
 */
export function loadHtml(html: string): CheerioAPI {
  cheerio ??= createRequire(import.meta.url)('cheerio/slim') as CheerioSlim;
  return cheerio.load(html);
}
