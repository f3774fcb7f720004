import {descendants, firstDescendant, hasClassToken, leafRows, shownText, type TreeElement} from './tree.js';
import {tableNotRecognised, type RawTableRow} from './raw-row.js';

/**
 * The news table, `table#news-table` (2018 on): a row per item, its time (with the date on the
 * day's first item: "Apr-17-26 07:16PM", "Today 07:38AM", "12:24AM") and a cell with the headline
 * (`a.tab-link-news`) and its source (the first `span` after it: "(Reuters)", "Reuters" before
 * 2023). Raw cells: Date, Headline, Source, URL. Rows whose item cell is an ad slot
 * (`td#IC_D_…`, 2023) are no items.
 */
export function readNewsTable(table: TreeElement): RawTableRow[] {
  const rows: RawTableRow[] = [];
  for (const {cells} of leafRows(table)) {
    const [time, item] = cells;
    if (cells.length !== 2 || time === undefined || item === undefined)
      throw tableNotRecognised('news', `has a row of ${cells.length} cells, not 2`);
    const links = descendants(item, (element) => element.name === 'a' && hasClassToken(element, 'tab-link-news'));
    if (links.length === 0 && (item.attribs['id'] ?? '').startsWith('IC_D_')) continue;
    const [link] = links;
    if (link === undefined || links.length > 1) throw tableNotRecognised('news', `has an item with ${links.length} headline links`);
    // The source is the first span that is not part of the headline.
    const linkSpans = new Set(descendants(link, (element) => element.name === 'span'));
    const source = firstDescendant(item, (element) => element.name === 'span' && !linkSpans.has(element));
    const date = shownText(time);
    if (source === undefined || date === '') throw tableNotRecognised('news', `has an item without its ${date === '' ? 'time' : 'source'}`);
    rows.push([date, shownText(link), shownText(source), link.attribs['href'] ?? '']);
  }
  return rows;
}
