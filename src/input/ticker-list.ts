import {readFile, stat} from 'node:fs/promises';
import {text} from 'node:stream/consumers';
import {UsageError} from '../errors.js';

/** A ticker: 1 to 10 letters, digits, '.' or '-' (class shares such as BRK-B or BRK.B). */
const TICKER = /^[A-Z0-9.-]{1,10}$/;

/** Lines longer than this are refused whole: no ticker list has them, junk and binaries do. */
const MAX_LINE_LENGTH = 4096;

/** A ticker list file larger than this is refused before it is read. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

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
  const content = path === '-' ? await text(stdin) : await readListFile(path);
  return parseTickerList(content, name);
}

async function readListFile(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UsageError(`${path}: is a directory, not a ticker list`);
    if (info.size > MAX_FILE_BYTES) throw new UsageError(`${path}: file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path}: ${describeFsError(error)}`, {cause: error});
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a ticker list';
  return `cannot read (${code ?? String(error)})`;
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
      const ticker = token.toUpperCase();
      if (!TICKER.test(ticker)) {
        throw new UsageError(`${where}: ${quote(token)} is not a ticker (1 to 10 letters, digits, '.' or '-')`);
      }
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
