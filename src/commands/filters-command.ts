import {once} from 'node:events';
import {writeCsv} from '../output/write-csv.js';
import type {ScreenerPanel} from '../finviz/screener-panel.js';
import {codeLines, codeText} from '../screen/code-listing.js';
import {screenerQuery, VIEWS} from '../screen/screener-query.js';
import {SiteSession} from '../scrape/site-session.js';
import {systemErrorText} from '../system-error.js';
import {EXIT_NOT_RECOGNISED, EXIT_OK, EXIT_OUTPUT, EXIT_SOME_FAILED} from './exit-codes.js';
import {exitForStop, stopAdvice} from './stop-report.js';

export interface FiltersCommandOptions {
  readonly baseUrl: string;
  readonly timeout: number;
  readonly proxy?: string[];
  /** text: for a person (and grep); csv or json: for a program. */
  readonly format: 'text' | 'csv' | 'json';
}

/**
 * `screener filters`: the filter, signal and order codes the site's screener offers today,
 * read from its page 1 (one request, retried like any other), with their names.
 */
export async function runFiltersCommand(options: FiltersCommandOptions, signal: AbortSignal): Promise<number> {
  const session = new SiteSession({
    mode: 'single',
    workers: 1,
    baseUrl: options.baseUrl,
    timeoutMs: options.timeout,
    proxies: options.proxy,
    signal,
  });
  const query = screenerQuery({view: VIEWS.overview, filters: []}, 1, {allFilters: true});
  let result;
  try {
    result = await session.fetch({kind: 'screener', query, panel: true});
  } finally {
    await session.close(signal.aborted);
  }
  const stop = session.guard.stop;
  if (stop !== undefined) {
    process.stderr.write(`${stopAdvice(stop, undefined, undefined)}\n`);
    return exitForStop(stop);
  }
  if (!result.ok) {
    process.stderr.write(`screener: cannot read the screener page (screener?${query}): ${result.message}\n`);
    return result.code === 'PAGE_NOT_RECOGNISED' ? EXIT_NOT_RECOGNISED : EXIT_SOME_FAILED;
  }
  const panel = result.page.panel;
  if (panel?.filters === undefined) {
    process.stderr.write(
      `screener: the screener page (screener?${query}) shows no filter panel screener recognises: Finviz may have changed its layout. See what it serves with "screener doctor", or update screener\n`,
    );
    return EXIT_NOT_RECOGNISED;
  }
  try {
    await write(panel, options.format);
  } catch (error) {
    process.stderr.write(`screener: cannot write stdout: ${systemErrorText(error)}\n`);
    return EXIT_OUTPUT;
  }
  return EXIT_OK;
}

async function write(panel: ScreenerPanel, format: FiltersCommandOptions['format']): Promise<void> {
  const lines = codeLines(panel);
  if (format === 'csv') {
    const columns = ['kind', 'filter', 'group', 'code', 'name'] as const;
    await writeCsv(
      lines.map((line) => columns.map((column) => line[column])),
      columns,
      process.stdout,
      {end: false},
    );
    return;
  }
  const document = {filters: panel.filters, signals: panel.signals ?? [], orders: panel.orders ?? []};
  const text = format === 'json' ? `${JSON.stringify(document, undefined, 2)}\n` : `${codeText(lines).join('\n')}\n`;
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}
