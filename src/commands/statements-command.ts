import type {StatementName, StatementPeriod} from '../schema/statement-columns.js';
import {statementSource} from '../runs/statement-source.js';
import type {FetchCommandOptions, ListCommandOptions, OutputCommandOptions} from './command-options.js';
import {runScrapeCommand} from './scrape-command.js';

/** The options of `screener statements`, as commander hands them over. */
export interface StatementsCommandOptions extends FetchCommandOptions, Omit<OutputCommandOptions, 'raw'>, ListCommandOptions {
  readonly statement: StatementName;
  readonly period: StatementPeriod;
  readonly resume?: boolean;
  readonly keepFailed?: boolean;
  readonly column?: string;
}

/**
 * Runs `screener statements FILE`: each ticker's statement from Finviz's statements JSON, a row
 * per line of the statement and period, through everything `scrape` has (the list, the pool,
 * -o FILE with its journal and --resume, the progress, the summary, the exit statuses).
 */
export function runStatementsCommand(file: string, options: StatementsCommandOptions, signal: AbortSignal): Promise<number> {
  return runScrapeCommand(
    file,
    {...options, via: 'quote', table: 'snapshot', source: statementSource(options.statement, options.period)},
    signal,
  );
}
