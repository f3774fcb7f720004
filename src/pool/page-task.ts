import type {FetchedAnswer} from '../scrape/read-answer.js';
import type {PageRequest} from '../scrape/page-request.js';

/** What the main thread sends a worker: a fetched answer to read, as plain, cloneable data. */
export interface PageTask extends FetchedAnswer {
  readonly request: PageRequest;
}
