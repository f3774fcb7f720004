import type {Answer} from '../http/answer.js';
import type {PageRequest} from './page-request.js';

/** What the main thread sends a worker: an answer to read, as plain, cloneable data (its bytes transferred). */
export interface PageTask {
  readonly request: PageRequest;
  readonly answer: Answer;
  /** The size cap after decompression. */
  readonly maxBytes: number;
}
