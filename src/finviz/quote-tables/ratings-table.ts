import {firstDescendant, hasClassToken, isElement, leafRows, shownText, type TreeElement, type TreeNode} from './tree.js';
import {quoted, tableNotRecognised, type RawTableRow} from './raw-row.js';

/** The header of the ratings table since May 2023, and the raw cells of a rating. */
export const RATINGS_HEADER: readonly string[] = ['Date', 'Action', 'Analyst', 'Rating Change', 'Price Target Change'];

/**
 * The analysts' ratings: `table.fullview-ratings-outer` until 2021, each rating in a table of its
 * own in a `td.fullview-ratings-inner`, no header; `table.js-table-ratings` since May 2023, a
 * header row (`td` cells until 2023, `th` in a thead since) and a row per rating, those behind
 * "Show Previous Ratings" included (they are hidden, not absent).
 */
export function readRatingsTable(table: TreeElement): RawTableRow[] {
  const rows = leafRows(table);
  // Until 2021 each rating is a table of its own, in a td.fullview-ratings-inner.
  const nested = firstDescendant(table, (element) => element.name === 'td' && element.children.some(isTable));
  if (nested !== undefined && !hasClassToken(nested, 'fullview-ratings-inner'))
    throw tableNotRecognised('ratings', 'holds a table in a cell other than td.fullview-ratings-inner');
  if (nested === undefined) {
    const header = rows.shift()?.cells.map(shownText) ?? [];
    if (header.join('\n') !== RATINGS_HEADER.join('\n')) throw tableNotRecognised('ratings', `has the header ${quoted(header)}`);
  }
  return rows.map(({cells}) => {
    if (cells.length !== RATINGS_HEADER.length)
      throw tableNotRecognised('ratings', `has a row of ${cells.length} cells, not ${RATINGS_HEADER.length}`);
    return cells.map(shownText);
  });
}

function isTable(node: TreeNode): boolean {
  return isElement(node) && node.name === 'table';
}
