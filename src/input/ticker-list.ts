import {open} from 'node:fs/promises';
import {UsageError} from '../errors.js';
import {systemErrorText} from '../system-error.js';

/**
 * A ticker: 1 to 10 ASCII letters, digits, '.' or '-' (class shares such as
 * BRK-B or BRK.B), starting and ending with a letter or digit. Checked before
 * upper-casing, so no Unicode case mapping can make one ("ſpy" is not SPY).
 */
const TICKER = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,8}[A-Za-z0-9])?$/;
const TICKER_RULE = "1 to 10 ASCII letters, digits, '.' or '-', starting and ending with a letter or digit";

/** Whether `token` is a ticker by the rules of a ticker list (before upper-casing). */
export function isTicker(token: string): boolean {
  return TICKER.test(token);
}

/** Lines longer than this are refused whole: no ticker list has them, junk and binaries do. */
const MAX_LINE_LENGTH = 4096;

/** A ticker list larger than this is refused: before it is read when its size is known, else as soon as reading passes it. */
const MAX_LIST_BYTES = 64 * 1024 * 1024;

export interface TickerList {
  /** Upper-cased tickers, each once, in the order of first appearance. */
  readonly tickers: string[];
  /** Tickers that appeared more than once (each listed once). */
  readonly duplicates: string[];
}

/**
 * Reads a ticker list from a file, or from stdin when `path` is '-': tickers separated by
 * whitespace or commas, or, with `column`, the column of that name of a CSV file with a header
 * (a broker's export: `Symbol,Name,…`). Throws UsageError naming the file and line for anything
 * that is not a ticker.
 */
export async function readTickerList(path: string, options: {column?: string; stdin?: NodeJS.ReadableStream} = {}): Promise<TickerList> {
  const name = path === '-' ? '<stdin>' : path;
  const content = path === '-' ? await readAtMost(options.stdin ?? process.stdin, name) : await readListFile(path);
  return options.column === undefined ? parseTickerList(content, name) : await parseTickerColumn(content, name, options.column);
}

/** A file, a FIFO or a device (/dev/stdin): whatever it is, never more than MAX_LIST_BYTES is read. */
async function readListFile(path: string): Promise<string> {
  try {
    const handle = await open(path, 'r');
    const info = await handle.stat().catch(async (error: unknown) => {
      await handle.close();
      throw error;
    });
    if (info.isDirectory() || (info.isFile() && info.size > MAX_LIST_BYTES)) {
      await handle.close();
      throw new UsageError(info.isDirectory() ? `${path}: is a directory, not a ticker list` : tooLarge(path));
    }
    return await readAtMost(handle.createReadStream(), path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path}: ${systemErrorText(error)}`, {cause: error});
  }
}

/** Reads a stream to its end as UTF-8, refusing it as soon as it passes MAX_LIST_BYTES (`yes AAPL | screener scrape -`). */
async function readAtMost(stream: NodeJS.ReadableStream, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    // Leaving the loop destroys the stream: nothing more is read.
    if (size > MAX_LIST_BYTES) throw new UsageError(tooLarge(name));
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(name: string): string {
  return `${name}: more than ${MAX_LIST_BYTES / 1024 / 1024} MB; a ticker list is far smaller`;
}

/** Parses the text of a ticker list; `name` is used in error messages. */
export function parseTickerList(content: string, name: string): TickerList {
  const list = new TickerCollector();
  const lines = content.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const where = `${name}:${index + 1}`;
    if (line.length > MAX_LINE_LENGTH) throw new UsageError(`${where}: line is longer than ${MAX_LINE_LENGTH} characters`);
    const code = line.split('#', 1)[0] ?? '';
    const tokens = code.split(/[\s,]+/).filter((token) => token !== '');
    if (list.empty && HEADER_NAMES.test(tokens[0] ?? '')) {
      throw new UsageError(
        `${where}: ${quote(tokens[0] ?? '')} looks like the header of a CSV file; to read that column: --column ${tokens[0]}`,
      );
    }
    for (const token of tokens) list.add(token, where);
  }
  return list.done(name);
}

/**
 * The tickers in column `column` of a CSV file whose first record is its header: the column is
 * found by its name, exactly or else ignoring case; an empty cell is passed over.
 */
export async function parseTickerColumn(content: string, name: string, column: string): Promise<TickerList> {
  // Loaded only for a CSV list, so that the plain lists (and --help) need no CSV parser.
  const {parse} = await import('csv-parse/sync');
  let records: {record: string[]; info: {lines: number}}[];
  try {
    records = parse(content, {bom: true, info: true, relaxColumnCount: true, skipEmptyLines: true}) as unknown as typeof records;
  } catch (error) {
    throw new UsageError(`${name}: not a CSV file (${(error as Error).message})`, {cause: error});
  }
  const [header, ...rows] = records;
  const names = header?.record.map((cell) => cell.trim()) ?? [];
  let at = names.indexOf(column);
  if (at === -1) at = names.findIndex((cell) => cell.toLowerCase() === column.toLowerCase());
  if (at === -1) throw new UsageError(`${name}: no column ${quote(column)} in its header (${names.map(quote).join(', ') || 'none'})`);
  const list = new TickerCollector();
  for (const {record, info} of rows) {
    const cell = (record[at] ?? '').trim();
    if (cell !== '') list.add(cell, `${name}:${info.lines}`);
  }
  return list.done(name);
}

/** The first cell of a CSV file's header, not a ticker: a broker's export (`Symbol,Name,…`). */
const HEADER_NAMES = /^(symbols?|tickers?)$/i;

/** Tickers as a list gives them: checked, upper-cased, each kept once at its first place. */
class TickerCollector {
  readonly #tickers: string[] = [];
  readonly #seen = new Set<string>();
  readonly #duplicates = new Set<string>();

  get empty(): boolean {
    return this.#tickers.length === 0;
  }

  /** Adds `token`, found at `where` (file:line); a token that is no ticker is a usage error. */
  add(token: string, where: string): void {
    if (!TICKER.test(token)) throw new UsageError(`${where}: ${quote(token)} is not a ticker (${TICKER_RULE})`);
    const ticker = token.toUpperCase(); // ASCII only, as TICKER checked
    if (this.#seen.has(ticker)) {
      this.#duplicates.add(ticker);
      return;
    }
    this.#seen.add(ticker);
    this.#tickers.push(ticker);
  }

  done(name: string): TickerList {
    if (this.#tickers.length === 0) throw new UsageError(`${name}: no tickers in the list`);
    return {tickers: this.#tickers, duplicates: [...this.#duplicates]};
  }
}

/** Quotes a token for a one-line message: control characters escaped, long ones cut. */
function quote(token: string): string {
  const shown = token.length > 40 ? `${token.slice(0, 40)}…` : token;
  return JSON.stringify(shown);
}
