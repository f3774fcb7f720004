import type {TableMerge} from './check-parts.js';

/**
 * The merged file's text, as the writers of scrape write it (../output/write-csv.ts,
 * write-json.ts), from the rows' own text: parts written by one run of each shard merge into
 * the bytes one run over the whole list writes.
 */
export function* mergedText(merge: Pick<TableMerge, 'format' | 'header' | 'rows'>): Generator<string> {
  const {format, header, rows} = merge;
  if (format === 'csv') {
    if (header !== undefined) yield `${header}\n`;
    for (const row of rows) yield `${row.text}\n`;
  } else if (format === 'jsonl') {
    for (const row of rows) yield `${row.text}\n`;
  } else {
    yield '[';
    for (const [index, row] of rows.entries()) yield `${index === 0 ? '\n' : ',\n'}${row.text}`;
    yield rows.length === 0 ? ']\n' : '\n]\n';
  }
}
