import {dispatcherFor} from '../http/dispatchers.js';
import type {AttemptOutcome} from '../scrape/attempt-outcome.js';
import {fetchQuote} from '../scrape/fetch-quote.js';
import type {QuoteTask} from './quote-task.js';

/** Piscina's entry point: one request for one ticker, fetched and parsed in this worker thread. */
export default async function runQuoteTask(task: QuoteTask): Promise<AttemptOutcome> {
  return fetchQuote(task.ticker, {...task, dispatcher: dispatcherFor(task.proxy)});
}
