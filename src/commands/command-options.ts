import {mkdir} from 'node:fs/promises';
import {UsageError} from '../errors.js';
import type {RateSetting} from '../http/rate-limiter.js';
import type {OutputFormat} from '../output/write-rows.js';
import type {ScrapeMode, SessionOptions} from '../scrape/site-session.js';

/** How to talk to the site: the options every fetching command takes, as commander hands them over. */
export interface FetchCommandOptions {
  readonly workers: number;
  readonly mode: ScrapeMode;
  readonly baseUrl: string;
  readonly timeout: number;
  readonly concurrency?: number;
  readonly retries: number;
  readonly rate: RateSetting;
  readonly proxy?: string[];
  /** --local-address, repeated */
  readonly localAddress?: string[];
  readonly maxBytes: number;
  /** --save-pages DIR */
  readonly savePages?: string;
}

/** What to write and where. */
export interface OutputCommandOptions {
  readonly output?: string;
  readonly raw?: boolean;
  readonly format: OutputFormat;
  readonly fields?: string[];
}

/** The session settings the command-line options make. */
export function sessionOptionsOf(options: FetchCommandOptions, signal: AbortSignal): SessionOptions {
  return {
    mode: options.mode,
    workers: options.workers,
    concurrency: options.concurrency,
    baseUrl: options.baseUrl,
    timeoutMs: options.timeout,
    retries: options.retries,
    rate: options.rate,
    proxies: options.proxy,
    localAddresses: options.localAddress,
    maxBytes: options.maxBytes,
    savePagesTo: options.savePages,
    signal,
  };
}

/** Makes the --save-pages folder, if asked for; one that cannot be made is a usage error, before any request. */
export async function makeSavePagesFolder(options: FetchCommandOptions): Promise<void> {
  if (options.savePages === undefined) return;
  try {
    await mkdir(options.savePages, {recursive: true});
  } catch (error) {
    throw new UsageError(
      `--save-pages ${options.savePages}: cannot make the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      {cause: error},
    );
  }
}
