import {createHash} from 'node:crypto';
import type {Answer} from '../http/answer.js';

/**
 * One page of the cache as bytes: a first line that names the format and holds the SHA-256 of
 * everything after it, a line of JSON (the address asked for, when it was fetched, the status,
 * the headers, the Content-Encoding) and the body exactly as it came, still compressed. A file
 * cut short, changed, or of another format does not decode: it is as if it were not there.
 *
 *   screener-cache 1 <sha256 hex>\n{"url":…,"fetchedAt":…,"status":200,"headers":{…},"encoding":"gzip","length":35012}\n<body>
 */
const MAGIC = 'screener-cache 1 ';
const HASH_LENGTH = 64;
const FIRST_LINE_LENGTH = MAGIC.length + HASH_LENGTH + 1;

/** A page read back from the cache. */
export interface CacheEntry {
  /** The address it was asked for at. */
  readonly url: string;
  /** When it was fetched, in ms since the epoch. */
  readonly fetchedAt: number;
  readonly answer: Answer;
}

interface Meta {
  readonly url: string;
  readonly fetchedAt: number;
  readonly status: number;
  readonly headers: Answer['headers'];
  readonly encoding?: string;
  readonly length: number;
}

/** The entry's bytes. Set-Cookie is left out: a session's cookies are not the cache's to keep. */
export function encodeEntry(entry: CacheEntry): Buffer {
  const {answer} = entry;
  const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => name.toLowerCase() !== 'set-cookie'));
  const meta: Meta = {
    url: entry.url,
    fetchedAt: entry.fetchedAt,
    status: answer.status,
    headers,
    ...(answer.encoding === undefined ? {} : {encoding: answer.encoding}),
    length: answer.bytes.length,
  };
  const rest = Buffer.concat([Buffer.from(`${JSON.stringify(meta)}\n`, 'utf8'), answer.bytes]);
  return Buffer.concat([Buffer.from(`${MAGIC}${sha256(rest)}\n`, 'latin1'), rest]);
}

/** The entry these bytes hold, if they are whole and are the page of `url`; undefined otherwise. */
export function decodeEntry(bytes: Buffer, url: string): CacheEntry | undefined {
  if (bytes.length < FIRST_LINE_LENGTH || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  if (bytes[FIRST_LINE_LENGTH - 1] !== 0x0a) return undefined;
  const rest = bytes.subarray(FIRST_LINE_LENGTH);
  if (bytes.toString('latin1', MAGIC.length, MAGIC.length + HASH_LENGTH) !== sha256(rest)) return undefined;
  const newline = rest.indexOf(0x0a);
  if (newline < 0) return undefined;
  let meta: Meta;
  try {
    meta = JSON.parse(rest.toString('utf8', 0, newline)) as Meta;
  } catch {
    return undefined;
  }
  const body = rest.subarray(newline + 1);
  if (meta.url !== url || body.length !== meta.length || !Number.isFinite(meta.fetchedAt) || !Number.isInteger(meta.status)) {
    return undefined;
  }
  const answer: Answer = {status: meta.status, headers: meta.headers, bytes: body, encoding: meta.encoding};
  return {url: meta.url, fetchedAt: meta.fetchedAt, answer};
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
