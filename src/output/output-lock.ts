import {constants} from 'node:fs';
import {link, lstat, open, readFile, unlink} from 'node:fs/promises';
import {UsageError} from '../errors.js';
import {cannotWrite} from './output-target.js';

/** Held by the one run writing an output file; released when it ends. */
export interface OutputLock {
  /** FILE.lock */
  readonly path: string;
  release(): Promise<void>;
}

/** Create only, never through a symbolic link, never an existing file. */
export const CREATE_EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/**
 * Takes FILE.lock, a file holding this process's id. It appears whole, id
 * included (written under a name of this process's own, then hard-linked into
 * place, which fails if the name exists), so no other run ever reads it empty.
 * A lock whose process is gone (a crash, kill -9) is stale and taken over; one
 * whose process lives refuses this run with a usage error: two runs must not
 * write the same output. Throws as cannotWrite says when it cannot be made.
 */
export async function lockOutput(path: string, named = path): Promise<OutputLock> {
  const lockPath = `${path}.lock`;
  const mine = `${lockPath}.${process.pid}`;
  await unlink(mine).catch(() => undefined); // only a run with this process id, now dead, can have left it
  try {
    const handle = await open(mine, CREATE_EXCLUSIVE, 0o644);
    try {
      await handle.writeFile(`${process.pid}\n`);
    } finally {
      await handle.close();
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await link(mine, lockPath);
        return {path: lockPath, release: () => unlink(lockPath).catch(() => undefined)};
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await lockHolder(lockPath);
      if (holder !== undefined || attempt === 2) {
        const who = holder === undefined ? 'another screener run' : `another screener run (pid ${holder})`;
        throw new UsageError(`${named}: ${who} is writing it; wait for it to end (if none is running, delete ${lockPath})`);
      }
      // Stale: unlink removes the entry itself, never what a symbolic link there points to.
      await unlink(lockPath).catch(() => undefined);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw cannotWrite(named, error);
  } finally {
    await unlink(mine).catch(() => undefined);
  }
}

/** The id of the live process that holds the lock; undefined when the lock is stale (or not a lock we made). */
async function lockHolder(lockPath: string): Promise<number | undefined> {
  let pid: number;
  try {
    if (!(await lstat(lockPath)).isFile()) return undefined;
    pid = Number((await readFile(lockPath, 'utf8')).trim());
  } catch {
    return undefined;
  }
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  return processExists(pid) ? pid : undefined;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // it does, under another user
  }
}
