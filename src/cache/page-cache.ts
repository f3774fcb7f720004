import {createHash, randomBytes} from 'node:crypto';
import {readdir, readFile, rename, stat, unlink, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {decodeEntry, encodeEntry, type CacheEntry} from './cache-entry.js';

/** A temporary file older than this was left by a run that died (a write takes milliseconds). */
const STALE_TEMPORARY_MS = 60 * 60_000;
const TEMPORARY = /\.tmp$/;

/**
 * The page cache (--cache DIR): one file a page, named by the SHA-256 of the address asked for.
 * Each file is written whole under a temporary name in the same folder and renamed into place,
 * so a reader, another run included, sees the old file or the new one, never part of one, and a
 * run killed at any moment leaves only whole entries (and, at worst, a temporary file, removed
 * by a later run). Files are not synced: after a power loss an entry may be damaged, and a
 * damaged entry does not decode (./cache-entry.ts), so it is fetched again, never misread.
 */
export class PageCache {
  readonly dir: string;
  readonly #warn: (line: string) => void;
  #warned = false;

  constructor(dir: string, warn: (line: string) => void) {
    this.dir = dir;
    this.#warn = warn;
  }

  /** The entry for `url`, whatever its age; undefined if there is none, or none that reads whole. */
  async read(url: string): Promise<CacheEntry | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.#fileOf(url));
    } catch {
      return undefined; // none, or one that cannot be read: the page is fetched
    }
    return decodeEntry(bytes, url);
  }

  /** Keeps `entry`, replacing any older one; a failure is told once a run, and the run goes on. */
  async write(entry: CacheEntry): Promise<boolean> {
    const file = this.#fileOf(entry.url);
    const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, encodeEntry(entry), {flag: 'wx'});
      await rename(temporary, file);
      return true;
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      if (!this.#warned) {
        this.#warned = true;
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        this.#warn(`screener: warning: cannot write to the cache ${this.dir} (${code}); pages are not kept (said once)`);
      }
      return false;
    }
  }

  #fileOf(url: string): string {
    return join(this.dir, `${createHash('sha256').update(url).digest('hex')}.page`);
  }
}

/** Removes the temporary files that runs killed mid-write left in the cache folder. */
export async function sweepTemporaryFiles(dir: string, now = Date.now()): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names.filter((name) => TEMPORARY.test(name))) {
    const file = join(dir, name);
    try {
      if (now - (await stat(file)).mtimeMs > STALE_TEMPORARY_MS) await unlink(file);
    } catch {
      // gone already: another run swept it, or renamed it into place
    }
  }
}
