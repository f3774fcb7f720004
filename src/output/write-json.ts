import {Readable, type Writable} from 'node:stream';
import {pipeline} from 'node:stream/promises';
import type {OutputColumn, Selection} from './field-selection.js';
import type {OutputRow} from './output-rows.js';

export type JsonFormat = 'jsonl' | 'json';

/**
 * Streams rows as JSON objects keyed by column name: numbers and booleans
 * bare, empty as null. "jsonl" writes one object a line; "json" one array,
 * a row a line, closed when the rows end, so an interrupted run that wrote
 * its complete rows still leaves valid JSON.
 */
export async function writeJson(
  rows: AsyncIterable<OutputRow>,
  {columns, headers, extraAt}: Selection,
  out: Writable,
  {format, end = true}: {readonly format: JsonFormat; readonly end?: boolean},
): Promise<void> {
  async function* text() {
    let count = 0;
    if (format === 'json') yield '[';
    for await (const row of rows) {
      const object = jsonObject(columns, headers, extraAt, row);
      yield format === 'json' ? `${count === 0 ? '\n' : ',\n'}${object}` : `${object}\n`;
      count++;
    }
    if (format === 'json') yield count === 0 ? ']\n' : '\n]\n';
  }
  await pipeline(Readable.from(text()), out, {end});
}

function jsonObject(columns: readonly OutputColumn[], headers: readonly string[], extraAt: number | undefined, row: OutputRow): string {
  const members = columns.map(({type}, index) => `${JSON.stringify(headers[index])}:${jsonValue(type, row.values[index] ?? null)}`);
  if (extraAt !== undefined) members.splice(extraAt, 0, `"extra":${JSON.stringify(row.extra)}`);
  return `{${members.join(',')}}`;
}

/** Numbers are written as their exact decimal text, never through a float. */
function jsonValue(type: OutputColumn['type'], value: string | null): string {
  if (value === null) return 'null';
  return type === 'number' || type === 'boolean' ? value : JSON.stringify(value);
}
