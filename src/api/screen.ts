import {UsageError} from '../errors.js';
import {TICKERS_VIEW} from '../finviz/screener-views.js';
import {selectColumns} from '../output/field-selection.js';
import {rowMakerFor} from '../output/write-rows.js';
import {screenRows} from '../screen/screen.js';
import {SCREENER_CODE, VIEWS, type ViewName} from '../screen/screener-query.js';
import {SiteSession} from '../scrape/site-session.js';
import {sessionOptionsOfApi, type ColumnApiOptions, type SiteApiOptions} from './api-options.js';
import {typedRow, type Row} from './typed-row.js';

export interface ScreenApiOptions extends SiteApiOptions, ColumnApiOptions {
  /** Finviz filter codes, e.g. ['cap_large', 'sec_technology', 'fa_pe_u15'] (see `screener filters`). @default none */
  readonly filters?: readonly string[];
  /** A signal code, e.g. 'ta_topgainers'. */
  readonly signal?: string;
  /** An order code, '-' first for descending, e.g. '-marketcap'. @default Finviz's (ticker) */
  readonly order?: string;
  /** Which columns the screener's pages show: 'overview', 'valuation', 'ownership', 'performance', 'financial' or 'technical'. @default 'overview' */
  readonly view?: ViewName;
  /** At most this many rows. @default all */
  readonly limit?: number;
  /** Yield the tickers alone, as strings, from the tickers view (1,000 a request); takes no `view`, `fields` or `raw`. */
  readonly tickersOnly?: boolean;
  /** Check the codes against those page 1 offers, before any other page (a UsageError for an unknown one). @default true */
  readonly checkCodes?: boolean;
  /** Receives each warning (codes page 1 could not vouch for, a value that does not read). @default stderr */
  readonly warn?: (line: string) => void;
  /**
   * Stops the run: the rows done are yielded, then the iteration ends. (`signal` is the
   * screener's signal code, as the CLI's --signal; `scrape()` calls this one `signal`.)
   */
  readonly abortSignal?: AbortSignal;
}

/**
 * The rows of a Finviz screen, in the screener's order: the columns of the CLI's output, typed as
 * `scrape()`'s rows are (columns the view lacks are null); with `tickersOnly`, the tickers alone.
 * Throws UsageError for a bad option or an unknown code before any row, and ScreenPageError
 * when a page fails for good, after the rows before it.
 */
export function screen(options: ScreenApiOptions & {readonly tickersOnly: true}): AsyncGenerator<string>;
export function screen(options?: ScreenApiOptions & {readonly tickersOnly?: false}): AsyncGenerator<Row>;
export function screen(options?: ScreenApiOptions): AsyncGenerator<Row | string>;
export async function* screen(options: ScreenApiOptions = {}): AsyncGenerator<Row | string> {
  const filters = [...(options.filters ?? [])];
  for (const [what, code] of [
    ...filters.map((code) => ['filter', code] as const),
    ['signal', options.signal] as const,
    ['order', options.order] as const,
  ]) {
    if (code !== undefined && !SCREENER_CODE.test(code)) {
      throw new UsageError(`Expected \`${what}\` codes of letters, digits, '_', '-' or '.', got ${JSON.stringify(code)}`);
    }
  }
  const viewName = options.view ?? 'overview';
  if (!Object.hasOwn(VIEWS, viewName)) {
    throw new UsageError(`Expected \`view\` to be one of ${Object.keys(VIEWS).join(', ')}, got ${JSON.stringify(viewName)}`);
  }
  const ignored = (['view', 'fields', 'raw', 'header', 'scrapedAt'] as const).filter((name) => options[name] !== undefined);
  if (options.tickersOnly === true && ignored.length > 0) {
    throw new UsageError(
      `\`tickersOnly\` yields tickers from the tickers view; it takes no ${ignored.map((name) => `\`${name}\``).join(', ')}`,
    );
  }
  const output = {
    raw: options.raw,
    fields: options.fields,
    header: options.header,
    scrapedAt: options.scrapedAt,
    format: 'jsonl',
    warn: options.warn,
  } as const;
  const selection = selectColumns(output);
  const makeRow = rowMakerFor(output);
  const signal = options.abortSignal;
  const session = new SiteSession(sessionOptionsOfApi(options, signal));
  const query = {
    view: options.tickersOnly === true ? TICKERS_VIEW : VIEWS[viewName],
    filters,
    signal: options.signal,
    order: options.order,
  };
  let failed = false;
  try {
    for await (const outcome of screenRows(session, query, {
      limit: options.limit,
      signal,
      checkCodes: options.checkCodes,
      warn: options.warn,
    })) {
      if (options.tickersOnly === true) yield outcome.ticker;
      else for (const row of makeRow(outcome)) yield typedRow(selection, row);
    }
  } catch (error) {
    if (signal?.aborted === true) return; // stopped: the rows so far stand
    failed = true;
    throw error;
  } finally {
    await session.close(failed || signal?.aborted === true);
  }
}
