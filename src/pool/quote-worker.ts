import {Agent} from 'undici';
import {fetchQuote} from '../scrape/fetch-quote.js';
import type {TickerOutcome} from '../scrape/ticker-outcome.js';
import type {QuoteTask} from './quote-task.js';

// One keep-alive connection pool per worker thread, reused by every task it runs.
const agent = new Agent({keepAliveTimeout: 30_000});

/** Piscina's entry point: fetch and parse one ticker inside this worker thread. */
export default async function runQuoteTask(task: QuoteTask): Promise<TickerOutcome> {
  return fetchQuote(task.ticker, {...task, dispatcher: agent});
}
