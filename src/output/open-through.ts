import {constants, type WriteStream} from 'node:fs';
import {open} from 'node:fs/promises';
import {cannotWrite} from './output-target.js';

/**
 * Opens a device, a FIFO or an fd alias (/dev/stderr, /dev/fd/3) to write
 * through it: appending, never creating, truncating or replacing anything.
 */
export async function openThrough(path: string): Promise<WriteStream> {
  try {
    const handle = await open(path, constants.O_WRONLY | constants.O_APPEND | constants.O_NOCTTY);
    return handle.createWriteStream();
  } catch (error) {
    throw cannotWrite(path, error);
  }
}
