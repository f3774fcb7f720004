import {Readable, type Writable} from 'node:stream';
import {pipeline} from 'node:stream/promises';
import {stringify} from 'csv-stringify';

/**
 * Streams records to `out` as CSV with a header row; backpressure from `out`
 * pauses the source. Leaves `out` open when `end` is false (stdout).
 */
export async function writeCsv(
  records: AsyncIterable<readonly string[]> | Iterable<readonly string[]>,
  columns: readonly string[],
  out: Writable,
  {end = true}: {readonly end?: boolean} = {},
): Promise<void> {
  await pipeline(Readable.from(records), stringify({header: true, columns: [...columns]}), out, {end});
}
