import {readFile} from 'node:fs/promises';
import {parse} from 'csv-parse/sync';
import {UsageError} from '../errors.js';
import {exists, partialPathOf} from './partial-file.js';

/** The rows an earlier run of the same command left in FILE.partial or FILE. */
export interface PreviousOutput {
  /** The file they were read from. */
  readonly source: string;
  readonly header: readonly string[];
  /** Each ticker's row, as written. */
  readonly rows: ReadonlyMap<string, readonly string[]>;
}

/**
 * Reads what an interrupted or crashed run wrote: FILE.partial if there is one
 * (the newest), else FILE; undefined when neither exists. A last row cut off
 * by a crash is dropped, so its ticker is fetched again.
 */
export async function readPreviousOutput(path: string): Promise<PreviousOutput | undefined> {
  const partial = partialPathOf(path);
  const source = (await exists(partial)) ? partial : (await exists(path)) ? path : undefined;
  if (source === undefined) return undefined;
  let text = await readFile(source, 'utf8');
  // Everything after the last newline is a row the crash cut short.
  text = text.slice(0, text.lastIndexOf('\n') + 1);
  let records: string[][];
  try {
    records = parse(text, {relaxColumnCount: false}) as string[][];
  } catch (error) {
    throw new UsageError(`${source}: not a CSV file that screener wrote (${(error as Error).message}); cannot resume from it`, {cause: error});
  }
  const [header = [], ...body] = records;
  const tickerAt = header.indexOf('Ticker');
  if (header.length > 0 && tickerAt === -1) throw new UsageError(`${source}: has no Ticker column; cannot resume from it`);
  const rows = new Map<string, readonly string[]>();
  for (const record of body) rows.set(record[tickerAt] ?? '', record);
  return {source, header, rows};
}
