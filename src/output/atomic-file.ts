import {type WriteStream} from 'node:fs';
import {open, rename, rm} from 'node:fs/promises';
import {basename, dirname, join} from 'node:path';

/**
 * A file written beside its destination under a temporary name and renamed
 * into place by commit(), so an existing file is never replaced by half a run.
 */
export interface AtomicFile {
  readonly stream: WriteStream;
  /** Moves the finished file into place. */
  commit(): Promise<void>;
  /** Removes the temporary file. */
  discard(): Promise<void>;
}

/** Creates the temporary file at once, so an unwritable destination fails before any work. */
export async function createAtomicFile(path: string): Promise<AtomicFile> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const handle = await open(temporary, 'wx');
  const stream = handle.createWriteStream();
  return {
    stream,
    commit: () => rename(temporary, path),
    discard: () => rm(temporary, {force: true}),
  };
}
