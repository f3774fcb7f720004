import type {Cheerio, CheerioAPI} from 'cheerio/slim';

type Selection = ReturnType<ReturnType<CheerioAPI['root']>['find']>;
/** An element of a document cheerio loaded. */
export type DomElement = Selection extends Cheerio<infer T> ? T : never;

/**
 * The table's own rows, those of its row groups included, not those of tables nested in its
 * cells. parse5 puts rows in a tbody, htmlparser2 (which the parsers use) does not: both are read.
 */
export function tableRows(table: DomElement): DomElement[] {
  return childElements(table, 'tr', 'tbody', 'thead', 'tfoot').flatMap((child) =>
    child.name === 'tr' ? [child] : childElements(child, 'tr'),
  );
}

/** The children of `parent` that are elements named one of `names`, in order. */
export function childElements(parent: DomElement, ...names: string[]): DomElement[] {
  return parent.children.filter((child): child is DomElement => 'attribs' in child && names.includes(child.name));
}
