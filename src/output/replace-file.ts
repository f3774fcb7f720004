import {constants} from 'node:fs';
import {open, rename, stat, unlink} from 'node:fs/promises';
import {dirname} from 'node:path';
import type {Writable} from 'node:stream';
import {OutputError} from '../errors.js';
import {systemErrorText} from '../system-error.js';
import {CREATE_EXCLUSIVE} from './output-lock.js';

/** The name a file is written under before it replaces FILE. */
export function partialPathOf(path: string): string {
  return `${path}.partial`;
}

/**
 * Writes FILE whole or not at all: `write` fills FILE.partial (created
 * exclusively, never through a symbolic link; a leftover of a crashed run is
 * removed first, which the caller's lock makes safe), which is then flushed
 * to disk and renamed over FILE, keeping FILE's permissions. Any failure
 * removes FILE.partial and leaves FILE as it was; a failed write, sync or
 * rename throws OutputError.
 */
export async function replaceFile(path: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const partial = partialPathOf(path);
  await unlink(partial).catch(() => undefined);
  // An existing FILE keeps its permissions; a new one gets the umask's.
  const mode = await stat(path).then(
    (info) => info.mode & 0o7777,
    () => undefined,
  );
  let handle;
  try {
    handle = await open(partial, CREATE_EXCLUSIVE, mode ?? 0o666);
  } catch (error) {
    throw new OutputError(`cannot write ${partial}: ${systemErrorText(error)}`, {cause: error});
  }
  try {
    if (mode !== undefined) await handle.chmod(mode); // the umask may have narrowed it
    // The stream syncs the file to disk, then closes it, before `write` resolves.
    await write(handle.createWriteStream({flush: true}));
    await rename(partial, path);
    await syncFolder(path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(partial).catch(() => undefined);
    // A failed system call is the file's; anything else (a bug, an abort) goes up as it is.
    if ((error as NodeJS.ErrnoException).syscall === undefined) throw error;
    throw new OutputError(`cannot write ${partial}: ${systemErrorText(error)}`, {cause: error});
  }
}

/** Makes a rename in the folder of `path` survive a power loss. */
export async function syncFolder(path: string): Promise<void> {
  const folder = await open(dirname(path), constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}
