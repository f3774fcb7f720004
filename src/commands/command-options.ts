import {mkdir} from 'node:fs/promises';
import {sweepTemporaryFiles} from '../cache/page-cache.js';
import {UsageError} from '../errors.js';
import {resolveShard} from '../input/scheduler-shard.js';
import {shardBounds, type ShardSpec} from '../input/shard.js';
import type {RateSetting} from '../http/rate-limiter.js';
import type {HeaderNaming} from '../output/field-selection.js';
import type {OutputFormat} from '../output/write-rows.js';
import type {CacheSetting, ScrapeMode, SessionOptions} from '../scrape/site-session.js';

/** How long a kept page is fresh when --max-age is not given: a re-run within the hour asks the site for nothing. */
export const DEFAULT_MAX_AGE_SECONDS = 3600;

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
  /** --cache DIR */
  readonly cache?: string;
  /** --max-age, in seconds */
  readonly maxAge?: number;
  readonly offline?: boolean;
}

/** What to write and where. */
export interface OutputCommandOptions {
  readonly output?: string;
  readonly raw?: boolean;
  readonly format: OutputFormat;
  readonly fields?: string[];
  /** --header: the columns' names as the page's, or snake_case for SQL. */
  readonly header: HeaderNaming;
  /** --scraped-at: add the Scraped At column. */
  readonly scrapedAt?: boolean;
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
    cache: cacheSettingOf(options),
    signal,
  };
}

/**
 * The cache the options ask for. --offline reads pages of any age unless --max-age is given: the
 * cache is then all there is, and an old page is better than none; --max-age still says how old
 * is too old for a run that must not use yesterday's pages.
 */
function cacheSettingOf(options: FetchCommandOptions): CacheSetting | undefined {
  if (options.cache === undefined) {
    if (options.offline === true) throw new UsageError('--offline reads pages from the cache: it needs --cache DIR');
    if (options.maxAge !== undefined) throw new UsageError('--max-age says how long a cached page is fresh: it needs --cache DIR');
    return undefined;
  }
  const offline = options.offline === true;
  const seconds = options.maxAge ?? (offline ? Infinity : DEFAULT_MAX_AGE_SECONDS);
  return {dir: options.cache, maxAgeMs: seconds * 1000, offline};
}

/**
 * Makes the --cache folder, if asked for (a folder that cannot be made is a usage error, before
 * any request), and removes what runs killed mid-write left in it.
 */
export async function makeCacheFolder(options: FetchCommandOptions): Promise<void> {
  const setting = cacheSettingOf(options);
  // Offline, nothing is written: a folder that is not there holds no page.
  if (setting === undefined || setting.offline) return;
  try {
    await mkdir(setting.dir, {recursive: true});
  } catch (error) {
    throw new UsageError(`--cache ${setting.dir}: cannot make the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      cause: error,
    });
  }
  await sweepTemporaryFiles(setting.dir);
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

/** What every command reading a ticker list takes besides the list: --shard. */
export interface ListCommandOptions {
  /** --shard K/N or auto: take only that part of the list. */
  readonly shard?: ShardSpec;
}

/**
 * The tickers this run takes: all of them without --shard; with it, its part of the list (read
 * and deduplicated first, so every task cuts the same list), said in one line on stderr.
 * A usage error when `auto` finds no scheduler, or one that makes no sense (./input/scheduler-shard.ts).
 */
export function takeShard(
  tickers: readonly string[],
  spec: ShardSpec | undefined,
  env: NodeJS.ProcessEnv = process.env,
): readonly string[] {
  if (spec === undefined) return tickers;
  const shard = resolveShard(spec, env);
  const {start, end} = shardBounds(tickers.length, shard);
  const part =
    end === start
      ? `no tickers (the list has ${tickers.length})`
      : end === start + 1
        ? `ticker ${end} of ${tickers.length}`
        : `tickers ${start + 1} to ${end} of ${tickers.length}`;
  process.stderr.write(`screener: shard ${shard.index}/${shard.count} (${shard.from}): ${part}\n`);
  return tickers.slice(start, end);
}
