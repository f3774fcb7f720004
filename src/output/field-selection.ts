import {UsageError} from '../errors.js';
import type {ColumnType} from '../schema/columns.js';
import {LABEL_RULES} from '../schema/label-rules.js';
import {closestNames} from './closest-names.js';
import {rawTableColumns, tableColumns} from './output-tables.js';
import type {OutputTableName} from './table-names.js';

export interface OutputColumn {
  readonly name: string;
  readonly type: ColumnType;
}

export interface Selection {
  readonly columns: readonly OutputColumn[];
  /**
   * Where a JSON row puts its "extra" object (the labels the schema does not
   * know): just before Error in the default selection; undefined with --fields,
   * which writes only what it names.
   */
  readonly extraAt: number | undefined;
}

/**
 * The columns to write of a table (the snapshot unless named): all of them,
 * or those `fields` names, in its order. A name matches exactly or, failing
 * that, ignoring case. Throws UsageError for an unknown or repeated name,
 * with the closest names as a hint.
 */
export function selectColumns({
  raw = false,
  fields,
  table = 'snapshot',
}: {
  readonly raw?: boolean;
  readonly fields?: readonly string[];
  readonly table?: OutputTableName;
}): Selection {
  const available: readonly OutputColumn[] = raw ? rawTableColumns(table).map((name) => ({name, type: 'text'})) : tableColumns(table);
  // Only the snapshot has labels a run may meet that no column holds.
  if (fields === undefined) return {columns: available, extraAt: table === 'snapshot' ? available.length - 1 : undefined};
  const list =
    table !== 'snapshot'
      ? `\`screener fields --table ${table}\` lists the columns of ${table}`
      : raw
        ? 'the --raw columns are the page labels listed in the README'
        : '`screener fields` lists them all';
  const hints = (field: string) => (table === 'snapshot' ? counterparts(field, raw) : []);
  return {columns: pickColumns(available, fields, {hints, list}), extraAt: undefined};
}

/**
 * The columns of `available` that `fields` names, in its order: exactly or, failing that,
 * ignoring case. Throws UsageError for an unknown name (with `hints` and the closest names, and
 * `list`, where to find them all) or a repeated one.
 */
export function pickColumns(
  available: readonly OutputColumn[],
  fields: readonly string[],
  {hints = () => [], list}: {readonly hints?: (field: string) => readonly string[]; readonly list: string},
): OutputColumn[] {
  const names = available.map((column) => column.name);
  const chosen: OutputColumn[] = [];
  for (const field of fields) {
    const column = available.find((candidate) => candidate.name === field) ?? findIgnoringCase(available, field);
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
