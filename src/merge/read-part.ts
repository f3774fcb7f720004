import {readFile} from 'node:fs/promises';
import {extname} from 'node:path';
import {parse} from 'csv-parse/sync';
import {MergeError, UsageError} from '../errors.js';
import {systemErrorText} from '../system-error.js';

export type PartFormat = 'csv' | 'jsonl' | 'json';

/** One row of a part: its ticker and its own text, exactly as written (no line end), so a merge changes no byte of it. */
export interface PartRow {
  readonly ticker: string;
  readonly text: string;
  /** Its Error column is not empty. */
  readonly failed: boolean;
}

/** A file screener wrote (scrape -o, a table of --tables), read for a merge. */
export interface Part {
  readonly path: string;
  /** undefined for an empty file: JSON Lines with no rows, which fits any format. */
  readonly format: PartFormat | undefined;
  /** The column names; undefined when a JSON or JSON Lines part has no rows to tell them. */
  readonly columns: readonly string[] | undefined;
  /** CSV: the header's own text. */
  readonly header: string | undefined;
  readonly rows: readonly PartRow[];
}

const EXTENSIONS: Readonly<Record<string, PartFormat>> = {'.csv': 'csv', '.jsonl': 'jsonl', '.json': 'json'};

/** The format a file name says, if its extension says one. */
export function formatOfName(path: string): PartFormat | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}

/**
 * Reads a part. Its format is told by its content (JSON starts with `[`, JSON Lines with `{`,
 * anything else is CSV), and must agree with its extension if that names one. A part that cannot
 * be read is a usage error (exit 2); one that is not a file screener wrote is a MergeError (exit 1).
 */
export async function readPart(path: string): Promise<Part> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: ${systemErrorText(error)}`, {cause: error});
  }
  const first = /\S/.exec(text)?.[0];
  const format: PartFormat | undefined = first === undefined ? undefined : first === '[' ? 'json' : first === '{' ? 'jsonl' : 'csv';
  const named = formatOfName(path);
  if (format !== undefined && named !== undefined && named !== format) {
    throw new MergeError(`${path}: its name says ${named} but it holds ${format}`);
  }
  if (format === undefined) return {path, format, columns: undefined, header: undefined, rows: []};
  return format === 'csv' ? csvPart(path, text) : jsonPart(path, format, text);
}

function csvPart(path: string, text: string): Part {
  let records: {record: string[]; raw: string}[];
  try {
    records = parse(text, {raw: true, relaxColumnCount: false}) as unknown as typeof records;
  } catch (error) {
    throw new MergeError(`${path}: not a CSV file screener wrote (${(error as Error).message})`, {cause: error});
  }
  const [header, ...body] = records;
  if (header === undefined) throw new MergeError(`${path}: a CSV file without its header`);
  const columns = header.record;
  const tickerAt = tickerColumn(path, columns);
  const errorAt = columns.indexOf('Error');
  const rows = body.map(({record, raw}) => ({
    ticker: record[tickerAt] ?? '',
    text: raw.replace(/\r?\n$/, ''),
    failed: errorAt !== -1 && (record[errorAt] ?? '') !== '',
  }));
  return {path, format: 'csv', columns, header: header.raw.replace(/\r?\n$/, ''), rows};
}

/** JSON Lines, or JSON as screener writes it: `[`, a row a line with a comma after all but the last, `]`. */
function jsonPart(path: string, format: 'jsonl' | 'json', text: string): Part {
  let lines = text.split('\n').filter((line) => line.trim() !== '');
  if (format === 'json') {
    const whole = lines.join('');
    if (whole.trim() === '[]') lines = [];
    else if (lines[0]?.trim() !== '[' || lines.at(-1)?.trim() !== ']')
      throw new MergeError(`${path}: not a JSON file screener wrote (a row a line)`);
    else lines = lines.slice(1, -1).map((line, index, all) => (index < all.length - 1 ? line.replace(/,\s*$/, '') : line));
  }
  let columns: string[] | undefined;
  const rows = lines.map((line, index) => {
    let object: unknown;
    try {
      object = JSON.parse(line);
    } catch (error) {
      throw new MergeError(`${path}: row ${index + 1} is not JSON (${(error as Error).message})`, {cause: error});
    }
    if (typeof object !== 'object' || object === null || Array.isArray(object))
      throw new MergeError(`${path}: row ${index + 1} is not a JSON object`);
    const record = object as Record<string, unknown>;
    const keys = Object.keys(record);
    columns ??= keys;
    if (keys.join('\u0000') !== columns.join('\u0000')) throw new MergeError(`${path}: row ${index + 1} has other columns than the first`);
    const ticker = record[columns[tickerColumn(path, columns)] ?? 'Ticker'];
    const error = record['Error'];
    return {
      ticker: typeof ticker === 'string' ? ticker : '',
      text: line.trimEnd(),
      failed: error !== undefined && error !== null && error !== '',
    };
  });
  return {path, format, columns, header: undefined, rows};
}

function tickerColumn(path: string, columns: readonly string[]): number {
  const at = columns.indexOf('Ticker');
  if (at === -1)
    throw new MergeError(`${path}: no Ticker column (its columns: ${columns.slice(0, 6).join(', ')}${columns.length > 6 ? ', …' : ''})`);
  return at;
}
