import type {CookieJar} from 'tough-cookie';
import {request, type Dispatcher} from 'undici';
import {FetchTimeoutError, NetworkError, ResponseTooLargeError, ScrapeError, type ConnectionFailure} from '../errors.js';
import {BROWSER_HEADERS} from './browser-headers.js';
import type {Answer} from './answer.js';
import {DEFAULT_MAX_BYTES} from './max-bytes.js';
import {decodeBody, decodeError, isEncoded} from './decode-body.js';
import {requestSignal} from './request-signal.js';

export interface FetchPageOptions {
  /** Connection pool to use; one per thread, so connections are kept alive between requests. */
  readonly dispatcher: Dispatcher;
  /** Whole-request time limit in ms; 0 means none. */
  readonly timeoutMs: number;
  /** Aborts the request (Ctrl-C). */
  readonly signal?: AbortSignal;
  /** Largest body accepted, before and after decompression. @default 10 MB */
  readonly maxBytes?: number;
  /**
   * Decompress the body here (true), or leave it compressed and say how in `encoding` (false),
   * for a worker thread to decompress along with parsing. @default true
   */
  readonly decode?: boolean;
  /** The proxy `dispatcher` goes through, if any: a failure to connect is then the proxy's, and says so. */
  readonly proxy?: string;
  /** The source address `dispatcher` connects from (--local-address), if any: a failure to bind it says so. */
  readonly localAddress?: string;
  /** Cookies the site set earlier in the run, sent back; the ones this answer sets are kept. */
  readonly cookies?: CookieJar;
}

/**
 * GETs one URL with browser headers and returns status and decompressed body.
 * Throws FetchTimeoutError, NetworkError, ResponseTooLargeError, or the signal's reason when aborted.
 */
export async function fetchPage(url: URL, options: FetchPageOptions): Promise<Answer> {
  const {dispatcher, timeoutMs, signal, maxBytes = DEFAULT_MAX_BYTES} = options;
  signal?.throwIfAborted();
  const limit = requestSignal(signal, timeoutMs);
  try {
    const cookie = options.cookies?.getCookieStringSync(url.href) ?? '';
    const headers = cookie === '' ? BROWSER_HEADERS : {...BROWSER_HEADERS, cookie};
    const response = await request(url, {method: 'GET', headers, dispatcher, signal: limit.signal});
    keepCookies(options.cookies, url, response.headers['set-cookie']);
    const raw = await readCapped(response.body, maxBytes);
    const header = response.headers['content-encoding'];
    const encoding = typeof header === 'string' && isEncoded(header) ? header : undefined;
    if (options.decode === false && encoding !== undefined)
      return {status: response.statusCode, headers: response.headers, bytes: raw, encoding};
    const decoded = await decodeBody(raw, encoding, maxBytes).catch((error: unknown) => {
      throw decodeError(error, maxBytes);
    });
    return {status: response.statusCode, headers: response.headers, bytes: decoded};
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (limit.timedOut()) throw new FetchTimeoutError(timeoutMs, {cause: error});
    if (error instanceof ScrapeError) throw error;
    const local = localAddressFailure(error, options.localAddress);
    if (local !== undefined) throw new NetworkError(local, {cause: error, connection: 'local'});
    const {message, connection} = describeNetworkError(error);
    const proxy = options.proxy === undefined ? undefined : shownProxy(options.proxy);
    const refusal = PROXY_REFUSAL.exec((error as Error).message)?.[1];
    if (proxy !== undefined && refusal !== undefined) {
      throw new NetworkError(`proxy ${proxy} answered ${refusal}`, {cause: error, connection: 'site'});
    }
    throw new NetworkError(proxy === undefined || connection === undefined ? message : `proxy ${proxy}: ${message}`, {
      cause: error,
      connection,
    });
  } finally {
    limit.dispose();
  }
}

/** Stores what Set-Cookie says, by the cookie library's rules (domain, path, expiry); a cookie it refuses is dropped. */
function keepCookies(jar: CookieJar | undefined, url: URL, setCookie: string | string[] | undefined): void {
  if (jar === undefined || setCookie === undefined) return;
  for (const line of typeof setCookie === 'string' ? [setCookie] : setCookie) jar.setCookieSync(line, url.href, {ignoreError: true});
}

async function readCapped(body: Dispatcher.ResponseData['body'], maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      body.destroy();
      throw new ResponseTooLargeError(`response larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, size);
}

/** Connection failures that no page could cause: the site is not there, or not the site. */
const SITE_FAILURES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'connect timeout',
};

/** undici's words when a proxy answers CONNECT with another status than 200 (407: it wants credentials). */
const PROXY_REFUSAL = /^Proxy response \((\d{3})\)/;

/** A proxy's address as messages show it: never its user name and password. */
function shownProxy(proxy: string): string {
  try {
    const url = new URL(proxy);
    return `${url.protocol}//${url.host}`;
  } catch {
    return 'proxy';
  }
}

/**
 * Why a connection could not leave from --local-address, if that is why it failed: the host
 * does not have the address (EADDRNOTAVAIL), or it is of the other family than the site's
 * (an IPv6 source for an IPv4 site: EINVAL, or EAFNOSUPPORT).
 */
function localAddressFailure(error: unknown, localAddress: string | undefined): string | undefined {
  if (localAddress === undefined) return undefined;
  const code = (error as {code?: string}).code;
  if (code === 'EADDRNOTAVAIL') return `local address ${localAddress}: not an address of this host`;
  if (code === 'EINVAL' || code === 'EAFNOSUPPORT')
    return `local address ${localAddress}: cannot reach the site from it (IPv4 and IPv6 do not mix)`;
  return undefined;
}

/** A short, stable description of a connection failure for the Error column, and what kind it is. */
function describeNetworkError(error: unknown): {message: string; connection?: ConnectionFailure} {
  const code = (error as {code?: string}).code ?? '';
  const site = SITE_FAILURES[code];
  if (site !== undefined) return {message: site, connection: 'site'};
  if (/^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|EPROTO$)/.test(code)) {
    return {message: `TLS error (${code})`, connection: 'site'};
  }
  switch (code) {
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return {message: 'connection reset', connection: 'request'};
    case 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH':
      return {message: 'response shorter than its Content-Length'};
    default:
      return {message: `network error (${code === '' ? (error as Error).message : code})`};
  }
}
