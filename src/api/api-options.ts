import type {RateSetting} from '../http/rate-limiter.js';
import type {ScrapeMode, SessionOptions} from '../scrape/site-session.js';

/** How to talk to the site: the options `scrape()` and `screen()` share with the CLI's fetching options. */
export interface SiteApiOptions {
  /** @default 'https://finviz.com' */
  readonly baseUrl?: string;
  /** 'pool' (worker threads parse) or 'single'. @default 'pool' */
  readonly mode?: ScrapeMode;
  /** Requests in flight, and parsing threads up to the cores. @default 8 */
  readonly workers?: number;
  /** Requests in flight, if not `workers`. */
  readonly concurrency?: number;
  /** Per request, in ms; 0 for none. @default 20000 */
  readonly timeoutMs?: number;
  /** @default 4 */
  readonly retries?: number;
  /** Requests per second, or 'auto'. @default 'auto' */
  readonly rate?: RateSetting;
  readonly proxies?: readonly string[];
}

/** Which columns a row has and what they are called, as the CLI's output options. */
export interface ColumnApiOptions {
  /** The page's values as shown, under its labels, as the CLI's --raw. */
  readonly raw?: boolean;
  /** The columns, in this order, as the CLI's --fields. @default all */
  readonly fields?: readonly string[];
  /** The rows' keys: the page names ('P/E', 'Market Cap') or snake names ('pe', 'market_cap'), as the CLI's --header. @default 'page' */
  readonly header?: 'page' | 'snake';
  /** Add the Scraped At column (an ISO 8601 UTC time), as the CLI's --scraped-at. */
  readonly scrapedAt?: boolean;
}

/** The session settings of an API call: the CLI's defaults where an option is not given. */
export function sessionOptionsOfApi(
  options: SiteApiOptions & {readonly warn?: (line: string) => void},
  signal: AbortSignal | undefined,
): SessionOptions {
  return {
    mode: options.mode ?? 'pool',
    workers: options.workers ?? 8,
    concurrency: options.concurrency,
    baseUrl: options.baseUrl ?? 'https://finviz.com',
    timeoutMs: options.timeoutMs ?? 20_000,
    retries: options.retries,
    rate: options.rate,
    proxies: options.proxies,
    warn: options.warn,
    signal,
  };
}
