import {mkdir, stat} from 'node:fs/promises';
import {join} from 'node:path';
import {UsageError} from '../errors.js';
import {systemErrorText} from '../system-error.js';
import {outputTarget} from './output-target.js';
import type {OutputTableName} from './table-names.js';
import type {OutputFormat} from './write-rows.js';

/** A table's file in the folder of `--tables … -o DIR`. */
export interface TableFile {
  readonly table: OutputTableName;
  /** The real path. */
  readonly path: string;
  /** As messages name it: DIR/news.csv. */
  readonly named: string;
  readonly existed: boolean;
}

const EXTENSIONS: Readonly<Record<OutputFormat, string>> = {csv: 'csv', jsonl: 'jsonl', json: 'json'};

/**
 * The files of `--tables a,b -o DIR`: DIR/a.csv, DIR/b.csv (the format's extension), the folder
 * made if missing. A DIR that is a file, or cannot be made, is a usage error before any request.
 */
export async function tableFiles(folder: string, tables: readonly OutputTableName[], format: OutputFormat): Promise<TableFile[]> {
  if (folder === '') throw new UsageError('-o: the path is empty; name the folder to write the tables in');
  try {
    await mkdir(folder, {recursive: true});
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'it is a file' : systemErrorText(error);
    throw new UsageError(`${folder}: cannot write the tables there (${why}); with --tables, -o names a folder`, {cause: error});
  }
  const files: TableFile[] = [];
  for (const table of tables) {
    const named = join(folder, `${table}.${EXTENSIONS[format]}`);
    const target = await outputTarget(named);
    if (target.kind !== 'file') throw new UsageError(`${named}: not a regular file; the tables are written as files`);
    files.push({table, path: target.path, named, existed: target.existed});
  }
  return files;
}
