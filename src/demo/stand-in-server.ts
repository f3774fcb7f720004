/**
 * A stand-in for finviz.com on 127.0.0.1: it serves generated quote pages (./quote-page.ts) at
 * `/stock?t=TICKER&p=d` (and `/quote.ashx`), in the newest layout or one asked for, screener
 * pages (./screener-page.ts) at `/screener?v=…` (and `/screener.ashx`: the table views, the custom
 * view of batch mode with `t=`, and the tickers view, v=411), and the statements JSON
 * (./statement-answer.ts) at `/api/statement.ashx?t=TICKER&s=IA`, and sitemaps (./sitemap-answer.ts)
 * at `/sitemap.xml` (the stocks: `?t=0&p=0`), for `screener demo`, `screener bench` and the tests.
 *
 * It runs in the same process as the scraper during the demo and benchmarks, so a request must
 * cost it very little CPU:
 * - encoded bodies are cached per page and encoding (an LRU bounded in bytes);
 * - most of a page is filler shared by every ticker; for gzip and deflate those shared pieces are
 *   compressed once, and a page's body is spliced from them and the freshly compressed per-ticker
 *   pieces (see {@link spliceDeflate}), so even a cache miss compresses only ~45 KB of ~250 KB;
 * - bodies are written as a list of buffers (corked, so one writev), never concatenated.
 *
 * Requests go through a small router: the path picks a route, which returns a {@link PageReply}
 * when the request arrives; after the latency, `send` negotiates the encoding and writes it.
 * Fault injection (scripted 429/503, resets, truncation per ticker and attempt) fits between
 * routing and `send`.
 *
 * `t` is upper-cased (Finviz is case-insensitive); `p` is ignored. Lists (`t=A,M`) are not
 * supported and get the not-found page, as do malformed tickers.
 */
import type {ScreenerLayout} from './screener-view-columns.js';
import {rowsPerPage} from '../finviz/screener-views.js';
import {DEFAULT_SCREENER_LAYOUT, generateScreenerRow, renderScreenerPage} from './screener-page.js';
import {screenUniverse, universeTickers, UNIVERSE_SIZE} from './screener-universe.js';
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import {type AddressInfo} from 'node:net';
import zlib from 'node:zlib';
import {QUOTE_LAYOUTS, type QuoteLayoutName} from '../finviz/quote-layouts.js';
import type {PagePiece} from './page-piece.js';
import {NEWEST_LAYOUT, notFoundPagePieces, quotePagePieces} from './quote-page.js';
import {statementAnswer} from './statement-answer.js';
import {sitemapAnswer, type SitemapShape} from './sitemap-answer.js';
import {statementCode, STATEMENT_PERIODS, STATEMENTS, type StatementCode} from '../schema/statement-columns.js';

/** A content coding the stand-in can compress with. */
export type CompressedEncoding = 'br' | 'gzip' | 'deflate';
export type ContentEncoding = CompressedEncoding | 'identity';

export interface StandInOptions {
  /** Delay before each response, ms. @default 0 */
  readonly latencyMs?: number;
  /**
   * The delay of a quote page, ms, by upper-cased ticker, in place of `latencyMs`: a site slower
   * for some tickers than others, as for the uneven parts of a sharded run. @default latencyMs for all
   */
  readonly latencyFor?: (ticker: string) => number;
  /** The port on 127.0.0.1 to listen on. @default 0, any free port */
  readonly port?: number;
  /**
   * Tickers the site does not know: answered 404 with the not-found page. Called with the
   * upper-cased ticker. @default ticker => ticker.startsWith('ZZ')
   */
  readonly isUnknown?: (ticker: string) => boolean;
  /**
   * Codings offered, most preferred first, used when the client's Accept-Encoding ranks several
   * equally. Gzip comes first because its bodies are spliced from precompressed pieces (about 4x
   * cheaper than brotli on a cache miss); pass `['br', 'gzip', 'deflate']` to prefer brotli like
   * the real site's CDN. @default ['gzip', 'br', 'deflate']
   */
  readonly encodings?: readonly CompressedEncoding[];
  /** Bytes of encoded bodies kept in the cache (shared pieces are not counted). @default 128 MiB */
  readonly cacheMaxBytes?: number;
  /**
   * Quote requests allowed per second, like a site's rate limit: a token bucket holding a
   * quarter of a second's worth; a request that finds it empty gets 429 (no Retry-After).
   * @default unlimited
   */
  readonly rateLimit?: number;
  /**
   * Requests allowed per second from each client address (the socket's remote address), as a site
   * limits each address it sees: a token bucket per address holding a quarter of a second's
   * worth; a request beyond it gets 429 with `Retry-After: 1`. @default unlimited
   */
  readonly ratePerClient?: number;
  /**
   * Which of Finviz's screener layouts /screener.ashx answers in: 'old' (2018 to 2023), '2025'
   * (2024 and 2025) or '2026-07' (today's Ticker cell, with the logo link). @default '2026-07'
   */
  readonly screenerLayout?: ScreenerLayout;
  /** How many stocks the stand-in's market has, for screens of many matches and the sitemap (11,655 for Finviz's size). @default 400 */
  readonly screenerUniverseSize?: number;
  /**
   * What the screener's Ticker cell shows for a ticker, whose links still name the ticker: a
   * page whose text and links disagree, which no reader should take a ticker from.
   * @default the ticker
   */
  readonly screenerShownTicker?: (ticker: string) => string;
  /** Which of Finviz's quote layouts /quote.ashx answers in (../finviz/quote-layouts.ts). @default '2026-06b', the newest */
  readonly quoteLayout?: QuoteLayoutName;
  /**
   * Tickers whose page shows another ticker, as Finviz shows a renamed ticker under its new
   * symbol: upper-cased ticker asked for -> ticker the page is for, e.g. `{FB: 'META'}`.
   * @default none
   */
  readonly renamedTickers?: Readonly<Record<string, string>>;
  /**
   * Tickers whose statements answer has a shape screener must refuse (a line one value short),
   * called with the upper-cased ticker. Tickers `isUnknown` names get `{"error": "no data"}`,
   * as public clients report for a ticker without statements. @default none
   */
  readonly misshapenStatements?: (ticker: string) => boolean;
  /** How the stocks' sitemap (`/sitemap.xml?t=0&p=0`) answers (./sitemap-answer.ts). @default 'urlset', as Finviz */
  readonly sitemapShape?: SitemapShape;
}

export interface StandInStats {
  /** Every request received, whatever the path or outcome. */
  requests: number;
  /** Requests whose response has neither finished nor been closed. */
  inFlight: number;
  peakInFlight: number;
  /** Quote requests per upper-cased ticker (known or unknown), for single valid tickers only. */
  readonly byTicker: Map<string, number>;
  /** Requests answered 429 because of `rateLimit` or `ratePerClient`. */
  throttled: number;
  /** Requests per client address (the socket's remote address, e.g. 127.0.0.2). */
  readonly byClient: Map<string, number>;
  /** Requests for /screener.ashx. */
  screenerRequests: number;
  /** Requests for /screener.ashx by view (`v=`). */
  readonly screenerViews: Map<number, number>;
  /** Requests for /api/statement.ashx. */
  statementRequests: number;
}

export interface StandInServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly stats: StandInStats;
  /**
   * Render and encode these tickers' pages now, so that later requests are cache hits
   * (benchmarks can keep page generation out of the measured part). Bounded by `cacheMaxBytes`.
   */
  warm(tickers: Iterable<string>, encodings?: readonly ContentEncoding[]): void;
  /** Stop listening, cancel pending latency timers and close every connection. */
  close(): Promise<void>;
}

const DEFAULT_ENCODINGS: readonly CompressedEncoding[] = ['gzip', 'br', 'deflate'];
const DEFAULT_CACHE_MAX_BYTES = 128 * 1024 * 1024;
/** Tickers as Finviz writes them: AAPL, BRK-B, BF.B. */
const TICKER_PATTERN = /^[A-Z][A-Z0-9.-]{0,9}$/;
/** Fast and still ~10% smaller than gzip; quality 11 would cost ~300 ms a page. */
const BROTLI_QUALITY = 4;
/**
 * For per-ticker pieces (~45 KB, mostly the snapshot's repetitive markup): level 2 costs about
 * two thirds of level 6 and the body grows by ~0.4 KiB. Shared pieces use level 9 once.
 */
const DEFLATE_LEVEL = 2;

const defaultIsUnknown = (ticker: string): boolean => ticker.startsWith('ZZ');

/** The statements' `s=` codes the stand-in answers: IA, IQ, BA, BQ, CA, CQ. */
const STATEMENT_CODES: ReadonlyMap<string, StatementCode> = new Map(
  (Object.keys(STATEMENTS) as (keyof typeof STATEMENTS)[]).flatMap((statement) =>
    (Object.keys(STATEMENT_PERIODS) as (keyof typeof STATEMENT_PERIODS)[]).map((period) => {
      const code = statementCode(statement, period);
      return [code, code] as const;
    }),
  ),
);

/** The statements answer for a ticker without statements, as public clients report it. */
const NO_DATA = JSON.stringify({error: 'no data'});

// ---------------------------------------------------------------------------------------------
// Encoded bodies

interface Body {
  readonly encoding: ContentEncoding;
  readonly chunks: readonly Buffer[];
  readonly length: number;
  /** Bytes held only by this body, i.e. not by shared pieces: what the cache is charged. */
  readonly ownBytes: number;
}

interface PieceBytes {
  readonly raw: Buffer;
  /** Raw deflate, ended with a sync flush (byte-aligned, not final), from a fresh compressor. */
  deflated(): Buffer;
  /** Adler-32 of `raw`. */
  adler(): number;
}

/** Bytes of shared pieces, computed once; shared pieces are module-level objects (./quote-filler/shared-pieces.ts). */
const sharedPieceBytes = new WeakMap<PagePiece, PieceBytes>();

function deflatePiece(raw: Buffer, level: number): Buffer {
  return zlib.deflateRawSync(raw, {level, finishFlush: zlib.constants.Z_SYNC_FLUSH});
}

function bytesOf(piece: PagePiece): PieceBytes {
  if (!piece.shared) {
    const raw = Buffer.from(piece.text, 'utf8');
    return {raw, deflated: () => deflatePiece(raw, DEFLATE_LEVEL), adler: () => adler32(raw)};
  }
  let bytes = sharedPieceBytes.get(piece);
  if (bytes === undefined) {
    const raw = Buffer.from(piece.text, 'utf8');
    const deflated = deflatePiece(raw, 9);
    const adler = adler32(raw);
    bytes = {raw, deflated: () => deflated, adler: () => adler};
    sharedPieceBytes.set(piece, bytes);
  }
  return bytes;
}

/** The empty final block (BFINAL=1, fixed Huffman, end-of-block) that ends a deflate stream. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);
/** RFC 1952 header: deflate, no flags, mtime 0, unknown OS. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);
/** RFC 1950 header: deflate, 32 KiB window, default level. */
const ZLIB_HEADER = Buffer.from([0x78, 0x9c]);

/** Adler-32 (RFC 1950) of `data`. */
function adler32(data: Buffer): number {
  let a = 1;
  let b = 0;
  let index = 0;
  while (index < data.length) {
    // 5552 bytes is the most that can be summed before b may overflow 2^32 (zlib's NMAX).
    const end = Math.min(index + 5552, data.length);
    for (; index < end; index++) {
      a += data[index] ?? 0;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const ADLER_BASE = 65521;

/** Adler-32 of A followed by B, from their checksums and B's length (zlib's adler32_combine). */
function adler32Combine(adlerA: number, adlerB: number, lengthB: number): number {
  const remainder = lengthB % ADLER_BASE;
  let sum1 = adlerA & 0xffff;
  let sum2 = (remainder * sum1) % ADLER_BASE;
  sum1 += (adlerB & 0xffff) + ADLER_BASE - 1;
  sum2 += (adlerA >>> 16) + (adlerB >>> 16) + ADLER_BASE - remainder;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum2 >= ADLER_BASE * 2) sum2 -= ADLER_BASE * 2;
  if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE;
  return sum2 * 0x10000 + sum1;
}

/**
 * A gzip or zlib stream spliced from independently compressed pieces. Each piece is raw deflate
 * from a fresh compressor, ended with a sync flush: its blocks are not final, it ends on a byte
 * boundary and its back-references stay inside the piece, so the pieces can follow each other in
 * one stream. An empty final block ends the deflate data; the trailer checksums the whole text.
 */
function spliceDeflate(pieces: readonly PagePiece[], format: 'gzip' | 'deflate'): Body {
  const chunks: Buffer[] = [format === 'gzip' ? GZIP_HEADER : ZLIB_HEADER];
  let ownBytes = 0;
  let length = 0;
  let checksum = format === 'gzip' ? 0 : 1;
  for (const piece of pieces) {
    const bytes = bytesOf(piece);
    const compressed = bytes.deflated();
    chunks.push(compressed);
    if (!piece.shared) ownBytes += compressed.length;
    length += bytes.raw.length;
    // zlib.crc32 is native and fast enough over the whole text; Adler-32 is JS, so shared pieces' sums are reused.
    checksum = format === 'gzip' ? zlib.crc32(bytes.raw, checksum) : adler32Combine(checksum, bytes.adler(), bytes.raw.length);
  }
  const trailer = Buffer.alloc(format === 'gzip' ? 8 : 4);
  if (format === 'gzip') {
    trailer.writeUInt32LE(checksum >>> 0, 0);
    trailer.writeUInt32LE(length % 2 ** 32, 4);
  } else {
    trailer.writeUInt32BE(checksum >>> 0, 0);
  }
  chunks.push(FINAL_BLOCK, trailer);
  ownBytes += FINAL_BLOCK.length + trailer.length;
  return {encoding: format, chunks, length: chunks.reduce((sum, chunk) => sum + chunk.length, 0), ownBytes};
}

function encodeBody(pieces: readonly PagePiece[], encoding: ContentEncoding): Body {
  switch (encoding) {
    case 'gzip':
    case 'deflate':
      return spliceDeflate(pieces, encoding);
    case 'identity': {
      const chunks: Buffer[] = [];
      let ownBytes = 0;
      for (const piece of pieces) {
        const {raw} = bytesOf(piece);
        chunks.push(raw);
        if (!piece.shared) ownBytes += raw.length;
      }
      return {encoding, chunks, length: chunks.reduce((sum, chunk) => sum + chunk.length, 0), ownBytes};
    }
    case 'br': {
      // Brotli streams cannot be spliced, so the whole page is compressed.
      const raw = Buffer.concat(pieces.map((piece) => bytesOf(piece).raw));
      const body = zlib.brotliCompressSync(raw, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      });
      return {encoding, chunks: [body], length: body.length, ownBytes: body.length};
    }
  }
}

/** Encoded bodies by key, least recently used first; bounded by the bytes the bodies own. */
class BodyCache {
  readonly #maxBytes: number;
  readonly #bodies = new Map<string, Body>();
  #bytes = 0;

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
  }

  get(key: string): Body | undefined {
    const body = this.#bodies.get(key);
    if (body !== undefined) {
      this.#bodies.delete(key);
      this.#bodies.set(key, body);
    }
    return body;
  }

  set(key: string, body: Body): void {
    if (body.ownBytes > this.#maxBytes) return;
    const previous = this.#bodies.get(key);
    if (previous !== undefined) {
      this.#bodies.delete(key);
      this.#bytes -= previous.ownBytes;
    }
    this.#bodies.set(key, body);
    this.#bytes += body.ownBytes;
    for (const [oldKey, oldBody] of this.#bodies) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#bodies.delete(oldKey);
      this.#bytes -= oldBody.ownBytes;
    }
  }
}

/**
 * The coding for an Accept-Encoding header: the acceptable coding with the highest q-value,
 * ties broken by `offered` order; identity when none is acceptable or the header is absent.
 */
export function negotiateEncoding(header: string | undefined, offered: readonly CompressedEncoding[] = DEFAULT_ENCODINGS): ContentEncoding {
  if (header === undefined || header.trim() === '') return 'identity';
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...parameters] = part.split(';').map((token) => token.trim().toLowerCase());
    if (name === '') continue;
    let weight = 1;
    for (const parameter of parameters) {
      const match = /^q=([0-9.]+)$/.exec(parameter);
      if (match?.[1] !== undefined) weight = Number(match[1]);
    }
    weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isNaN(weight) ? 0 : weight);
  }
  const wildcard = weights.get('*');
  let best: ContentEncoding = 'identity';
  let bestWeight = 0;
  for (const encoding of offered) {
    const weight = weights.get(encoding) ?? wildcard ?? 0;
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Routing

interface RequestContext {
  readonly request: IncomingMessage;
  readonly url: URL;
}

/** What a route answers. `pieces` is only called when the encoded body is not cached. */
interface PageReply {
  readonly status: number;
  /** Key for the body cache; undefined for pages not worth caching (e.g. junk tickers). */
  readonly cacheKey: string | undefined;
  readonly pieces: () => readonly PagePiece[];
  readonly headers?: Readonly<Record<string, string>>;
  /** This answer's delay, where it is not `latencyMs` (a quote page with `latencyFor`). */
  readonly latencyMs?: number;
}

type Route = (context: RequestContext) => PageReply;

function staticPage(title: string, text: string): readonly PagePiece[] {
  return [{text: `<!DOCTYPE html>\n<html>\n<head><title>${title}</title></head>\n<body>${text}</body>\n</html>\n`, shared: false}];
}

const PAGE_NOT_FOUND: PageReply = {
  status: 404,
  cacheKey: 'page-not-found',
  pieces: () => staticPage('404 Not Found', '<h1>Not Found</h1>'),
};

const TOO_MANY_REQUESTS: PageReply = {
  status: 429,
  cacheKey: 'too-many-requests',
  pieces: () => staticPage('429 Too Many Requests', '<h1>Too Many Requests</h1>'),
};

/** The answer beyond `ratePerClient`: a token comes back within the second. */
const TOO_MANY_FROM_CLIENT: PageReply = {...TOO_MANY_REQUESTS, headers: {'retry-after': '1'}};

/** A token bucket: `perSecond` tokens a second, holding at most `capacity`. */
function tokenBucket(perSecond: number, capacity: number): () => boolean {
  let tokens = capacity;
  let last = performance.now();
  return () => {
    const now = performance.now();
    tokens = Math.min(capacity, tokens + ((now - last) * perSecond) / 1000);
    last = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

const METHOD_NOT_ALLOWED: PageReply = {
  status: 405,
  cacheKey: 'method-not-allowed',
  pieces: () => staticPage('405 Method Not Allowed', '<h1>Method Not Allowed</h1>'),
  headers: {allow: 'GET, HEAD'},
};

// ---------------------------------------------------------------------------------------------
// The server

function validateOptions(options: StandInOptions): void {
  const {latencyMs, cacheMaxBytes, encodings, isUnknown, screenerUniverseSize, screenerShownTicker, quoteLayout} = options;
  if (quoteLayout !== undefined && !QUOTE_LAYOUTS.some((layout) => layout.name === quoteLayout)) {
    const names = QUOTE_LAYOUTS.map((layout) => layout.name).join(', ');
    throw new TypeError(`Expected \`quoteLayout\` to be one of ${names}, got \`${String(quoteLayout)}\` (${typeof quoteLayout})`);
  }
  for (const [name, rate] of [['rateLimit', options.rateLimit] as const, ['ratePerClient', options.ratePerClient] as const]) {
    if (rate !== undefined && !(Number.isFinite(rate) && rate > 0)) {
      throw new TypeError(`Expected \`${name}\` to be a finite number > 0, got \`${String(rate)}\` (${typeof rate})`);
    }
  }
  if (latencyMs !== undefined && !(Number.isFinite(latencyMs) && latencyMs >= 0)) {
    throw new TypeError(`Expected \`latencyMs\` to be a finite number >= 0, got \`${String(latencyMs)}\` (${typeof latencyMs})`);
  }
  if (cacheMaxBytes !== undefined && !(Number.isSafeInteger(cacheMaxBytes) && cacheMaxBytes >= 0)) {
    throw new TypeError(`Expected \`cacheMaxBytes\` to be an integer >= 0, got \`${String(cacheMaxBytes)}\` (${typeof cacheMaxBytes})`);
  }
  if (options.latencyFor !== undefined && typeof options.latencyFor !== 'function') {
    throw new TypeError(`Expected \`latencyFor\` to be a function, got \`${String(options.latencyFor)}\` (${typeof options.latencyFor})`);
  }
  if (isUnknown !== undefined && typeof isUnknown !== 'function') {
    throw new TypeError(`Expected \`isUnknown\` to be a function, got \`${String(isUnknown)}\` (${typeof isUnknown})`);
  }
  if (screenerUniverseSize !== undefined && !(Number.isSafeInteger(screenerUniverseSize) && screenerUniverseSize >= 1)) {
    throw new TypeError(
      `Expected \`screenerUniverseSize\` to be an integer >= 1, got \`${String(screenerUniverseSize)}\` (${typeof screenerUniverseSize})`,
    );
  }
  if (screenerShownTicker !== undefined && typeof screenerShownTicker !== 'function') {
    throw new TypeError(
      `Expected \`screenerShownTicker\` to be a function, got \`${String(screenerShownTicker)}\` (${typeof screenerShownTicker})`,
    );
  }
  for (const encoding of encodings ?? []) {
    if (!DEFAULT_ENCODINGS.includes(encoding)) {
      throw new TypeError(`Expected \`encodings\` to contain only br, gzip or deflate, got \`${String(encoding)}\` (${typeof encoding})`);
    }
  }
}

/** Start the stand-in on 127.0.0.1 on a free port. */
export async function startStandInServer(options: StandInOptions = {}): Promise<StandInServer> {
  validateOptions(options);
  const latencyMs = options.latencyMs ?? 0;
  const isUnknown = options.isUnknown ?? defaultIsUnknown;
  const offered = options.encodings ?? DEFAULT_ENCODINGS;
  const cache = new BodyCache(options.cacheMaxBytes ?? DEFAULT_CACHE_MAX_BYTES);
  const stats: StandInStats = {
    requests: 0,
    inFlight: 0,
    peakInFlight: 0,
    byTicker: new Map(),
    throttled: 0,
    byClient: new Map(),
    screenerRequests: 0,
    screenerViews: new Map(),
    statementRequests: 0,
  };
  const rateLimit = options.rateLimit;
  const allowedBySite = rateLimit === undefined ? () => true : tokenBucket(rateLimit, Math.max(1, rateLimit / 4));
  const {ratePerClient} = options;
  const clientBuckets = new Map<string, () => boolean>();
  /** Whether the site's limit and the client's allow this request; the 429 to send if not. */
  function throttle(request: IncomingMessage): PageReply | undefined {
    if (ratePerClient !== undefined) {
      const client = request.socket.remoteAddress ?? '';
      let bucket = clientBuckets.get(client);
      if (bucket === undefined) clientBuckets.set(client, (bucket = tokenBucket(ratePerClient, Math.max(1, ratePerClient / 4))));
      if (!bucket()) {
        stats.throttled++;
        return TOO_MANY_FROM_CLIENT;
      }
    }
    if (allowedBySite()) return undefined;
    stats.throttled++;
    return TOO_MANY_REQUESTS;
  }
  const timers = new Set<NodeJS.Timeout>();

  const quoteLayout = options.quoteLayout ?? NEWEST_LAYOUT;
  const renamed = new Map(Object.entries(options.renamedTickers ?? {}));

  function quoteReply(ticker: string): PageReply {
    if (isUnknown(ticker)) return {status: 404, cacheKey: `404:${ticker}`, pieces: () => notFoundPagePieces(ticker)};
    const shown = renamed.get(ticker) ?? ticker;
    return {status: 200, cacheKey: `quote:${quoteLayout}:${shown}`, pieces: () => quotePagePieces(shown, quoteLayout)};
  }

  const quoteRoute: Route = ({request, url}) => {
    const values = url.searchParams.getAll('t');
    const ticker = (values[0] ?? '').toUpperCase();
    if (values.length !== 1 || !TICKER_PATTERN.test(ticker)) {
      // Lists (t=A,M), missing or malformed tickers: a not-found page, not worth caching.
      return {status: 404, cacheKey: undefined, pieces: () => notFoundPagePieces(ticker)};
    }
    stats.byTicker.set(ticker, (stats.byTicker.get(ticker) ?? 0) + 1);
    const throttled = throttle(request);
    if (throttled !== undefined) return throttled;
    const reply = quoteReply(ticker);
    return options.latencyFor === undefined ? reply : {...reply, latencyMs: options.latencyFor(ticker)};
  };

  const screenerLayout = options.screenerLayout ?? DEFAULT_SCREENER_LAYOUT;
  const universeSize = options.screenerUniverseSize ?? UNIVERSE_SIZE;
  const shownTicker = options.screenerShownTicker;
  const screenerRoute: Route = ({request, url}) => {
    const query = url.searchParams;
    const view = Number(query.get('v') ?? '111') || 111;
    stats.screenerRequests++;
    stats.screenerViews.set(view, (stats.screenerViews.get(view) ?? 0) + 1);
    const throttled = throttle(request);
    if (throttled !== undefined) return throttled;
    // t= asks for given tickers (the custom view of batch mode); otherwise the screen of f, s and o.
    const listed = query.get('t');
    const tickers =
      listed === null
        ? screenUniverse(query.get('f') ?? '', query.get('s') ?? '', query.get('o') ?? '', universeSize)
        : listed
            .split(',')
            .map((ticker) => ticker.toUpperCase())
            .filter((ticker) => TICKER_PATTERN.test(ticker) && !isUnknown(ticker));
    const offset = Math.max(1, Math.floor(Number(query.get('r') ?? '1')) || 1);
    const columns = query.get('c')?.split(',').map(Number).filter(Number.isInteger);
    // A view the stand-in does not serve (charts, bulk…) throws here: a 500.
    const onPage = tickers.slice(offset - 1, offset - 1 + rowsPerPage(view));
    const page = () => ({
      layout: screenerLayout,
      view,
      rows: onPage.map(generateScreenerRow),
      total: tickers.length,
      offset,
      columns,
      order: query.get('o') ?? undefined,
      shownTicker,
      panel: {
        filters: query.get('f') ?? '',
        signal: query.get('s') ?? '',
        order: query.get('o') ?? '',
        allFilters: query.get('ft') === '4',
      },
    });
    return {
      status: 200,
      cacheKey: `screener:${screenerLayout}:${url.search}`,
      pieces: () => [{text: renderScreenerPage(page()), shared: false}],
    };
  };

  const misshapen = options.misshapenStatements ?? (() => false);
  const statementRoute: Route = ({url, request}) => {
    stats.statementRequests++;
    const ticker = (url.searchParams.get('t') ?? '').toUpperCase();
    const code = STATEMENT_CODES.get(url.searchParams.get('s') ?? '');
    if (code === undefined) return PAGE_NOT_FOUND;
    const throttled = throttle(request);
    if (throttled !== undefined) return throttled;
    const text = !TICKER_PATTERN.test(ticker) || isUnknown(ticker) ? NO_DATA : undefined;
    const odd = text === undefined && misshapen(ticker);
    return {
      status: 200,
      cacheKey: text === undefined ? `statement:${ticker}:${code}:${odd}` : undefined,
      pieces: () => [{text: text ?? statementAnswer(ticker, code, odd), shared: false}],
      headers: {'content-type': 'application/json; charset=utf-8'},
    };
  };

  const sitemapShape = options.sitemapShape ?? 'urlset';
  const sitemapRoute: Route = ({request, url}) => {
    const query = `t=${url.searchParams.get('t') ?? ''}&p=${url.searchParams.get('p') ?? ''}`;
    // Addresses on this server, as a site names its own pages.
    const origin = `http://${request.headers.host ?? '127.0.0.1'}`;
    const text = sitemapAnswer(url.search === '' ? '' : query, universeTickers(universeSize), origin, sitemapShape);
    if (text === undefined) return PAGE_NOT_FOUND;
    return {
      status: 200,
      cacheKey: `sitemap:${sitemapShape}:${universeSize}:${origin}:${url.search}`,
      pieces: () => [{text, shared: false}],
      headers: {'content-type': 'application/xml; charset=utf-8'},
    };
  };

  const routes = new Map<string, Route>([
    // Finviz's paths since June 2026, and the older ones it still answers.
    ['/stock', quoteRoute],
    ['/quote.ashx', quoteRoute],
    ['/screener', screenerRoute],
    ['/screener.ashx', screenerRoute],
    ['/api/statement.ashx', statementRoute],
    ['/sitemap.xml', sitemapRoute],
  ]);

  function route(request: IncomingMessage): PageReply {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const handler = routes.get(url.pathname);
    if (handler === undefined) return PAGE_NOT_FOUND;
    if (request.method !== 'GET' && request.method !== 'HEAD') return METHOD_NOT_ALLOWED;
    return handler({request, url});
  }

  function bodyFor(reply: PageReply, encoding: ContentEncoding): Body {
    const key = reply.cacheKey === undefined ? undefined : `${encoding}:${reply.cacheKey}`;
    const cached = key === undefined ? undefined : cache.get(key);
    if (cached !== undefined) return cached;
    const body = encodeBody(reply.pieces(), encoding);
    if (key !== undefined) cache.set(key, body);
    return body;
  }

  function send(request: IncomingMessage, response: ServerResponse, reply: PageReply): void {
    const body = bodyFor(reply, negotiateEncoding(request.headers['accept-encoding'], offered));
    response.writeHead(reply.status, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': String(body.length),
      vary: 'Accept-Encoding',
      ...(body.encoding === 'identity' ? {} : {'content-encoding': body.encoding}),
      ...reply.headers,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    response.cork();
    for (const chunk of body.chunks) response.write(chunk);
    response.end();
  }

  function fail(response: ServerResponse, error: unknown): void {
    if (response.headersSent) {
      response.destroy(error instanceof Error ? error : undefined);
      return;
    }
    response.writeHead(500, {'content-type': 'text/plain; charset=utf-8'});
    response.end(`Internal stand-in error: ${String(error)}\n`);
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    stats.requests++;
    const client = request.socket.remoteAddress ?? '';
    stats.byClient.set(client, (stats.byClient.get(client) ?? 0) + 1);
    stats.inFlight++;
    stats.peakInFlight = Math.max(stats.peakInFlight, stats.inFlight);
    response.once('close', () => {
      stats.inFlight--;
    });
    request.resume();

    // Route on arrival, so that stats count the request at once; the answer waits for the latency.
    let reply: PageReply;
    try {
      reply = route(request);
    } catch (error) {
      fail(response, error);
      return;
    }
    const respond = (): void => {
      try {
        send(request, response, reply);
      } catch (error) {
        fail(response, error);
      }
    };
    const delay = reply.latencyMs ?? latencyMs;
    if (delay <= 0) {
      respond();
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      respond();
    }, delay);
    timers.add(timer);
    response.once('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  }

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const {port} = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  return {
    origin: `http://127.0.0.1:${port}`,
    stats,
    warm(tickers, encodings = ['identity', ...offered]) {
      for (const ticker of tickers) {
        const upper = ticker.toUpperCase();
        if (!TICKER_PATTERN.test(upper))
          throw new TypeError(`Expected a ticker like \`AAPL\` or \`BRK-B\`, got \`${ticker}\` (${typeof ticker})`);
        const reply = quoteReply(upper);
        for (const encoding of encodings) bodyFor(reply, encoding);
      }
    },
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.closeIdleConnections();
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
