import {STATEMENT_COLUMNS, type StatementName} from '../schema/statement-columns.js';
import type {StatementPage} from '../schema/statement-values.js';
import {selectFrom, type ColumnOptions, type OutputColumn, type Selection} from './field-selection.js';
import {failedRow, scrapedAtOf, type OutputRow, type RowMaker} from './output-rows.js';
import {SCRAPED_AT} from './scraped-at.js';

/** The statements table's columns, or those `fields` names (a usage error for an unknown one); no "extra" in JSON. */
export function selectStatementColumns(options: ColumnOptions): Selection {
  return selectFrom(STATEMENT_COLUMNS, {...options, list: '`screener fields --statement` lists them all'});
}

/**
 * A statement's rows: one per line of the statement and period, line by line as the statement
 * reads, each line's periods in the answer's order (TTM first, then the latest). A failed ticker
 * has its one row, with Error.
 */
export function statementRowMaker(columns: readonly OutputColumn[], statement: StatementName): RowMaker<StatementPage> {
  return (outcome) => {
    if (!outcome.ok) return [failedRow(outcome.ticker, outcome.message, columns)];
    const {currency, periods, items} = outcome.page;
    const rows: OutputRow[] = [];
    for (const item of items) {
      for (const [index, period] of periods.entries()) {
        const cells: Readonly<Record<string, string | null>> = {
          Ticker: outcome.ticker,
          Statement: statement,
          Period: period.name,
          'Period End': period.end,
          'Period Length': period.length,
          Item: item.name,
          Value: item.values[index] ?? null,
          Currency: currency,
          [SCRAPED_AT]: scrapedAtOf(outcome),
          Error: null,
        };
        rows.push({values: columns.map(({name}) => cells[name] ?? null), extra: {}});
      }
    }
    return rows;
  };
}
