import {lstat, realpath, stat} from 'node:fs/promises';
import {basename, dirname, join, resolve} from 'node:path';
import {OutputError, UsageError} from '../errors.js';
import {systemErrorText} from '../system-error.js';

/** Where the rows go, as `-o` names it. */
export type OutputTarget =
  | {readonly kind: 'stdout'}
  /**
   * A device, a FIFO, a socket, or anything under /dev or /proc: opened and
   * written in order, like stdout; never replaced, nothing created beside it.
   */
  | {readonly kind: 'through'; readonly path: string}
  /**
   * A regular file, or a new one: written beside it and moved into place when
   * the run ends. `path` is its real path (symbolic links resolved, so a link
   * stays a link and what it points to is replaced); `named` is what -o said.
   */
  | {readonly kind: 'file'; readonly path: string; readonly named: string; readonly existed: boolean};

/** Paths that name fd 1 itself: written through stdout, whatever fd 1 is (a socket cannot be opened by name). */
const STDOUT_NAMES = new Set(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/**
 * Decides what `-o PATH` means, before any request: a usage error for an
 * empty path, a folder, a symbolic link to nothing or a folder that does not
 * exist (see cannotWrite for the others). Nothing is created or written here.
 */
export async function outputTarget(named: string | undefined): Promise<OutputTarget> {
  if (named === undefined) return {kind: 'stdout'};
  if (named === '') throw new UsageError('-o: the path is empty; name the file to write');
  const absolute = resolve(named);
  if (STDOUT_NAMES.has(absolute)) return {kind: 'stdout'};
  if (named.endsWith('/')) throw new UsageError(`${named}: is a folder; -o names a file`);
  if (/^\/(dev|proc)\//.test(absolute)) return {kind: 'through', path: absolute};
  const link = await lstat(absolute).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw cannotWrite(named, error);
  });
  if (link === undefined) return {kind: 'file', path: join(await realFolderOf(named, absolute), basename(absolute)), named, existed: false};
  const info = link.isSymbolicLink()
    ? await stat(absolute).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          throw new UsageError(`${named}: a symbolic link to a file that does not exist; name the file itself`);
        throw cannotWrite(named, error);
      })
    : link;
  if (info.isDirectory()) throw new UsageError(`${named}: is a folder; -o names a file`);
  if (!info.isFile()) return {kind: 'through', path: absolute};
  const real = link.isSymbolicLink()
    ? await realpath(absolute).catch((error: unknown) => Promise.reject(cannotWrite(named, error)))
    : join(await realFolderOf(named, absolute), basename(absolute));
  return {kind: 'file', path: real, named, existed: true};
}

/** The folder the file goes in, symbolic links resolved: the rename at the end must stay inside it. */
async function realFolderOf(named: string, absolute: string): Promise<string> {
  const folder = dirname(absolute);
  try {
    const real = await realpath(folder);
    if (!(await stat(real)).isDirectory()) throw new UsageError(`${named}: ${folder} is not a folder`);
    return real;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UsageError(`${named}: cannot write: the folder ${folder} does not exist`);
    throw cannotWrite(named, error);
  }
}

/** Codes that say the path itself is wrong, rather than the place it names unwritable. */
const PATH_MISTAKES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ELOOP', 'ENAMETOOLONG']);

/**
 * Why -o cannot be opened or created, as the error to end the run with: a
 * usage error (exit 2) when the path is wrong, else an OutputError (exit 6):
 * permission denied, a read-only or full file system.
 */
export function cannotWrite(named: string, error: unknown): UsageError | OutputError {
  const message = `${named}: cannot write: ${systemErrorText(error)}`;
  return PATH_MISTAKES.has((error as NodeJS.ErrnoException).code ?? '')
    ? new UsageError(message, {cause: error})
    : new OutputError(message, {cause: error});
}
