import type {Part, PartFormat, PartRow} from './read-part.js';
import type {RowsPerTicker} from './table-kinds.js';

/** What merging a table's parts proves, and the rows in the order OUT gets them. */
export interface TableMerge {
  readonly format: PartFormat;
  /** CSV: the header's text. */
  readonly header: string | undefined;
  readonly rows: readonly PartRow[];
  /** Each a line naming what does not add up; none means OUT may be written. */
  readonly problems: readonly string[];
  readonly tickers: number;
}

export interface CheckOptions {
  readonly rowsPerTicker: RowsPerTicker;
  /** The ticker list (read and deduplicated as scrape reads it): every ticker of it is proved present, in its order. */
  readonly list?: readonly string[];
  /**
   * For a many-row table in folders: each part's tickers of the folder's one-row table (the
   * snapshot). Its rows prove that a ticker was covered; the many-row table's tickers must be
   * among those of its own part.
   */
  readonly coveredByPart?: readonly ReadonlySet<string>[];
}

/** How many tickers a problem names before "and N more". */
const NAMED = 5;

/**
 * Checks the parts of one table and orders their rows. Always: the same format and columns in
 * every part, and no ticker in two parts; one-row tables have each ticker once, many-row tables
 * each ticker's rows together. With the list: no ticker outside it, and, for one-row tables, none
 * of it missing; rows come in list order. Without it, in the order of the parts and their rows.
 */
export function checkParts(parts: readonly Part[], options: CheckOptions): TableMerge {
  const problems: string[] = [];
  const withRows = parts.filter((part) => part.format !== undefined);
  const format = withRows[0]?.format ?? 'jsonl';
  for (const part of withRows) {
    if (part.format !== format)
      problems.push(`${part.path} is ${part.format}, ${withRows[0]?.path} is ${format}: all parts must be one format`);
  }
  const reference = parts.find((part) => part.columns !== undefined);
  for (const part of parts) {
    if (part.columns === undefined || reference?.columns === undefined || part === reference) continue;
    const difference = firstDifference(reference.columns, part.columns);
    if (difference !== undefined) problems.push(`${part.path} has other columns than ${reference.path}: ${difference}`);
  }

  // Where each ticker's rows are: the part, and their places in it.
  const places = new Map<string, {part: number; rows: number[]}[]>();
  parts.forEach((part, partIndex) => {
    part.rows.forEach((row, rowIndex) => {
      const seen = places.get(row.ticker) ?? [];
      const last = seen.at(-1);
      if (last?.part === partIndex) last.rows.push(rowIndex);
      else seen.push({part: partIndex, rows: [rowIndex]});
      places.set(row.ticker, seen);
    });
  });
  const twice: string[] = [];
  const apart: string[] = [];
  const uncovered: string[] = [];
  for (const [ticker, seen] of places) {
    if (seen.length > 1) twice.push(`${ticker} (${seen.map(({part}) => parts[part]?.path).join(', ')})`);
    else if (options.rowsPerTicker === 'one' && (seen[0]?.rows.length ?? 0) > 1)
      twice.push(`${ticker} (${seen[0]?.rows.length} rows in ${parts[seen[0]?.part ?? 0]?.path})`);
    else if (options.rowsPerTicker === 'many' && seen[0] !== undefined && !adjacent(seen[0].rows))
      apart.push(`${ticker} (${parts[seen[0].part]?.path})`);
    const covered = options.coveredByPart;
    if (covered !== undefined && seen.some(({part}) => covered[part]?.has(ticker) !== true))
      uncovered.push(`${ticker} (${seen.map(({part}) => parts[part]?.path).join(', ')})`);
  }
  if (twice.length > 0) problems.push(`${count(twice.length, 'ticker')} more than once: ${named(twice)}`);
  if (apart.length > 0) problems.push(`${count(apart.length, 'ticker')} with rows not together: ${named(apart)}`);
  if (uncovered.length > 0) problems.push(`${count(uncovered.length, 'ticker')} not in their part's one-row table: ${named(uncovered)}`);

  const {list} = options;
  let rows: PartRow[] = parts.flatMap((part) => part.rows);
  if (list !== undefined) {
    const order = new Map(list.map((ticker, index) => [ticker, index]));
    const outside = [...places.keys()].filter((ticker) => !order.has(ticker));
    if (outside.length > 0) problems.push(`${count(outside.length, 'ticker')} not in the list: ${named(outside)}`);
    if (options.rowsPerTicker === 'one') {
      const missing = list.filter((ticker) => !places.has(ticker));
      if (missing.length > 0) problems.push(`${count(missing.length, 'ticker')} of the list missing: ${named(missing)}`);
    }
    // A stable sort: a ticker's rows keep their order.
    rows = rows
      .map((row, index) => ({row, index}))
      .sort((a, b) => (order.get(a.row.ticker) ?? Infinity) - (order.get(b.row.ticker) ?? Infinity) || a.index - b.index)
      .map(({row}) => row);
  }
  const header = parts.find((part) => part.header !== undefined)?.header;
  return {format, header, rows, problems, tickers: places.size};
}

function adjacent(indexes: readonly number[]): boolean {
  return indexes.every((index, at) => at === 0 || index === (indexes[at - 1] ?? index) + 1);
}

function firstDifference(a: readonly string[], b: readonly string[]): string | undefined {
  for (let at = 0; at < Math.max(a.length, b.length); at++) {
    if (a[at] !== b[at]) return `column ${at + 1} is ${JSON.stringify(b[at] ?? '(none)')}, not ${JSON.stringify(a[at] ?? '(none)')}`;
  }
  return undefined;
}

/** The first few, then "and N more". */
export function named(items: readonly string[]): string {
  const shown = items.slice(0, NAMED).join(', ');
  return items.length > NAMED ? `${shown} and ${items.length - NAMED} more` : shown;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
