import {mkdir, readdir, stat} from 'node:fs/promises';
import {basename, extname, join, resolve} from 'node:path';
import {Readable, type Writable} from 'node:stream';
import {pipeline} from 'node:stream/promises';
import {OutputError, UsageError} from '../errors.js';
import {readTickerList} from '../input/ticker-list.js';
import {checkParts, type TableMerge} from '../merge/check-parts.js';
import {mergedText} from '../merge/merged-text.js';
import {formatOfName, readPart, type Part} from '../merge/read-part.js';
import {rowsPerTickerOf, type RowsPerTicker} from '../merge/table-kinds.js';
import {openThrough} from '../output/open-through.js';
import {lockOutput} from '../output/output-lock.js';
import {outputTarget} from '../output/output-target.js';
import {replaceFile} from '../output/replace-file.js';
import {systemErrorText} from '../system-error.js';
import {EXIT_OK, EXIT_SOME_FAILED} from './exit-codes.js';

/** The options of `screener merge`, as commander hands them over. */
export interface MergeCommandOptions {
  /** --tickers FILE: the list the parts were cut from. */
  readonly tickers?: string;
  /** --column NAME: the list is a CSV file; its tickers are in this column. */
  readonly column?: string;
  /** --rows-per-ticker: the table's kind, if not told by its name. */
  readonly rowsPerTicker?: RowsPerTicker;
}

/** One table to merge: its parts, what to prove, where it goes. */
interface TableJob {
  readonly name: string;
  readonly parts: readonly Part[];
  readonly merge: TableMerge;
  /** OUT's path, or undefined for stdout. */
  readonly out: string | undefined;
  readonly missingUnprovable: boolean;
}

/**
 * `screener merge OUT PART…`: one file from the parts, in the list's order, or `merge OUTDIR
 * PARTDIR…`: each table file of the folders (snapshot.csv, news.csv, …) merged by name into
 * OUTDIR. Everything is read and checked before anything is written: when the parts do not add
 * up (../merge/check-parts.ts) nothing is written, every problem is named, and the status is 1.
 */
export async function runMergeCommand(out: string, partPaths: readonly string[], options: MergeCommandOptions): Promise<number> {
  const kinds = await Promise.all(partPaths.map(kindOf));
  if (new Set(kinds).size > 1) throw new UsageError('merge: the parts are files or folders, not both');
  if (partPaths.some((path) => resolve(path) === resolve(out)))
    throw new UsageError(`merge: ${out} is one of the parts; write the merge elsewhere`);
  const twice = partPaths.find((path, index) => partPaths.findIndex((other) => resolve(other) === resolve(path)) !== index);
  if (twice !== undefined) throw new UsageError(`merge: ${twice} is given twice`);
  const list = options.tickers === undefined ? undefined : (await readTickerList(options.tickers, {column: options.column})).tickers;
  const jobs = kinds[0] === 'folder' ? await folderJobs(out, partPaths, list, options) : [await fileJob(out, partPaths, list, options)];

  const problems = jobs.flatMap((job) => job.merge.problems.map((problem) => (jobs.length > 1 ? `${job.name}: ${problem}` : problem)));
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`screener: merge: ${problem}\n`);
    process.stderr.write(`screener: merge: the parts do not add up; ${out === '-' ? 'nothing is written' : `${out} is not written`}\n`);
    return EXIT_SOME_FAILED;
  }
  if (kinds[0] === 'folder') await makeFolder(out);
  for (const job of jobs) await write(job);
  for (const job of jobs) {
    const failed = job.merge.rows.filter((row) => row.failed).length;
    const into = job.out === undefined ? 'stdout' : job.out;
    process.stderr.write(
      `merge: ${job.merge.tickers} tickers, ${job.merge.rows.length} rows from ${job.parts.length} parts into ${into}${failed > 0 ? ` (${failed} failed row${failed === 1 ? '' : 's'})` : ''}\n`,
    );
    if (job.missingUnprovable) {
      process.stderr.write(
        list === undefined
          ? `merge: note: without --tickers, a ticker absent from every part cannot be told; give the list to prove none is missing\n`
          : `merge: note: ${job.name}: a ticker with no rows cannot be told from a missing one; merge the folders with their snapshot to prove none is missing\n`,
      );
    }
  }
  return EXIT_OK;
}

async function kindOf(path: string): Promise<'file' | 'folder'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    throw new UsageError(`merge: ${path}: ${systemErrorText(error)}`, {cause: error});
  }
}

/** OUT and PART files: OUT's name (news.csv) tells the table's kind, unless --rows-per-ticker does. */
async function fileJob(
  out: string,
  paths: readonly string[],
  list: readonly string[] | undefined,
  options: MergeCommandOptions,
): Promise<TableJob> {
  const parts = await Promise.all(paths.map(readPart));
  const name = basename(out === '-' ? (paths[0] ?? '') : out, extname(out === '-' ? (paths[0] ?? '') : out));
  const rowsPerTicker = options.rowsPerTicker ?? rowsPerTickerOf(name);
  const merge = checkParts(parts, {rowsPerTicker, list});
  const named = out === '-' ? undefined : formatOfName(out);
  if (named !== undefined && parts.some((part) => part.format !== undefined) && named !== merge.format) {
    throw new UsageError(`merge: ${out} names ${named}, but the parts are ${merge.format}`);
  }
  return {name, parts, merge, out: out === '-' ? undefined : out, missingUnprovable: list === undefined || rowsPerTicker === 'many'};
}

/** OUTDIR and PARTDIRs: every table file any part has must be in every part; the one-row table proves a many-row one's coverage. */
async function folderJobs(
  out: string,
  folders: readonly string[],
  list: readonly string[] | undefined,
  options: MergeCommandOptions,
): Promise<TableJob[]> {
  if (options.rowsPerTicker !== undefined)
    throw new UsageError('merge: --rows-per-ticker is for files; in folders each table is known by its name');
  const names = new Map<string, Set<string>>();
  for (const folder of folders) {
    const files = (await readdir(folder)).filter((file) => formatOfName(file) !== undefined);
    names.set(folder, new Set(files));
  }
  const tables = [...new Set([...names.values()].flatMap((files) => [...files]))].sort();
  if (tables.length === 0) throw new UsageError(`merge: no table files (.csv, .jsonl, .json) in ${folders.join(', ')}`);
  const absent: string[] = [];
  for (const table of tables) for (const folder of folders) if (names.get(folder)?.has(table) !== true) absent.push(join(folder, table));
  const read = new Map<string, Part[]>();
  for (const table of tables)
    read.set(
      table,
      await Promise.all(folders.filter((folder) => names.get(folder)?.has(table)).map((folder) => readPart(join(folder, table)))),
    );
  const oneRow = tables.filter((table) => rowsPerTickerOf(basename(table, extname(table))) === 'one');
  const proof = oneRow.find((table) => basename(table, extname(table)) === 'snapshot') ?? oneRow[0];
  const proofParts = proof === undefined ? undefined : read.get(proof);
  const coveredByPart =
    absent.length > 0 || proofParts === undefined ? undefined : proofParts.map((part) => new Set(part.rows.map((row) => row.ticker)));
  const jobs = tables.map((table): TableJob => {
    const name = basename(table, extname(table));
    const rowsPerTicker = rowsPerTickerOf(name);
    const parts = read.get(table) ?? [];
    const merge = checkParts(parts, {rowsPerTicker, list, coveredByPart: rowsPerTicker === 'many' ? coveredByPart : undefined});
    return {
      name: table,
      parts,
      merge,
      out: join(out, table),
      missingUnprovable: list === undefined || (rowsPerTicker === 'many' && coveredByPart === undefined),
    };
  });
  if (absent.length > 0) {
    const first = jobs[0];
    if (first !== undefined)
      jobs[0] = {...first, merge: {...first.merge, problems: [`missing table files: ${absent.join(', ')}`, ...first.merge.problems]}};
  }
  return jobs;
}

async function makeFolder(path: string): Promise<void> {
  try {
    await mkdir(path, {recursive: true});
  } catch (error) {
    throw new UsageError(`merge: ${path}: cannot make the folder (${systemErrorText(error)})`, {cause: error});
  }
}

/** Writes one merged table: a file is replaced whole (under its lock), stdout or a device written through. */
async function write(job: TableJob): Promise<void> {
  const text = (): Readable => Readable.from(mergedText(job.merge));
  const target = job.out === undefined ? ({kind: 'stdout'} as const) : await outputTarget(job.out);
  if (target.kind !== 'file') {
    const name = target.kind === 'stdout' ? 'stdout' : target.path;
    const stream: Writable = target.kind === 'stdout' ? process.stdout : await openThrough(target.path);
    try {
      await pipeline(text(), stream, {end: target.kind !== 'stdout'});
    } catch (error) {
      throw new OutputError(`cannot write ${name}: ${systemErrorText(error)}`, {cause: error});
    }
    return;
  }
  const lock = await lockOutput(target.path, job.out);
  try {
    await replaceFile(target.path, (stream) => pipeline(text(), stream));
  } finally {
    await lock.release();
  }
}
