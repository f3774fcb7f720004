import {constants} from 'node:fs';
import {open, rename, unlink, type FileHandle} from 'node:fs/promises';
import {OutputError, UsageError} from '../errors.js';
import type {OutputRow} from '../output/output-rows.js';
import {syncFolder} from '../output/replace-file.js';
import {systemErrorText} from '../system-error.js';

/** One ticker's rows as the journal keeps them: one for the snapshot, any number (none too) for a table such as news. */
export interface TickerRows {
  readonly ticker: string;
  /** The ticker failed and its one row holds the error: --resume fetches it again unless --keep-failed. */
  readonly failed: boolean;
  readonly rows: readonly OutputRow[];
}

/** Where a ticker's latest row is in the file. */
interface Entry {
  readonly offset: number;
  readonly length: number;
  readonly failed: boolean;
}

/** Completed rows reach the kernel at once (a kill -9 cannot lose them); the disk, at most this long after. */
const SYNC_INTERVAL_MS = 1000;
const HEADER = {journal: 'screener', version: 2};
/** Journals of screener 0.1 hold one row a ticker, under `values` and `extra`. */
const VERSION_ONE_ROW = 1;
/** Seed rows are written in batches of about this many bytes. */
const BATCH_BYTES = 256 * 1024;

/**
 * FILE.journal: the rows of a run writing -o FILE, appended as each ticker
 * completes, in any order, one JSON object a line (a ticker's rows together)
 * after a header line that names the columns. A line is self-contained (its
 * ticker, whether it failed, each row's values and unknown labels), so the
 * journal keeps every finished ticker through a crash, and FILE is assembled
 * from it in input order, in any format, when the run ends. A later line for
 * a ticker replaces an earlier one; a line cut short by a crash is skipped.
 *
 * A journal is never written in place once it exists: a new one (fresh, or
 * carrying an earlier journal's rows for --resume) is written under
 * FILE.journal.new and renamed over FILE.journal, so a crash at any moment
 * leaves one whole journal, the old or the new.
 */
export class RowJournal {
  readonly path: string;
  readonly #header: JournalHeader;
  readonly #handle: FileHandle;
  readonly #entries: Map<string, Entry>;
  #size: number;
  /** Writes and syncs, one after another. */
  #queue: Promise<void> = Promise.resolve();
  #failure: OutputError | undefined;
  #unsynced = false;
  #timer: NodeJS.Timeout | undefined;

  private constructor(
    path: string,
    header: JournalHeader,
    handle: FileHandle,
    entries: Map<string, Entry>,
    size: number,
    writable: boolean,
  ) {
    this.path = path;
    this.#header = header;
    this.#handle = handle;
    this.#entries = entries;
    this.#size = size;
    if (writable) {
      this.#timer = setInterval(() => this.#sync(), SYNC_INTERVAL_MS);
      this.#timer.unref();
    }
  }

  /**
   * Starts FILE.journal over with `seed`, the rows of earlier runs (none for a
   * fresh run), replacing any journal there; returns it open for appending.
   */
  static async create(
    path: string,
    columns: readonly string[],
    seed: AsyncIterable<TickerRows> | Iterable<TickerRows> = [],
  ): Promise<RowJournal> {
    const fresh = `${path}.new`;
    await unlink(fresh).catch(() => undefined); // a leftover of a crash; the caller holds the lock
    let handle: FileHandle;
    try {
      handle = await open(fresh, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o666);
    } catch (error) {
      throw new OutputError(`cannot write ${fresh}: ${systemErrorText(error)}`, {cause: error});
    }
    const entries = new Map<string, Entry>();
    let size = 0;
    try {
      let batch: Buffer[] = [Buffer.from(`${JSON.stringify({...HEADER, columns})}\n`)];
      let batchBytes = batch[0]!.length;
      const flush = async () => {
        const bytes = Buffer.concat(batch);
        await writeAll(handle, bytes, size);
        size += bytes.length;
        batch = [];
        batchBytes = 0;
      };
      for await (const row of seed) {
        const line = recordLine(row);
        entries.set(row.ticker, {offset: size + batchBytes, length: line.length - 1, failed: row.failed});
        batch.push(line);
        batchBytes += line.length;
        if (batchBytes >= BATCH_BYTES) await flush();
      }
      await flush();
      await handle.datasync();
      await rename(fresh, path);
      await syncFolder(path);
    } catch (error) {
      await handle.close().catch(() => undefined);
      await unlink(fresh).catch(() => undefined);
      throw new OutputError(`cannot write ${fresh}: ${systemErrorText(error)}`, {cause: error});
    }
    return new RowJournal(path, {columns, version: HEADER.version}, handle, entries, size, true);
  }

  /**
   * Opens an existing FILE.journal to read; undefined when there is none.
   * An empty journal, or one with only its header, holds no rows: nothing was done yet.
   */
  static async read(path: string): Promise<RowJournal | undefined> {
    let handle: FileHandle;
    try {
      handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new UsageError(`${path}: cannot read: ${systemErrorText(error)}`, {cause: error});
    }
    try {
      let header: JournalHeader | undefined;
      const entries = new Map<string, Entry>();
      for await (const {offset, length, text} of lines(handle)) {
        if (header === undefined) {
          header = headerOf(text);
          if (header === undefined)
            throw new UsageError(`${path}: not a journal screener wrote; cannot resume from it (delete it to start over)`);
          continue;
        }
        const record = parseRecord(text, header);
        if (record !== undefined) entries.set(record.ticker, {offset, length, failed: record.failed});
      }
      return new RowJournal(path, header ?? {columns: [], version: HEADER.version}, handle, entries, 0, false);
    } catch (error) {
      await handle.close();
      if (error instanceof UsageError) throw error;
      throw new UsageError(`${path}: cannot read: ${systemErrorText(error)}`, {cause: error});
    }
  }

  /** The columns every row has. */
  get columns(): readonly string[] {
    return this.#header.columns;
  }

  /** Tickers with rows, each once, in the order their first row came. */
  tickers(): IterableIterator<string> {
    return this.#entries.keys();
  }

  /** Whether the ticker failed, as its latest line says; undefined when it has none. */
  failed(ticker: string): boolean | undefined {
    return this.#entries.get(ticker)?.failed;
  }

  /** The ticker's latest rows, read back from the file; undefined when it has none. */
  async rowsOf(ticker: string): Promise<readonly OutputRow[] | undefined> {
    const entry = this.#entries.get(ticker);
    if (entry === undefined) return undefined;
    const bytes = Buffer.alloc(entry.length);
    await this.#queue; // rows still being written
    const {bytesRead} = await this.#handle.read(bytes, 0, entry.length, entry.offset);
    return parseRecord(bytes.toString('utf8', 0, bytesRead), this.#header)?.rows;
  }

  /** Every ticker's latest rows. */
  async *entries(): AsyncGenerator<TickerRows> {
    for (const [ticker, {failed}] of this.#entries) {
      const rows = await this.rowsOf(ticker);
      if (rows !== undefined) yield {ticker, failed, rows};
    }
  }

  /**
   * Appends a finished ticker's rows. They reach the kernel before the
   * promise resolves, and the disk within about a second. Rejects with
   * OutputError when they cannot be written, and so does every append after.
   */
  append(entry: TickerRows): Promise<void> {
    const line = recordLine(entry);
    return this.#enqueue(async () => {
      await writeAll(this.#handle, line, this.#size);
      this.#entries.set(entry.ticker, {offset: this.#size, length: line.length - 1, failed: entry.failed});
      this.#size += line.length;
      this.#unsynced = true;
    });
  }

  /** Flushes what is written to disk and closes the file. */
  async close(): Promise<void> {
    clearInterval(this.#timer);
    if (this.#timer !== undefined) {
      this.#timer = undefined;
      this.#sync();
    }
    await this.#queue.catch(() => undefined);
    await this.#handle.close().catch(() => undefined);
    if (this.#failure !== undefined) throw this.#failure;
  }

  /** Closes and deletes the journal: its rows are in FILE now. */
  async remove(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#queue.catch(() => undefined);
    await this.#handle.close().catch(() => undefined);
    await unlink(this.path).catch(() => undefined);
  }

  #sync(): void {
    if (!this.#unsynced) return;
    this.#unsynced = false;
    void this.#enqueue(() => this.#handle.datasync()).catch(() => undefined);
  }

  #enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(async () => {
      if (this.#failure !== undefined) throw this.#failure;
      try {
        await work();
      } catch (error) {
        this.#failure = new OutputError(`cannot write ${this.path}: ${systemErrorText(error)}`, {cause: error});
        throw this.#failure;
      }
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

function recordLine({ticker, failed, rows}: TickerRows): Buffer {
  return Buffer.from(`${JSON.stringify({ticker, failed, rows: rows.map(({values, extra}) => ({values, extra}))})}\n`);
}

interface JournalHeader {
  readonly columns: readonly string[];
  readonly version: number;
}

/** What a header line says; undefined when the line is not a journal's header. */
function headerOf(text: string): JournalHeader | undefined {
  try {
    const header = JSON.parse(text) as {journal?: unknown; version?: unknown; columns?: unknown};
    const {version, columns} = header;
    if (header.journal !== HEADER.journal || (version !== HEADER.version && version !== VERSION_ONE_ROW)) return undefined;
    return Array.isArray(columns) && columns.every((name) => typeof name === 'string') ? {columns, version} : undefined;
  } catch {
    return undefined;
  }
}

/** A ticker's line read back; undefined for a line a crash cut short (or otherwise unreadable), whose ticker is then fetched again. */
function parseRecord(text: string, {columns, version}: JournalHeader): TickerRows | undefined {
  try {
    const record = JSON.parse(text) as {ticker?: unknown; failed?: unknown; rows?: unknown};
    const {ticker, failed} = record;
    if (typeof ticker !== 'string' || typeof failed !== 'boolean') return undefined;
    const shown = version === VERSION_ONE_ROW ? [record] : record.rows;
    if (!Array.isArray(shown)) return undefined;
    const rows: OutputRow[] = [];
    for (const item of shown as unknown[]) {
      const row = rowOf(item, columns.length);
      if (row === undefined) return undefined;
      rows.push(row);
    }
    return {ticker, failed, rows};
  } catch {
    return undefined;
  }
}

function rowOf(item: unknown, width: number): OutputRow | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const {values, extra} = item as {values?: unknown; extra?: unknown};
  if (!Array.isArray(values) || values.length !== width) return undefined;
  if (!values.every((value) => value === null || typeof value === 'string')) return undefined;
  if (typeof extra !== 'object' || extra === null) return undefined;
  return {values: values as (string | null)[], extra: extra as Record<string, string>};
}

/** The file's complete lines (up to a newline), with the byte offset and length of each. */
async function* lines(handle: FileHandle): AsyncGenerator<{offset: number; length: number; text: string}> {
  const chunk = Buffer.alloc(1024 * 1024);
  let carry = Buffer.alloc(0);
  let carryOffset = 0;
  for (let position = 0; ;) {
    const {bytesRead} = await handle.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) return; // what is left in `carry` has no newline: cut short by a crash
    position += bytesRead;
    const data = Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
    let start = 0;
    for (let end = data.indexOf(0x0a); end !== -1; end = data.indexOf(0x0a, start)) {
      yield {offset: carryOffset + start, length: end - start, text: data.toString('utf8', start, end)};
      start = end + 1;
    }
    carryOffset += start;
    carry = Buffer.from(data.subarray(start));
  }
}

async function writeAll(handle: FileHandle, bytes: Buffer, position: number): Promise<void> {
  for (let done = 0; done < bytes.length;) {
    const {bytesWritten} = await handle.write(bytes, done, bytes.length - done, position + done);
    done += bytesWritten;
  }
}
