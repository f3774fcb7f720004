import type {OutputColumn, Selection} from '../output/field-selection.js';
import type {OutputRow} from '../output/output-rows.js';

/** A row as the API gives it: a value per column, numbers and booleans typed, empty as null. */
export type Row = Readonly<Record<string, string | number | boolean | null>>;

/** The row of the selected columns, keyed by their header names, with its values typed as the JSON output writes them. */
export function typedRow({columns, headers}: Pick<Selection, 'columns' | 'headers'>, row: OutputRow): Row {
  return Object.fromEntries(columns.map(({type}, index) => [headers[index] ?? '', typed(type, row.values[index] ?? null)]));
}

function typed(type: OutputColumn['type'], value: string | null): string | number | boolean | null {
  if (value === null) return null;
  if (type === 'number') return Number(value);
  if (type === 'boolean') return value === 'true';
  return value;
}
