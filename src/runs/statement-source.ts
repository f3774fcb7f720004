import {selectStatementColumns, statementRowMaker} from '../output/statement-rows.js';
import {statementCode, type StatementName, type StatementPeriod} from '../schema/statement-columns.js';
import type {StatementPage} from '../schema/statement-values.js';
import {scrapeStatements} from '../scrape/scrape-statements.js';
import type {TickerSource} from './ticker-source.js';

/** Each ticker's statement (`screener statements`): its rows, a line of the statement and period each. */
export function statementSource(statement: StatementName, period: StatementPeriod): TickerSource<StatementPage> {
  const code = statementCode(statement, period);
  return {
    scrape: (tickers, options) => scrapeStatements(tickers, code, options),
    select: selectStatementColumns,
    rowMaker: (output) => statementRowMaker(selectStatementColumns(output).columns, statement),
  };
}
