import {access} from 'node:fs/promises';
import {UsageError} from '../errors.js';
import type {Selection} from '../output/field-selection.js';
import {lockOutput, type OutputLock} from '../output/output-lock.js';
import type {OutputRow} from '../output/output-rows.js';
import {replaceFile} from '../output/replace-file.js';
import {writeFormatted, type OutputFormat} from '../output/write-rows.js';
import {readPreviousOutput} from './previous-output.js';
import {RowJournal} from './row-journal.js';

export interface OutputJobOptions {
  /** Carry on from the earlier runs' rows (FILE.journal, else FILE) rather than start over. */
  readonly resume: boolean;
  /** With resume, keep failed rows too instead of fetching them again. */
  readonly keepFailed: boolean;
  readonly format: OutputFormat;
  readonly selection: Selection;
}

/**
 * A run writing -o FILE: it holds FILE.lock, appends every finished row to
 * FILE.journal, and writes FILE from the journal, whole, in input order.
 */
export class OutputJob {
  /** FILE, its real path. */
  readonly path: string;
  readonly journal: RowJournal;
  /** True when a fresh run replaced the journal of an unfinished one. */
  readonly discardedJournal: boolean;
  readonly #lock: OutputLock;
  readonly #options: OutputJobOptions;

  private constructor(path: string, journal: RowJournal, discardedJournal: boolean, lock: OutputLock, options: OutputJobOptions) {
    this.path = path;
    this.journal = journal;
    this.discardedJournal = discardedJournal;
    this.#lock = lock;
    this.#options = options;
  }

  /**
   * Locks FILE and opens its journal: a fresh one, or with --resume one that
   * carries every row of the earlier runs, read from FILE.journal if a run
   * left one, else from FILE. Usage error (exit 2) when another run holds
   * the lock or the earlier rows have other columns; OutputError (exit 6)
   * when the journal cannot be written.
   */
  static async start(path: string, named: string, options: OutputJobOptions): Promise<OutputJob> {
    const lock = await lockOutput(path, named);
    try {
      const journalPath = `${path}.journal`;
      // The journal names its columns as the header does (--header), so a resume in the other naming is refused.
      const columns = options.selection.headers;
      if (!options.resume) {
        const discarded = await access(journalPath).then(
          () => true,
          () => false,
        );
        return new OutputJob(path, await RowJournal.create(journalPath, columns), discarded, lock, options);
      }
      const earlier = await RowJournal.read(journalPath);
      if (earlier === undefined) {
        const rows = await readPreviousOutput(path, options.format, options.selection);
        return new OutputJob(path, await RowJournal.create(journalPath, columns, rows), false, lock, options);
      }
      try {
        const hasRows = !earlier.tickers().next().done;
        if (hasRows && earlier.columns.join('\u0000') !== columns.join('\u0000')) {
          throw new UsageError(
            `${journalPath}: its columns differ from this run's; resume with the same --fields, --raw, --header and --scraped-at as the first run`,
          );
        }
        return new OutputJob(path, await RowJournal.create(journalPath, columns, earlier.entries()), false, lock, options);
      } finally {
        await earlier.close();
      }
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** Whether the earlier runs' row for the ticker stands, so it is not fetched again. */
  keeps(ticker: string): boolean {
    const failed = this.journal.failed(ticker);
    return failed === false || (failed === true && this.#options.keepFailed);
  }

  /** Tickers of the list with a row, and how many of those rows failed. */
  rowsFor(tickers: readonly string[]): {readonly done: number; readonly failed: number} {
    let done = 0;
    let failed = 0;
    for (const ticker of tickers) {
      const rowFailed = this.journal.failed(ticker);
      if (rowFailed !== undefined) done++;
      if (rowFailed === true) failed++;
    }
    return {done, failed};
  }

  /**
   * Writes FILE from the journal: every ticker of the list that has a row, in
   * list order. FILE is replaced whole or not at all; throws OutputError.
   */
  async writeFile(tickers: readonly string[]): Promise<void> {
    const {journal} = this;
    async function* rows(): AsyncGenerator<OutputRow> {
      for (const ticker of tickers) {
        yield* (await journal.rowsOf(ticker)) ?? [];
      }
    }
    await replaceFile(this.path, (out) => writeFormatted(rows(), this.#options.selection, out, {format: this.#options.format}));
  }

  /** FILE is written: the journal and the lock go. */
  async finish(): Promise<void> {
    await this.journal.remove();
    await this.#lock.release();
  }

  /** The run ends without writing FILE: the journal stays for --resume; the lock goes. */
  async leave(): Promise<void> {
    await this.journal.close().catch(() => undefined);
    await this.#lock.release();
  }
}
