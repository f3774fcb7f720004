import type {Selection} from '../output/field-selection.js';
import type {OutputFormat} from '../output/write-rows.js';
import {OutputJob} from './output-job.js';

/** One file of a run: where it goes (its real path, and as -o named it) and its columns. */
export interface JobFile {
  readonly path: string;
  readonly named: string;
  readonly selection: Selection;
}

/**
 * The files one run writes from the same pages: one with `--table`, one a table with `--tables`.
 * Each is an OutputJob (its lock, its journal, replaced whole at the end); a ticker is kept from
 * an earlier run only when every file kept it, so each page is fetched once for all of them.
 */
export class OutputJobs {
  readonly jobs: readonly OutputJob[];

  private constructor(jobs: readonly OutputJob[]) {
    this.jobs = jobs;
  }

  /** Starts every file's job (OutputJob.start); if one cannot start, those started are left as they were. */
  static async start(
    files: readonly JobFile[],
    options: {readonly resume: boolean; readonly keepFailed: boolean; readonly format: OutputFormat},
  ): Promise<OutputJobs> {
    const jobs: OutputJob[] = [];
    try {
      for (const {path, named, selection} of files) jobs.push(await OutputJob.start(path, named, {...options, selection}));
    } catch (error) {
      await Promise.all(jobs.map((job) => job.leave()));
      throw error;
    }
    return new OutputJobs(jobs);
  }

  /** True when a fresh run replaced the journal of an unfinished one. */
  get discardedJournal(): boolean {
    return this.jobs.some((job) => job.discardedJournal);
  }

  /** The journals, for messages: one path, or the first with "…". */
  get journalsNamed(): string {
    const [first] = this.jobs;
    return this.jobs.length === 1 ? first!.journal.path : `${first!.journal.path} and the other ${this.jobs.length - 1} journals`;
  }

  /** Whether every file keeps the earlier runs' rows of the ticker, so it is not fetched again. */
  keeps(ticker: string): boolean {
    return this.jobs.every((job) => job.keeps(ticker));
  }

  /** Tickers of the list done in every file, and how many of those failed. */
  rowsFor(tickers: readonly string[]): {readonly done: number; readonly failed: number} {
    let done = 0;
    let failed = 0;
    for (const ticker of tickers) {
      const states = this.jobs.map((job) => job.journal.failed(ticker));
      if (states.every((state) => state !== undefined)) done++;
      if (states.some((state) => state === true)) failed++;
    }
    return {done, failed};
  }

  /** Writes every file from its journal, in list order; throws OutputError at the first that cannot be written. */
  async writeFiles(tickers: readonly string[]): Promise<void> {
    for (const job of this.jobs) await job.writeFile(tickers);
  }

  /** Every file is written: the journals and the locks go. */
  async finish(): Promise<void> {
    for (const job of this.jobs) await job.finish();
  }

  /** The run ends without writing the files: the journals stay for --resume; the locks go. */
  async leave(): Promise<void> {
    await Promise.all(this.jobs.map((job) => job.leave()));
  }
}
