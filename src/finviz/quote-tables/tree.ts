import {collapse} from '../collapse.js';

/**
 * The little of a document tree the table readers look at, in the shape of domhandler's nodes
 * (cheerio's), so that the same readers run over a fragment read from the page's bytes
 * (./fragment-tree.ts) and, in the tests, over cheerio's tree of the whole page.
 */
export interface TreeElement {
  /** domhandler's: `tag`, or `script` / `style` for those elements. */
  readonly type: string;
  /** Lowercase. */
  readonly name: string;
  /** Lowercase name -> decoded value. */
  readonly attribs: Readonly<Record<string, string>>;
  readonly children: readonly TreeNode[];
}

export interface TreeText {
  readonly type: 'text';
  /** Decoded. */
  readonly data: string;
}

/** An element, a text node, or something the readers pass over (a comment). */
export type TreeNode = TreeElement | TreeText | {readonly type: string};

export function isElement(node: TreeNode): node is TreeElement {
  return 'name' in node && 'children' in node;
}

function isText(node: TreeNode): node is TreeText {
  return node.type === 'text';
}

/** Whether the element's class attribute holds `token`, as the CSS selector `.token` matches it. */
export function hasClassToken(element: TreeElement, token: string): boolean {
  const classes = element.attribs['class'];
  return classes !== undefined && classes.split(/\s+/).includes(token);
}

/** The elements under `element` (not itself) that `matches`, in document order. */
export function descendants(element: TreeElement, matches: (element: TreeElement) => boolean): TreeElement[] {
  const found: TreeElement[] = [];
  const visit = (parent: TreeElement): void => {
    for (const child of parent.children) {
      if (!isElement(child)) continue;
      if (matches(child)) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

/** The first element under `element` that `matches`, in document order. */
export function firstDescendant(element: TreeElement, matches: (element: TreeElement) => boolean): TreeElement | undefined {
  for (const child of element.children) {
    if (!isElement(child)) continue;
    if (matches(child)) return child;
    const found = firstDescendant(child, matches);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The text as shown: every text node under `node`, whitespace collapsed; scripts and styles are not shown. */
export function shownText(node: TreeNode): string {
  const parts: string[] = [];
  collectText(node, parts);
  return collapse(parts.length === 1 ? (parts[0] ?? '') : parts.join(''));
}

function collectText(node: TreeNode, parts: string[]): void {
  if (isText(node)) parts.push(node.data);
  else if (isElement(node) && node.name !== 'script' && node.name !== 'style') for (const child of node.children) collectText(child, parts);
}

/** A table row: its `td` and `th` cells, in order. */
export interface TreeRow {
  readonly row: TreeElement;
  readonly cells: readonly TreeElement[];
}

/**
 * The rows of `table` that hold no rows of their own, in document order: those of the table
 * itself, and those of tables nested in a cell whose row holds nothing else (Finviz's ratings
 * until 2021 put each rating in a table of its own).
 */
export function leafRows(table: TreeElement): TreeRow[] {
  const rows: TreeRow[] = [];
  const visit = (parent: TreeElement): boolean => {
    let holdsRows = false;
    for (const child of parent.children) {
      if (!isElement(child)) continue;
      if (child.name === 'tr') {
        holdsRows = true;
        const at = rows.length;
        if (!visit(child)) rows.splice(at, 0, {row: child, cells: child.children.filter(isCell)});
      } else if (visit(child)) holdsRows = true;
    }
    return holdsRows;
  };
  visit(table);
  return rows;
}

function isCell(node: TreeNode): node is TreeElement {
  return isElement(node) && (node.name === 'td' || node.name === 'th');
}
