import type {Column} from './columns.js';
import {ERROR_COLUMN} from './header-columns.js';

/** The statements Finviz serves, by the name `--statement` takes, with the letter of its code. */
export const STATEMENTS = {income: 'I', balance: 'B', cashflow: 'C'} as const;
export type StatementName = keyof typeof STATEMENTS;

/** The periods, by the name `--period` takes, with the letter of the code. */
export const STATEMENT_PERIODS = {annual: 'A', quarterly: 'Q'} as const;
export type StatementPeriod = keyof typeof STATEMENT_PERIODS;

/** The `s=` of `/api/statement.ashx`: IA, IQ, BA, BQ, CA, CQ. */
export type StatementCode = `${(typeof STATEMENTS)[StatementName]}${(typeof STATEMENT_PERIODS)[StatementPeriod]}`;

export function statementCode(statement: StatementName, period: StatementPeriod): StatementCode {
  return `${STATEMENTS[statement]}${STATEMENT_PERIODS[period]}`;
}

/** The statements table, one row per line of the statement and period: Ticker first, Error last. */
export const STATEMENT_COLUMNS: readonly Column[] = [
  {name: 'Ticker', type: 'text', unit: 'text', meaning: 'the ticker as requested'},
  {name: 'Statement', type: 'text', unit: 'text', meaning: 'income, balance or cashflow (--statement)'},
  {name: 'Period', type: 'text', unit: 'text', meaning: 'the period as Finviz names it: TTM (trailing twelve months), 2025FY, …'},
  {name: 'Period End', type: 'date', unit: 'date', meaning: 'the last day of the period; empty where Finviz gives none (TTM)'},
  {name: 'Period Length', type: 'text', unit: 'text', meaning: 'as Finviz writes it, e.g. "12 Months"; empty where it gives none'},
  {name: 'Item', type: 'text', unit: 'text', meaning: "the line of the statement, Finviz's name for it, e.g. Total Revenue"},
  {
    name: 'Value',
    type: 'number',
    unit: 'as given',
    // No answer of Finviz's own was found to check the scale against: it is written as given, never rescaled.
    meaning:
      'the value, exact, as Finviz gives it: amounts in millions of Currency and EPS per share, by public clients (see README); empty where it has none',
  },
  {name: 'Currency', type: 'text', unit: 'text', meaning: 'the currency of the statement, e.g. USD'},
  {name: ERROR_COLUMN.name, type: 'text', unit: 'text', meaning: ERROR_COLUMN.meaning},
];
