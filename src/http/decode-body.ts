import {promisify} from 'node:util';
import zlib from 'node:zlib';

const decoders: Record<string, (input: Buffer, options: zlib.ZlibOptions & zlib.BrotliOptions) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

/**
 * Undoes Content-Encoding. maxOutputLength makes zlib refuse a body that inflates
 * past `maxBytes`, so a small compressed bomb cannot exhaust memory.
 */
export async function decodeBody(raw: Buffer, contentEncoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const encoding = (contentEncoding ?? 'identity').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return raw;
  const decode = decoders[encoding];
  if (decode === undefined) throw new Error(`unsupported content-encoding ${JSON.stringify(encoding)}`);
  return decode(raw, {maxOutputLength: maxBytes});
}
