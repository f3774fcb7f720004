import {InvalidArgumentError} from 'commander';
import {parseShardSpec, type ShardSpec} from './input/shard.js';
import {isIP} from 'node:net';
import {parseTickerList} from './input/ticker-list.js';
import {OUTPUT_TABLE_NAMES, type OutputTableName} from './output/table-names.js';
import {UsageError} from './errors.js';
import {SCREENER_CODE} from './screen/screener-query.js';

/** A commander parser for an integer within [min, max]. */
export function integerIn(min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\s*-?\d+\s*$/.test(value) || !Number.isSafeInteger(number) || number < min || number > max) {
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}, got ${JSON.stringify(value)}.`);
    }
    return number;
  };
}

/** A commander parser for an http or https URL with no query or fragment. */
export function httpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`expected an http or https URL, got ${JSON.stringify(value)}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidArgumentError(`expected an http or https URL, got ${JSON.stringify(value)}.`);
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new InvalidArgumentError(`expected a base URL without query, fragment or credentials, got ${JSON.stringify(value)}.`);
  }
  return url.href;
}

/** A commander parser for --rate: `auto`, or requests per second (a positive number). */
export function rateSetting(value: string): 'auto' | number {
  if (value === 'auto') return 'auto';
  const number = Number(value);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !(number > 0) || number > 10_000) {
    throw new InvalidArgumentError(`expected "auto" or requests per second (a number above 0), got ${JSON.stringify(value)}.`);
  }
  return number;
}

/** A commander parser for requests a second (a number above 0), e.g. serve --rate-per-client. */
export function requestsPerSecond(value: string): number {
  const number = Number(value);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !(number > 0) || number > 10_000) {
    throw new InvalidArgumentError(`expected requests per second (a number above 0), got ${JSON.stringify(value)}.`);
  }
  return number;
}

/** A commander parser for a repeatable proxy URL option: collects them in order. */
export function proxyUrls(value: string, previous: readonly string[] = []): string[] {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`expected a proxy URL such as http://host:3128, got ${JSON.stringify(value)}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidArgumentError(`expected an http or https proxy URL, got ${JSON.stringify(value)}.`);
  }
  return [...previous, value];
}

/** A commander parser for a repeatable --local-address: an IPv4 or IPv6 address, collected in order. */
export function localAddresses(value: string, previous: readonly string[] = []): string[] {
  if (isIP(value) === 0) {
    throw new InvalidArgumentError(`expected an IP address of this host such as 192.0.2.10 or 2001:db8::10, got ${JSON.stringify(value)}.`);
  }
  return [...previous, value];
}

/** Seconds in each unit a duration may be given in. */
const DURATION_UNITS: Readonly<Record<string, number>> = {'': 1, s: 1, m: 60, h: 3600, d: 86_400};

/** A commander parser for a duration (--max-age): seconds, or a number and s, m, h or d (`90`, `30m`, `2h`, `1.5d`); in seconds. */
export function durationSeconds(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/.exec(value);
  const seconds = match === null ? NaN : Number(match[1]) * (DURATION_UNITS[match[2] ?? ''] ?? NaN);
  if (!(seconds <= 3650 * 86_400)) {
    throw new InvalidArgumentError(
      `expected seconds, or a number and s, m, h or d (such as 90, 30m, 2h, 1d), got ${JSON.stringify(value)}.`,
    );
  }
  return seconds;
}

/** A commander parser for one ticker (doctor --ticker), by the rules of a ticker list. */
export function oneTicker(value: string): string {
  let tickers: readonly string[] = [];
  try {
    tickers = parseTickerList(value, '--ticker').tickers;
  } catch {
    // told below
  }
  const [ticker] = tickers;
  if (ticker === undefined || tickers.length !== 1)
    throw new InvalidArgumentError(`expected one ticker such as AAPL or BRK-B, got ${JSON.stringify(value)}.`);
  return ticker;
}

/** A commander parser for `--fields "Ticker,P/E,Market Cap"`: the names, trimmed, in order. */
export function fieldList(value: string): string[] {
  const names = value.split(',').map((name) => name.trim());
  if (names.some((name) => name === '')) {
    throw new InvalidArgumentError(`expected column names separated by commas, got ${JSON.stringify(value)}.`);
  }
  return names;
}

/** A commander parser for a comma-separated list of distinct integers within [min, max], e.g. `1,2,4,8`. */
export function integerListIn(min: number, max: number): (value: string) => number[] {
  return (value) => {
    const numbers = value.split(',').map((part) => Number(part.trim()));
    const valid = value.split(',').every((part) => /^\s*\d+\s*$/.test(part));
    if (!valid || numbers.some((number) => !Number.isSafeInteger(number) || number < min || number > max)) {
      throw new InvalidArgumentError(`expected comma-separated integers from ${min} to ${max}, got ${JSON.stringify(value)}.`);
    }
    return [...new Set(numbers)].sort((a, b) => a - b);
  };
}

/** A commander parser for one code (--signal, --order). */
export function screenerCode(value: string): string {
  if (!SCREENER_CODE.test(value))
    throw new InvalidArgumentError(`expected letters, digits, '_', '-' or '.', got ${JSON.stringify(value)}.`);
  return value;
}

/** A commander parser for --filters: comma-separated codes. */
export function filterCodes(value: string): string[] {
  const codes = value
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
  const bad = codes.find((code) => !SCREENER_CODE.test(code));
  if (bad !== undefined)
    throw new InvalidArgumentError(`expected filter codes of letters, digits, '_', '-' or '.', got ${JSON.stringify(bad)}.`);
  return codes;
}

/** A commander parser for --tables: names of the quote page's tables, comma-separated, each once. */
export function tableNames(value: string): OutputTableName[] {
  const names = value.split(',').map((name) => name.trim());
  const tables: OutputTableName[] = [];
  for (const name of names) {
    const table = OUTPUT_TABLE_NAMES.find((known) => known === name);
    if (table === undefined)
      throw new InvalidArgumentError(`unknown table ${JSON.stringify(name)}; the tables are ${OUTPUT_TABLE_NAMES.join(', ')}.`);
    if (tables.includes(table)) throw new InvalidArgumentError(`table ${JSON.stringify(name)} is named twice.`);
    tables.push(table);
  }
  return tables;
}

/** A commander parser for --shard: `K/N` (part K of N, K from 0), `auto` or `auto/N`. */
export function shardSetting(value: string): ShardSpec {
  try {
    return parseShardSpec(value);
  } catch (error) {
    if (error instanceof UsageError) throw new InvalidArgumentError(error.message.replace(/^--shard:? ?/, ''));
    throw error;
  }
}
