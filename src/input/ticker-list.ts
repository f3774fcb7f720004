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
 * Reads a ticker list from a file, or from stdin when `path` is '-'.
 * Throws UsageError naming the file and line for anything that is not a ticker.
 */
export async function readTickerList(path: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<TickerList> {
  const name = path === '-' ? '<stdin>' : path;
  const content = path === '-' ? await readAtMost(stdin, name) : await readListFile(path);
  return parseTickerList(content, name);
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
  const tickers: string[] = [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  const lines = content.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const where = `${name}:${index + 1}`;
    if (line.length > MAX_LINE_LENGTH) throw new UsageError(`${where}: line is longer than ${MAX_LINE_LENGTH} characters`);
    const code = line.split('#', 1)[0] ?? '';
    for (const token of code.split(/[\s,]+/)) {
      if (token === '') continue;
      if (!TICKER.test(token)) throw new UsageError(`${where}: ${quote(token)} is not a ticker (${TICKER_RULE})`);
      const ticker = token.toUpperCase(); // ASCII only, as TICKER checked
      if (seen.has(ticker)) {
        duplicates.add(ticker);
        continue;
      }
      seen.add(ticker);
      tickers.push(ticker);
    }
  }
  if (tickers.length === 0) throw new UsageError(`${name}: no tickers in the list`);
  return {tickers, duplicates: [...duplicates]};
}

/** Quotes a token for a one-line message: control characters escaped, long ones cut. */
function quote(token: string): string {
  const shown = token.length > 40 ? `${token.slice(0, 40)}…` : token;
  return JSON.stringify(shown);
}
