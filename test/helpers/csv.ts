import {parse} from 'csv-parse/sync';

/** Parses CSV text into rows of strings (header included). */
export function parseCsv(text: string): string[][] {
  return parse(text, {relaxColumnCount: false});
}
