import {PageNotRecognisedError} from '../errors.js';
import {collapse} from './collapse.js';
import type {DomElement} from './dom-table.js';

/**
 * Whose row a screener row is, read from the page's structure, never from its text.
 *
 * Since July 2026 Finviz's Ticker cell holds the logo link, `<a class="company-ticker"
 * href="stock?t=AAPL&…"><img …><span>A</span></a>`, whose letter stands in for the logo and is
 * not shown, then `<a class="tab-link" href="stock?t=AAPL&…">AAPL</a>`; the cell carries
 * `data-boxover-ticker="AAPL"` (lit26/finvizfinance #158, #157, #159). The cell's text is
 * "AAAPL". So a row's ticker is what its links to a quote page (`quote.ashx?t=`, `stock?t=`, in
 * an href or an onclick) and its `data-boxover-ticker` name, and the cell's visible text must
 * say the same: where they disagree, or name no ticker, the page is not one screener can read.
 */

type DomNode = DomElement['children'][number];

/** Tickers as Finviz writes them: AAPL, BRK-B, BF.B, 1 to 10 characters. */
const TICKER = /^[A-Z0-9][A-Z0-9.-]{0,9}$/;

/** A quote page's address, and its query: `quote.ashx?t=AAPL&ty=c`, `/stock?t=AAPL`, inside an onclick's quotes too. */
const QUOTE_URL = /(?:^|[^\w.-])(?:quote\.ashx|stock)\?([^'"\s]*)/g;

/** Attributes that hold a quote page's address: links, and the rows and spans that go there on a click. */
const LINK_ATTRIBUTES = ['href', 'onclick'] as const;

/**
 * The ticker `scope` (a row, or a span of the tickers view) names by its structure: the `t` of
 * every link to a quote page in it, and every `data-boxover-ticker`, which must all be the same.
 * `where` names the row in error messages ("screener row 3").
 *
 * Throws PageNotRecognisedError when they name no ticker, several, or something that is no ticker.
 */
export function structuralTicker(scope: DomElement, where: string): string {
  const named = new Set<string>();
  collectNamed(scope, named);
  const [ticker, ...others] = named;
  if (ticker === undefined) {
    throw new PageNotRecognisedError(`${where} has no link to a quote page and no data-boxover-ticker: whose row it is cannot be told`);
  }
  if (others.length > 0) throw new PageNotRecognisedError(`${where} names several tickers: ${[...named].join(', ')}`);
  if (!TICKER.test(ticker)) throw new PageNotRecognisedError(`${where} names ${JSON.stringify(ticker)}, which is no ticker`);
  return ticker;
}

/** Throws PageNotRecognisedError unless `cell` shows `ticker` and nothing else (hidden elements left out). */
export function checkShownTicker(cell: DomElement, ticker: string, where: string): void {
  const shown = visibleText(cell);
  if (shown !== ticker) throw new PageNotRecognisedError(`${where} shows the ticker ${JSON.stringify(shown)} but its links name ${ticker}`);
}

function collectNamed(element: DomElement, named: Set<string>): void {
  const boxover = element.attribs['data-boxover-ticker'];
  if (boxover !== undefined) named.add(boxover.trim());
  for (const attribute of LINK_ATTRIBUTES) {
    const value = element.attribs[attribute];
    if (value === undefined) continue;
    for (const match of value.matchAll(QUOTE_URL)) {
      const ticker = new URLSearchParams(match[1]).get('t');
      if (ticker !== null) named.add(ticker);
    }
  }
  for (const child of element.children) if (isElement(child)) collectNamed(child, named);
}

/**
 * The text a reader sees in `node`, whitespace collapsed: without hidden elements (the
 * `hidden` attribute, a `hidden` class, `display:none` or `visibility:hidden` in the style),
 * without the logo link `a.company-ticker`, whose letter shows only when the logo fails to
 * load, and without scripts and styles.
 */
export function visibleText(node: DomElement): string {
  const parts: string[] = [];
  appendVisible(node, parts);
  return collapse(parts.join(''));
}

const NOT_SHOWN_CLASSES = ['hidden', 'company-ticker'];
const NOT_SHOWN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const NOT_SHOWN_TAGS = new Set(['script', 'style', 'template']);
/** The DOM's number for a text node, which domhandler's nodes carry too. */
const TEXT_NODE = 3;

function appendVisible(node: DomNode, parts: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    parts.push(node.data);
    return;
  }
  if (!isElement(node) || isHidden(node)) return;
  for (const child of node.children) appendVisible(child, parts);
}

function isHidden(element: DomElement): boolean {
  const {attribs} = element;
  if (NOT_SHOWN_TAGS.has(element.name) || attribs['hidden'] !== undefined) return true;
  if (NOT_SHOWN_STYLE.test(attribs['style'] ?? '')) return true;
  const classes = (attribs['class'] ?? '').split(/\s+/);
  return NOT_SHOWN_CLASSES.some((name) => classes.includes(name));
}

function isElement(node: DomNode): node is DomElement {
  return 'attribs' in node;
}
