import {firstDescendant, leafRows, shownText, type TreeElement} from './tree.js';
import {quoted, tableNotRecognised, type RawTableRow} from './raw-row.js';

/** The header of the insider table, in every layout. */
export const INSIDER_HEADER: readonly string[] = [
  'Insider Trading',
  'Relationship',
  'Date',
  'Transaction',
  'Cost',
  '#Shares',
  'Value ($)',
  '#Shares Total',
  'SEC Form 4',
];

/**
 * The insiders' trades, `table.body-table` (2018 on): the header row (`td` cells until 2023,
 * `th` since) and a row per trade. Raw cells: the nine shown, then the address the SEC Form 4
 * cell links to.
 */
export function readInsiderTable(table: TreeElement): RawTableRow[] {
  const rows = leafRows(table);
  const header = rows.shift()?.cells.map(shownText) ?? [];
  if (header.join('\n') !== INSIDER_HEADER.join('\n')) throw tableNotRecognised('insider', `has the header ${quoted(header)}`);
  return rows.map(({cells}) => {
    const form = cells[INSIDER_HEADER.length - 1];
    if (cells.length !== INSIDER_HEADER.length || form === undefined)
      throw tableNotRecognised('insider', `has a row of ${cells.length} cells, not ${INSIDER_HEADER.length}`);
    const link = firstDescendant(form, (element) => element.name === 'a');
    return [...cells.map(shownText), link?.attribs['href'] ?? ''];
  });
}
