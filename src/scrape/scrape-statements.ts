import type {StatementCode} from '../schema/statement-columns.js';
import type {StatementPage} from '../schema/statement-values.js';
import {tickerOutcome, tickerWindow, withSession, type ScrapeOptions} from './scrape.js';
import type {TickerOutcome} from './ticker-outcome.js';

/**
 * Fetches each ticker's statement (`code`, e.g. IA) and yields one outcome per ticker, in input
 * order or as they finish, through the same session, pool, limiter, retries and run guard as
 * quote pages (`options.via` does not apply: a statement is one request per ticker).
 */
export function scrapeStatements(
  tickers: readonly string[],
  code: StatementCode,
  options: ScrapeOptions,
): AsyncGenerator<TickerOutcome<StatementPage>> {
  return withSession(options, (session, map) =>
    map(tickers, async (ticker) => tickerOutcome(ticker, await session.fetch({kind: 'statement', ticker, code})), tickerWindow(session)),
  );
}
