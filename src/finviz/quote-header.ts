import {collapse} from './collapse.js';
import {walkElement, type ReadElement} from './element-walk.js';
import {hasClass, type HtmlBytes} from './html-bytes.js';

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

/** What a field's matcher sees of an element: its tag name and attributes, from the bytes or from cheerio. */
export interface ElementFacts {
  /** Lowercase. */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>> | undefined;
}

type Matcher = (element: ElementFacts) => boolean;

const linkTo =
  (part: string): Matcher =>
  (element) =>
    element.name === 'a' && (element.attributes?.['href'] ?? '').includes(part);
/** Both layouts link sector, industry and country to screener filters. */
const LINKS = {sector: linkTo('f=sec_'), industry: linkTo('f=ind_'), country: linkTo('f=geo_')};

/** Since mid-2023 the exchange links to its screener filter, as sector, industry and country do. */
const EXCHANGE_LINK = linkTo('f=exch_');

/** Where each field is within the header: to mid-2023 (the header is a table), and since. */
const TABLE_HEADER: Readonly<Record<keyof QuoteHeader, Matcher>> = {
  ticker: (element) => element.attributes?.['id'] === 'ticker', // #ticker
  company: (element) => element.name === 'b',
  // "[NASD]" beside the ticker until May 2023; by July 2023 a link after the country, in td.fullview-links.
  exchange: (element) => (element.name === 'span' && hasClass(element, 'body-table')) || EXCHANGE_LINK(element),
  ...LINKS,
};
const DIV_HEADER: Readonly<Record<keyof QuoteHeader, Matcher>> = {
  ticker: (element) => hasClass(element, 'quote-header_ticker-wrapper_ticker'),
  company: (element) => hasClass(element, 'quote-header_ticker-wrapper_company'),
  exchange: EXCHANGE_LINK,
  ...LINKS,
};

/**
 * For each field, whether an element within the header (not the header itself) holds it; the
 * first such element in document order does. Both readers of a header use these: the one of
 * bytes below and the one of a cheerio document in parse-quote.ts.
 */
export function headerMatchers(headerName: string): Readonly<Record<keyof QuoteHeader, Matcher>> {
  return headerName === 'table' ? TABLE_HEADER : DIV_HEADER;
}

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
 * the text of the first element within the header that its matcher takes, as cheerio's text()
 * gives it. undefined where walkElement finds markup that htmlparser2 might read as another tree.
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
          matchers = headerMatchers(tag.name);
          return; // the header itself holds no field
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
