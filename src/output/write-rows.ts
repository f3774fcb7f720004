import type {Writable} from 'node:stream';
import type {TickerOutcome} from '../scrape/ticker-outcome.js';
import {COLUMNS} from './columns.js';
import {rawRecord} from './raw-record.js';
import {writeCsv} from './write-csv.js';

export interface OutputOptions {
  /** Values exactly as the page shows them. */
  readonly raw?: boolean;
  /** Leave `out` open at the end (stdout). @default true */
  readonly end?: boolean;
}

/** Writes one row per outcome, in the order given, header first. */
export async function writeRows(outcomes: AsyncIterable<TickerOutcome>, out: Writable, options: OutputOptions = {}): Promise<void> {
  async function* records() {
    for await (const outcome of outcomes) yield rawRecord(outcome);
  }
  await writeCsv(records(), COLUMNS, out, {end: options.end ?? true});
}
