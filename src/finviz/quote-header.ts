import {walkElement, type ReadElement} from './element-walk.js';
import {collapse, hasClass, type HtmlBytes, type Tag} from './html-bytes.js';

/** The header of a quote: what the page shows above the snapshot. */
export interface QuoteHeader {
  /** The ticker the page shows, which may differ from the one requested. */
  readonly ticker: string;
  readonly company: string;
  readonly sector: string;
  readonly industry: string;
  readonly country: string;
  /** As the page shows it, without brackets, e.g. "NASD". */
  readonly exchange: string;
}

export const NO_HEADER: QuoteHeader = {ticker: '', company: '', sector: '', industry: '', country: '', exchange: ''};

/**
 * Where each field is, as CSS selectors within the header, for cheerio: 2018–May 2023 (the
 * header is a table) and since. Both layouts link sector, industry and country to screener
 * filters. HEADER_MATCHERS below says the same for the reader of bytes; the tests hold the two
 * readers to the same results on every saved page.
 */
export const HEADER_SELECTORS: Readonly<Record<'table' | 'div', Readonly<Record<keyof QuoteHeader, string>>>> = {
  table: {
    ticker: '#ticker',
    company: 'b',
    exchange: 'span.body-table',
    sector: 'a[href*="f=sec_"]',
    industry: 'a[href*="f=ind_"]',
    country: 'a[href*="f=geo_"]',
  },
  div: {
    ticker: '.quote-header_ticker-wrapper_ticker',
    company: '.quote-header_ticker-wrapper_company',
    exchange: 'a[href*="f=exch_"]',
    sector: 'a[href*="f=sec_"]',
    industry: 'a[href*="f=ind_"]',
    country: 'a[href*="f=geo_"]',
  },
};

type Matcher = (tag: Tag) => boolean;

const linkTo = (part: string): Matcher => (tag) => tag.name === 'a' && (tag.attributes?.['href'] ?? '').includes(part);
const LINKS = {sector: linkTo('f=sec_'), industry: linkTo('f=ind_'), country: linkTo('f=geo_')};

const HEADER_MATCHERS: Readonly<Record<'table' | 'div', Readonly<Record<keyof QuoteHeader, Matcher>>>> = {
  table: {
    ticker: (tag) => tag.attributes?.['id'] === 'ticker',
    company: (tag) => tag.name === 'b',
    exchange: (tag) => tag.name === 'span' && hasClass(tag, 'body-table'),
    ...LINKS,
  },
  div: {
    ticker: (tag) => hasClass(tag, 'quote-header_ticker-wrapper_ticker'),
    company: (tag) => hasClass(tag, 'quote-header_ticker-wrapper_company'),
    exchange: linkTo('f=exch_'),
    ...LINKS,
  },
};

/** A header from the texts of its fields' elements, as found. */
export function headerOf(found: (field: keyof QuoteHeader) => string): QuoteHeader {
  return {
    ticker: found('ticker'),
    company: found('company'),
    sector: found('sector'),
    industry: found('industry'),
    country: found('country'),
    exchange: found('exchange').replace(/^\[(.*)\]$/, '$1'),
  };
}

/**
 * Reads the header whose start tag is at `start` straight from the page's bytes: each field is
 * the text of the first element within the header that its selector matches, as cheerio's
 * find().first().text() gives it. undefined where walkElement finds markup that htmlparser2
 * might read as another tree.
 */
export function readHeaderBytes(html: HtmlBytes, start: number): ReadElement<QuoteHeader> | undefined {
  let matchers: Readonly<Record<keyof QuoteHeader, Matcher>> | undefined;
  /** The text nodes of each field whose element has begun. */
  const texts = new Map<keyof QuoteHeader, string[]>();
  /** Fields whose element is open, with how many elements are open around it. */
  const reading: Array<{field: keyof QuoteHeader; depth: number}> = [];
  const end = walkElement(
    html,
    start,
    {
      start(tag, open) {
        if (open.length === 0) {
          matchers = tag.name === 'table' ? HEADER_MATCHERS.table : HEADER_MATCHERS.div;
          return; // find() looks within the header, not at it
        }
        for (const [field, matches] of Object.entries(matchers ?? {}) as Array<[keyof QuoteHeader, Matcher]>) {
          if (texts.has(field) || !matches(tag)) continue;
          texts.set(field, []);
          reading.push({field, depth: open.length});
        }
      },
      end(_name, open) {
        while (reading.length > 0 && reading.at(-1)?.depth === open.length) reading.pop();
      },
      text(textStart, textEnd) {
        if (reading.length === 0) return;
        const text = html.textNode(textStart, textEnd);
        for (const {field} of reading) texts.get(field)?.push(text);
      },
    },
    true,
  );
  return end === undefined ? undefined : {value: headerOf((field) => collapse(texts.get(field)?.join('') ?? '')), end};
}
