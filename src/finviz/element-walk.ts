import {LESS_THAN, type HtmlBytes, type Tag} from './html-bytes.js';

/** What a reader got from an element, and the offset just past the element's end tag. */
export interface ReadElement<T> {
  readonly value: T;
  readonly end: number;
}

/** What a walk over an element tells its reader, in document order. */
export interface ElementVisitor {
  /**
   * A start tag at offset `at`; `open` holds the names of the elements it is inside, the walked
   * element's first. A reader that needs a tag's attributes can read them there (HtmlBytes.readTag).
   */
  start(tag: Tag, open: readonly string[], at: number): void;
  /** The end of an element; `open` no longer holds it. Void elements end at once. */
  end(name: string, open: readonly string[]): void;
  /** A text node: bytes [start, end), still to decode (HtmlBytes.textNode), as few readers need it. */
  text(start: number, end: number): void;
}

/**
 * Walks the element whose start tag is at `start`, up to its end tag, as the tree of its tags'
 * plain nesting, and returns the offset just past its end tag; or returns undefined at the
 * first thing for which htmlparser2 (cheerio's parser) would build another tree or other text
 * than that nesting:
 *
 * - an end tag that is not the innermost open element's (htmlparser2 closes what lies between);
 * - a start tag that closes the innermost element implicitly (a `<div>` after an open `<p>`, a
 *   `<td>` after an open `<td>`), by htmlparser2's own table of such tags, copied below;
 * - script, style and the other raw-text elements, CDATA and other declarations, a "<" that
 *   starts no tag, and the end of the page before the element's end.
 *
 * So a reader that gets an offset read exactly what cheerio would have given, without building
 * a tree. Comments are skipped: they are neither elements nor text in cheerio's text().
 */
export function walkElement(html: HtmlBytes, start: number, visitor: ElementVisitor, withAttributes = false): number | undefined {
  const open: string[] = [];
  let at = start;
  for (;;) {
    const lessThan = html.next(LESS_THAN, at);
    if (lessThan === -1) return undefined;
    if (lessThan > at && open.length > 0) visitor.text(at, lessThan);
    const markup = html.readMarkup(lessThan, withAttributes);
    if (markup === undefined) return undefined;
    at = markup.end;
    if (markup.kind === 'comment') continue;
    if (markup.kind !== 'tag') return undefined;
    const {tag} = markup;
    if (RAW_TEXT.has(tag.name)) return undefined;
    if (tag.closing) {
      if (open.at(-1) !== tag.name) return undefined;
      open.pop();
      visitor.end(tag.name, open);
      if (open.length === 0) return at;
      continue;
    }
    const innermost = open.at(-1);
    if (innermost !== undefined && OPEN_IMPLIES_CLOSE.get(tag.name)?.has(innermost) === true) return undefined;
    if (INTEGRATION_POINTS.has(tag.name) && inForeignContent(open)) return undefined;
    visitor.start(tag, open, lessThan);
    if (VOID_ELEMENTS.has(tag.name) || (tag.selfClosing && (FOREIGN.has(tag.name) || inForeignContent(open)))) {
      visitor.end(tag.name, open);
      if (open.length === 0) return at;
      continue;
    }
    open.push(tag.name);
  }
}

/** Inside svg or math, where "/>" ends an element (htmlparser2 keeps no other foreign rule). */
export function inForeignContent(open: readonly string[]): boolean {
  for (let index = open.length - 1; index >= 0; index--) {
    const name = open[index] ?? '';
    if (FOREIGN.has(name)) return true;
    if (INTEGRATION_POINTS.has(name)) return false;
  }
  return false;
}

// From htmlparser2 10.1 (src/Parser.ts): which start tags close which innermost element, the
// void elements, and the elements that begin or end foreign content.

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const TABLE_SECTIONS = new Set(['thead', 'tbody']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);

export const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((name): [string, ReadonlySet<string>] => [name, P]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((name): [string, ReadonlySet<string>] => [name, FORM]),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DD_DT],
  ['dt', DD_DT],
  ...[
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((name): [string, ReadonlySet<string>] => [name, P]),
  ['rt', RT_RP],
  ['rp', RT_RP],
  ['tbody', TABLE_SECTIONS],
  ['tfoot', TABLE_SECTIONS],
]);

export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content a parser may read as text rather than tags (htmlparser2's and the HTML standard's). */
export const RAW_TEXT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'noscript',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);

export const FOREIGN: ReadonlySet<string> = new Set(['math', 'svg']);
export const INTEGRATION_POINTS: ReadonlySet<string> = new Set([
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignobject',
  'desc',
  'title',
]);
