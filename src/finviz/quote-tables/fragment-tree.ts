import {FOREIGN, inForeignContent, OPEN_IMPLIES_CLOSE, VOID_ELEMENTS} from '../element-walk.js';
import {LESS_THAN, type HtmlBytes} from '../html-bytes.js';
import type {TreeElement, TreeNode, TreeText} from './tree.js';

/**
 * The tree of one element of a page (a table, a cell), built from the page's bytes by the rules
 * htmlparser2 (cheerio's parser) builds its tree by, so that it is the tree cheerio would give for
 * that element, at a fraction of the cost: only this element's bytes are read, and attributes and
 * text are decoded only when a reader asks for them.
 *
 * Unlike walkElement (../element-walk.ts), which steps aside at markup it cannot be sure of, this
 * builder takes what the quote page's tables really hold: an end tag that closes elements left
 * open (`<td><a …>name</td>`: the `</td>` closes the `<a>`), an end tag nothing opened (ignored),
 * start tags that close the open cell or row, scripts and styles (their text skipped), and a page
 * that ends inside the element (everything open is closed there). The tests hold it to cheerio's
 * tree on every saved page.
 */
export function fragmentTree(html: HtmlBytes, start: number): TreeElement | undefined {
  const rootTag = html.readTag(start);
  if (rootTag === undefined || rootTag.closing) return undefined;
  const root = new FragmentElement(html, rootTag.name, start);
  if (VOID_ELEMENTS.has(rootTag.name)) return root;
  const open: FragmentElement[] = [root];
  const names: string[] = [root.name];
  let at = rootTag.end;
  const run = {end: 0, blank: true};
  while (open.length > 0) {
    const parent = open[open.length - 1] as FragmentElement;
    scanText(html.bytes, at, run);
    const lessThan = run.end === html.length ? -1 : run.end;
    if (run.end > at) parent.children.push(run.blank ? BLANK : new FragmentText(html, at, run.end));
    if (lessThan === -1) break;
    const markup = html.readMarkup(lessThan);
    if (markup === undefined) break; // the page ends inside a tag or comment
    at = markup.end;
    if (markup.kind === 'text') {
      parent.children.push(new FragmentText(html, lessThan, markup.end));
      continue;
    }
    if (markup.kind !== 'tag') continue; // a comment or declaration
    const {tag} = markup;
    if (tag.closing) {
      // htmlparser2 closes every element opened after the one named, and ignores an end tag nothing opened.
      const index = names.lastIndexOf(tag.name);
      while (index !== -1 && names.length > index) {
        open.pop();
        names.pop();
      }
      continue;
    }
    const closes = OPEN_IMPLIES_CLOSE.get(tag.name);
    while (closes !== undefined && open.length > 0 && closes.has(names[names.length - 1] ?? '')) {
      open.pop();
      names.pop();
    }
    if (open.length === 0) break; // a start tag that closes the element itself: it ends here
    const element = new FragmentElement(html, tag.name, lessThan);
    (open[open.length - 1] as FragmentElement).children.push(element);
    if (VOID_ELEMENTS.has(tag.name) || (tag.selfClosing && (FOREIGN.has(tag.name) || inForeignContent(names)))) continue;
    if (RAW_TEXT_END.has(tag.name)) {
      // Their content is text up to their end tag; scripts and styles are never shown.
      const close = rawTextEnd(html, tag.name, at);
      if (tag.name !== 'script' && tag.name !== 'style') element.children.push(new FragmentText(html, at, close.textEnd));
      at = close.end;
      continue;
    }
    open.push(element);
    names.push(tag.name);
  }
  return root;
}

/**
 * The text from `from` up to the next "<" (or the page's end): where it ends, and whether it is
 * only whitespace, read in one pass. A loop beats a native call over the few bytes between tags.
 */
function scanText(bytes: Uint8Array, from: number, run: {end: number; blank: boolean}): void {
  let blank = true;
  let at = from;
  for (; at < bytes.length; at++) {
    const code = bytes[at];
    if (code === LESS_THAN) break;
    if (blank && code !== 0x20 && code !== 0x0a && code !== 0x09 && code !== 0x0d && code !== 0x0c) blank = false;
  }
  run.end = at;
  run.blank = blank;
}

/**
 * Whitespace between tags, one node for all: shown text collapses any run of whitespace to one
 * space, so its bytes need no decoding, and most of a table's text nodes are indentation.
 */
const BLANK: TreeText = {type: 'text', data: ' '};

/** The elements whose content htmlparser2's tokenizer reads as text up to their end tag. */
const RAW_TEXT_END: ReadonlySet<string> = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

/** Where the text of a raw-text element ends (its `</name`, any case) and where its end tag ends. */
function rawTextEnd(html: HtmlBytes, name: string, from: number): {readonly textEnd: number; readonly end: number} {
  for (let at = html.next(LESS_THAN, from); at !== -1; at = html.next(LESS_THAN, at + 1)) {
    if (html.bytes[at + 1] !== 0x2f /* / */) continue;
    const tag = html.readTag(at);
    if (tag !== undefined && tag.name === name) return {textEnd: at, end: tag.end};
  }
  return {textEnd: html.length, end: html.length};
}

class FragmentElement implements TreeElement {
  readonly type: string;
  readonly name: string;
  readonly children: TreeNode[] = [];
  readonly #html: HtmlBytes;
  readonly #start: number;
  #attribs: Readonly<Record<string, string>> | undefined;

  constructor(html: HtmlBytes, name: string, start: number) {
    this.name = name;
    this.type = name === 'script' || name === 'style' ? name : 'tag';
    this.#html = html;
    this.#start = start;
  }

  /** Read from the start tag on first use: most elements are never asked. */
  get attribs(): Readonly<Record<string, string>> {
    this.#attribs ??= this.#html.readTag(this.#start, true)?.attributes ?? {};
    return this.#attribs;
  }
}

class FragmentText implements TreeText {
  readonly type = 'text';
  readonly #html: HtmlBytes;
  readonly #start: number;
  readonly #end: number;

  constructor(html: HtmlBytes, start: number, end: number) {
    this.#html = html;
    this.#start = start;
    this.#end = end;
  }

  /** Decoded on first use: most text is whitespace between tags no reader asks for. */
  get data(): string {
    return this.#html.textNode(this.#start, this.#end);
  }
}
