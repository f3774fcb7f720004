import {promisify} from 'node:util';
import zlib from 'node:zlib';
import {NetworkError, ResponseTooLargeError, UnsupportedEncodingError, type ScrapeError} from '../errors.js';

type Options = zlib.ZlibOptions & zlib.BrotliOptions;

const asyncDecoders: Record<string, (input: Buffer, options: Options) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

const syncDecoders: Record<string, (input: Buffer, options: Options) => Buffer> = {
  gzip: zlib.gunzipSync,
  'x-gzip': zlib.gunzipSync,
  deflate: zlib.inflateSync,
  br: zlib.brotliDecompressSync,
};

/** Whether the body needs decoding at all. */
export function isEncoded(contentEncoding: string | undefined): boolean {
  const encoding = (contentEncoding ?? '').trim().toLowerCase();
  return encoding !== '' && encoding !== 'identity';
}

/**
 * Undoes Content-Encoding, on libuv's thread pool. maxOutputLength makes zlib
 * refuse a body that inflates past `maxBytes`, so a small compressed bomb
 * cannot exhaust memory.
 */
export async function decodeBody(raw: Buffer, contentEncoding: string | undefined, maxBytes: number): Promise<Buffer> {
  if (!isEncoded(contentEncoding)) return raw;
  return decoderFor(asyncDecoders, contentEncoding)(raw, {maxOutputLength: maxBytes});
}

/** The same, synchronously: for a worker thread, whose only job is this page. */
export function decodeBodySync(raw: Uint8Array, contentEncoding: string | undefined, maxBytes: number): Buffer {
  const bytes = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (!isEncoded(contentEncoding)) return bytes;
  return decoderFor(syncDecoders, contentEncoding)(bytes, {maxOutputLength: maxBytes});
}

function decoderFor<T>(decoders: Record<string, T>, contentEncoding: string | undefined): T {
  const encoding = (contentEncoding ?? '').trim().toLowerCase();
  const decode = decoders[encoding];
  if (decode === undefined) throw new UnsupportedEncodingError(`unsupported content-encoding ${JSON.stringify(encoding)}`);
  return decode;
}

/** What a failed decompression means: a body over the cap, or a corrupt one (worth another try). */
export function decodeError(error: unknown, maxBytes: number): ScrapeError {
  if (error instanceof UnsupportedEncodingError) return error;
  if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
    return new ResponseTooLargeError(`response larger than ${maxBytes} bytes after decompression`);
  }
  return new NetworkError(`bad compressed body: ${(error as Error).message}`, {cause: error});
}
