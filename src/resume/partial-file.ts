import {type WriteStream} from 'node:fs';
import {access, open, rename} from 'node:fs/promises';

/**
 * The output of a run with -o FILE, written row by row to FILE.partial beside
 * it and renamed to FILE when the run ends. FILE is never replaced by half a
 * run, and after a crash FILE.partial holds every row written so far, for
 * --resume to pick up.
 */
export interface PartialFile {
  readonly path: string;
  readonly partialPath: string;
  readonly stream: WriteStream;
  /** Flushes and closes the stream. */
  close(): Promise<void>;
  /** Moves the partial file into place as FILE. */
  commit(): Promise<void>;
}

/** The name of the file a run writes to before it becomes `path`. */
export function partialPathOf(path: string): string {
  return `${path}.partial`;
}

/** Creates (or empties) FILE.partial at once, so an unwritable destination fails before any request. */
export async function openPartialFile(path: string): Promise<PartialFile> {
  const partialPath = partialPathOf(path);
  const handle = await open(partialPath, 'w');
  const stream = handle.createWriteStream();
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= stream.closed
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          stream.once('error', reject);
          stream.end(() => resolve());
        }));
  return {
    path,
    partialPath,
    stream,
    close,
    async commit() {
      await close();
      await rename(partialPath, path);
    },
  };
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
