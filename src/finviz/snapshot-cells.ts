import {walkElement, type ReadElement} from './element-walk.js';
import {collapse} from './collapse.js';
import type {HtmlBytes} from './html-bytes.js';

/** What the parser reads of one snapshot table. */
export interface SnapshotTable {
  /** The text of each cell, row by row. */
  readonly rows: readonly (readonly string[])[];
  /**
   * The attributes of the table's first cell (its first label), which tell the layouts apart;
   * read from the bytes only for a quote's first table, the one that tells.
   */
  readonly firstCell: Readonly<Record<string, string>> | undefined;
}

const ROW_GROUPS: ReadonlySet<string> = new Set(['tbody', 'thead', 'tfoot']);

/**
 * The text of each cell of the snapshot table whose start tag is at `start`, row by row, read
 * straight from the page's bytes without building a tree: about a fifth of the CPU of loading
 * the same 35 KB into cheerio, which was most of what a page cost in pool mode. It reads what
 * the cheerio reader in parse-quote.ts reads: the `td` cells of the table's own rows (those of
 * its row groups too, not those of tables nested in a cell), each cell's text
 * whitespace-collapsed, and (`withFirstCell`) the attributes of the first such cell.
 *
 * undefined where walkElement finds markup that htmlparser2 might read as another tree.
 */
export function readTableCells(html: HtmlBytes, start: number, withFirstCell: boolean): ReadElement<SnapshotTable> | undefined {
  const rows: string[][] = [];
  let firstCell: Readonly<Record<string, string>> | undefined;
  let row: string[] | undefined;
  /** The text nodes of the open cell. */
  let cell: string[] | undefined;
  /** How many elements are open around the open row, and around the open cell. */
  let rowDepth = 0;
  let cellDepth = 0;
  const end = walkElement(html, start, {
    start(tag, open, at) {
      const depth = open.length;
      if (tag.name === 'tr' && (depth === 1 || (depth === 2 && ROW_GROUPS.has(open[1] ?? '')))) {
        row = [];
        rowDepth = depth;
      } else if (tag.name === 'td' && row !== undefined && cell === undefined && depth === rowDepth + 1) {
        cell = [];
        cellDepth = depth;
        // Only the first cell's attributes are read: the walk itself reads none, which keeps it cheap.
        if (withFirstCell) firstCell ??= html.readTag(at, true)?.attributes ?? {};
      }
    },
    end(_name, open) {
      if (cell !== undefined && open.length === cellDepth) {
        row?.push(collapse(cell.join('')));
        cell = undefined;
      }
      if (row !== undefined && open.length === rowDepth) {
        rows.push(row);
        row = undefined;
      }
    },
    text(textStart, textEnd) {
      cell?.push(html.textNode(textStart, textEnd));
    },
  });
  return end === undefined ? undefined : {value: {rows, firstCell}, end};
}
