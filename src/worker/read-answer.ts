import {ResponseTooLargeError, UnsupportedEncodingError} from '../errors.js';
import type {Answer} from '../http/answer.js';
import {decodeBodySync, decodeError} from '../http/decode-body.js';
import type {AttemptOutcome} from './attempt-outcome.js';
import {classifyResponse} from './classify-response.js';
import type {PageRequest} from './page-request.js';

/**
 * Reads an answer: the parsing half of an attempt, run in a worker thread in pool mode. It
 * undoes the Content-Encoding (refusing a body past `maxBytes`), then classifies and parses.
 * This module imports no HTTP client: a worker loads only zlib and the parsers.
 */
export function readAnswer(request: PageRequest, answer: Answer, maxBytes: number): AttemptOutcome {
  let bytes: Uint8Array;
  try {
    bytes = decodeBodySync(answer.bytes, answer.encoding, maxBytes);
  } catch (error) {
    const problem = decodeError(error, maxBytes);
    return problem instanceof ResponseTooLargeError || problem instanceof UnsupportedEncodingError
      ? {kind: 'failed', status: answer.status, code: problem.code, message: problem.message}
      : {kind: 'transient', status: answer.status, code: problem.code, message: problem.message};
  }
  // The bytes as they are: the parser decodes only the parts it reads, never the whole page.
  return classifyResponse({status: answer.status, headers: answer.headers, bytes}, request);
}
