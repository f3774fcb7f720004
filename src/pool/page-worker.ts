import {dispatcherFor} from '../http/dispatchers.js';
import {attemptPage} from '../scrape/attempt-page.js';
import type {AttemptOutcome} from '../scrape/attempt-outcome.js';
import type {PageTask} from './page-task.js';

/** Piscina's entry point: one request, fetched and parsed in this worker thread. */
export default async function runPageTask(task: PageTask): Promise<AttemptOutcome> {
  return attemptPage(task.request, {...task, dispatcher: dispatcherFor(task.proxy)});
}
