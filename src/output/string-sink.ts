import {Writable} from 'node:stream';

/** A stream that collects what is written to it, as text, in memory. */
export class StringSink extends Writable {
  text = '';

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString('utf8');
    callback();
  }
}
