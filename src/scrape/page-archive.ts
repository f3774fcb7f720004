import {constants} from 'node:fs';
import {open} from 'node:fs/promises';
import {join} from 'node:path';
import type {PageRequest} from '../worker/page-request.js';

/** What each kind of answer is, for its file's name. */
const EXTENSIONS: Readonly<Record<PageRequest['kind'], string>> = {quote: 'html', screener: 'html', statement: 'json', sitemap: 'xml'};

/** Longest file name written (most file systems allow 255 bytes). */
const MAX_NAME = 200;

/**
 * --save-pages DIR: keeps the bytes of every page that was not recognised or was short, for a
 * bug report: `AAPL.html`, then `AAPL-2.html` for the next attempt; a screener page is named by
 * its query. A file that cannot be written is reported once (through `warn`) and the run goes on.
 */
export class PageArchive {
  readonly #dir: string;
  readonly #warn: (line: string) => void;
  readonly #attempts = new Map<string, number>();
  #warned = false;

  constructor(dir: string, warn: (line: string) => void) {
    this.#dir = dir;
    this.#warn = warn;
  }

  async save(request: PageRequest, bytes: Uint8Array): Promise<void> {
    const base = pageFileBase(request);
    const attempt = (this.#attempts.get(base) ?? 0) + 1;
    this.#attempts.set(base, attempt);
    const path = join(this.#dir, `${base}${attempt === 1 ? '' : `-${attempt}`}.${EXTENSIONS[request.kind]}`);
    try {
      // Never through a symbolic link someone left in the folder.
      const file = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
      try {
        await file.writeFile(bytes);
      } finally {
        await file.close();
      }
    } catch (error) {
      if (this.#warned) return;
      this.#warned = true;
      this.#warn(`screener: warning: --save-pages: cannot write ${path}: ${(error as Error).message}`);
    }
  }
}

/** The ticker (`AAPL`; with its statement, `AAPL_IA`), or the kind (`screener_`, `sitemap_`) and the query, every character but letters, digits and `=,._-` as `_`. */
export function pageFileBase(request: PageRequest): string {
  const name =
    request.kind === 'quote'
      ? request.ticker
      : request.kind === 'statement'
        ? `${request.ticker}_${request.code}`
        : `screener_${request.query}`;
  return name
    .replace(/[^A-Za-z0-9=,._-]/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, MAX_NAME);
}
