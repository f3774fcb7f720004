import {UsageError} from '../errors.js';
import type {ColumnType} from '../schema/columns.js';
import {LABEL_RULES} from '../schema/label-rules.js';
import {closestNames} from './closest-names.js';
import {rawTableColumns, tableColumns} from './output-tables.js';
import {SCRAPED_AT} from './scraped-at.js';
import {snakeName} from './snake-names.js';
import type {OutputTableName} from './table-names.js';

/** How the header names the columns: as the page and `screener fields` do, or as SQL identifiers (./snake-names.ts). */
export type HeaderNaming = 'page' | 'snake';

/** What decides the columns, and their names. */
export interface ColumnOptions {
  /** Which table of the page: the snapshot, a row a ticker, or news, ratings, insider, profile. @default 'snapshot' */
  readonly table?: OutputTableName;
  readonly raw?: boolean;
  readonly fields?: readonly string[];
  /** @default 'page' */
  readonly header?: HeaderNaming;
  /** Add the Scraped At column (./scraped-at.ts), just before Error (last without Error). */
  readonly scrapedAt?: boolean;
}

export interface OutputColumn {
  readonly name: string;
  readonly type: ColumnType;
}

export interface Selection {
  /** The columns, by their page names (what the row makers read values by). */
  readonly columns: readonly OutputColumn[];
  /** Their names in the header, CSV's and the JSON keys: the page names, or snake names. */
  readonly headers: readonly string[];
  /**
   * Where a JSON row puts its "extra" object (the labels the schema does not
   * know): just before Error in the snapshot's default selection; undefined
   * with --fields, which writes only what it names, and for other tables.
   */
  readonly extraAt: number | undefined;
}

/**
 * The columns of a table (the snapshot unless named) to write: all of them, or those `fields`
 * names, in its order, with Scraped At if asked. A name matches exactly or, failing that,
 * ignoring case, or as its snake name. Throws UsageError for an unknown or repeated name, with
 * the closest names as a hint.
 */
export function selectColumns({raw = false, table = 'snapshot', ...options}: ColumnOptions): Selection {
  const all: readonly OutputColumn[] = raw ? rawTableColumns(table).map((name) => ({name, type: 'text'})) : tableColumns(table);
  const list =
    table !== 'snapshot'
      ? `\`screener fields --table ${table}\` lists the columns of ${table}`
      : raw
        ? 'the --raw columns are the page labels listed in the README'
        : '`screener fields` lists them all';
  // Only the snapshot has labels a run may meet that no column holds, and labels that fill other columns.
  const snapshot = table === 'snapshot';
  return selectFrom(all, {...options, list, extra: snapshot, hints: snapshot ? (field) => counterparts(field, raw) : undefined});
}

/**
 * The columns of `all` to write, as selectColumns chooses them, for any table (the statements'
 * too): `list` says where to find every name, `hints` gives names related to an unknown one,
 * `extra` whether a JSON row keeps an "extra" object.
 */
export function selectFrom(
  all: readonly OutputColumn[],
  {
    fields,
    header = 'page',
    scrapedAt = false,
    list,
    hints,
    extra = false,
  }: Omit<ColumnOptions, 'raw' | 'table'> & {
    readonly list: string;
    readonly hints?: (field: string) => readonly string[];
    readonly extra?: boolean;
  },
): Selection {
  // --fields may place Scraped At itself; otherwise it goes before Error.
  const time: OutputColumn = {name: SCRAPED_AT, type: 'text'};
  const columns = fields === undefined ? all : pickColumns(scrapedAt ? [...all, time] : all, fields, {hints, list});
  const withTime = scrapedAt && !columns.includes(time) ? withScrapedAt(columns, time) : columns;
  return {
    columns: withTime,
    headers: withTime.map(({name}) => (header === 'snake' ? snakeName(name) : name)),
    extraAt: extra && fields === undefined ? withTime.length - 1 : undefined,
  };
}

/** Scraped At just before Error, or last when Error is not written. */
function withScrapedAt(columns: readonly OutputColumn[], column: OutputColumn): OutputColumn[] {
  const error = columns.findIndex(({name}) => name === 'Error');
  return error === -1 ? [...columns, column] : [...columns.slice(0, error), column, ...columns.slice(error)];
}

/**
 * The columns of `available` that `fields` names, in its order: exactly or, failing that,
 * ignoring case, or by snake name. Throws UsageError for an unknown name (with `hints` and the
 * closest names, and `list`, where to find them all) or a repeated one.
 */
function pickColumns(
  available: readonly OutputColumn[],
  fields: readonly string[],
  {hints = () => [], list}: {readonly hints?: ((field: string) => readonly string[]) | undefined; readonly list: string},
): OutputColumn[] {
  const names = available.map((column) => column.name);
  const chosen: OutputColumn[] = [];
  for (const field of fields) {
    const column =
      available.find((candidate) => candidate.name === field) ??
      findIgnoringCase(available, field) ??
      available.find((candidate) => snakeName(candidate.name) === field);
    if (column === undefined) {
      const hint = [...new Set([...hints(field), ...closestNames(field, names)])].slice(0, 3);
      const suggestion = hint.length === 0 ? '' : ` Did you mean ${hint.map((name) => `"${name}"`).join(', ')}?`;
      throw new UsageError(`unknown field "${field}" in --fields.${suggestion} (${list})`);
    }
    if (chosen.includes(column)) throw new UsageError(`field "${column.name}" appears twice in --fields`);
    chosen.push(column);
  }
  return chosen;
}

/**
 * The names `field` has on the other side: the columns a Finviz label fills
 * ("Earnings" -> "Earnings Date", "Earnings Time"), or with --raw, the labels
 * that fill a normalized column.
 */
function counterparts(field: string, raw: boolean): string[] {
  const wanted = field.toLowerCase();
  const found: string[] = [];
  for (const [label, rule] of LABEL_RULES) {
    if (raw && rule.columns.some((column) => column.toLowerCase() === wanted)) found.push(label);
    if (!raw && label.toLowerCase() === wanted) found.push(...rule.columns);
  }
  return found;
}

function findIgnoringCase(columns: readonly OutputColumn[], field: string): OutputColumn | undefined {
  const matches = columns.filter((column) => column.name.toLowerCase() === field.toLowerCase());
  return matches.length === 1 ? matches[0] : undefined;
}
