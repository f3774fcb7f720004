import {tableColumns} from '../output/output-tables.js';
import type {OutputTableName} from '../output/table-names.js';
import {STATEMENT_COLUMNS} from '../schema/statement-columns.js';
import {LABEL_RULES} from '../schema/label-rules.js';

export interface FieldsCommandOptions {
  readonly table: OutputTableName;
  readonly statement?: boolean;
}

/** The Finviz labels that fill each column, in the order of the rules (2026 labels first). */
function labelsByColumn(): Map<string, string[]> {
  const labels = new Map<string, string[]>();
  for (const [label, rule] of LABEL_RULES) {
    for (const column of rule.columns) labels.set(column, [...(labels.get(column) ?? []), label]);
  }
  return labels;
}

/** The lines `screener fields` prints: each column of a table with its unit, meaning and (the snapshot's) Finviz labels. */
export function fieldsTable(table: OutputTableName = 'snapshot'): string[] {
  const labels = table === 'snapshot' ? labelsByColumn() : new Map<string, string[]>();
  const rows = tableColumns(table).map((column) => {
    // Name the Finviz labels only where they differ from the column's own name.
    const from = labels.get(column.name) ?? [];
    const source =
      from.length === 0 || (from.length === 1 && from[0] === column.name)
        ? ''
        : ` (from Finviz ${from.map((label) => `"${label}"`).join(', ')})`;
    return [column.name, column.unit, `${column.meaning}${source}`] as const;
  });
  return formatTable(rows);
}

/** The lines `screener fields --statement` prints: the statements table's columns. */
export function statementFieldsTable(): string[] {
  return formatTable(STATEMENT_COLUMNS.map((column) => [column.name, column.unit, column.meaning] as const));
}

function formatTable(rows: readonly (readonly [string, string, string])[]): string[] {
  const header = ['column', 'unit', 'meaning'] as const;
  const nameWidth = Math.max(header[0].length, ...rows.map(([name]) => name.length));
  const unitWidth = Math.max(header[1].length, ...rows.map(([, unit]) => unit.length));
  return [header, ...rows].map(([name, unit, meaning]) => `${name.padEnd(nameWidth)}  ${unit.padEnd(unitWidth)}  ${meaning}`);
}

/** `screener fields`: prints the column list of a table (with `statement`, the statements table's) on stdout; returns the exit status. */
export function runFieldsCommand(options: FieldsCommandOptions): number {
  process.stdout.write((options.statement ? statementFieldsTable() : fieldsTable(options.table)).join('\n') + '\n');
  return 0;
}
