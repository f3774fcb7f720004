import type {AttemptOutcome} from './attempt-outcome.js';
import {readAnswer} from './read-answer.js';
import type {PageTask} from './page-task.js';

/**
 * Piscina's entry point: parse one fetched page in this worker thread. It
 * loads only the parsers (cheerio/slim), not undici, so a thread starts fast.
 */
export default function runPageTask(task: PageTask): AttemptOutcome {
  return readAnswer(task.request, task.answer, task.maxBytes);
}
