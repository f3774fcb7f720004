import {decodeBodySync, decodeError, ResponseTooLargeError, UnsupportedEncodingError} from '../http/decode-body.js';
import type {FetchedPage} from '../http/fetch-page.js';
import type {AttemptOutcome} from './attempt-outcome.js';
import {classifyResponse} from './classify-response.js';
import type {PageRequest} from './page-request.js';

/** An answer as it crosses to a worker thread: its body as bytes, transferred rather than copied. */
export interface FetchedAnswer {
  readonly status: number;
  readonly headers: FetchedPage['headers'];
  readonly bytes: Uint8Array;
  /** The Content-Encoding still to undo, if the body is still compressed. */
  readonly encoding?: string;
  /** The size cap after decompression. */
  readonly maxBytes: number;
}

/**
 * Reads a fetched answer: the parsing half of an attempt, run in a worker thread in pool mode.
 * This module imports no HTTP client: a worker loads only zlib and the parsers (cheerio/slim).
 */
export function readAnswer(request: PageRequest, answer: FetchedAnswer): AttemptOutcome {
  let bytes = Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength);
  try {
    bytes = decodeBodySync(bytes, answer.encoding, answer.maxBytes);
  } catch (error) {
    const problem = decodeError(error, answer.maxBytes);
    return problem instanceof ResponseTooLargeError || problem instanceof UnsupportedEncodingError
      ? {kind: 'failed', status: answer.status, code: problem.code, message: problem.message}
      : {kind: 'transient', status: answer.status, code: problem.code, message: problem.message};
  }
  // The bytes as they are: the parser decodes only the parts it reads, never the whole page.
  return classifyResponse({status: answer.status, headers: answer.headers, body: bytes}, request);
}
