import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {load} from 'cheerio/slim';
import {
  quotePageCutInSnapshot,
  quotePageOfUnknownLayout,
  quotePageWithoutHeaderField,
  quotePageWithoutLabels,
  quotePageWithRenamedLabels,
} from '../src/demo/faulty-quote-pages.js';
import {renderQuotePage} from '../src/demo/quote-page.js';
import {parseQuotePage, parseQuotePageFastPath, parseQuotePageFullDocument} from '../src/finviz/parse-quote.js';
import {QUOTE_LAYOUTS} from '../src/finviz/quote-layouts.js';
import {wholeQuotePage} from './helpers/whole-quote.js';

/**
 * The fast path reads the header and snapshot straight from the page's bytes, and must give
 * exactly what cheerio gives for the whole document, or step aside (undefined) so that cheerio
 * reads the page. These tests hold it to that on the saved pages, on hand-written markup, and on
 * pages whose markup is changed at random.
 */

const PAGES = new URL('../../shared/finviz-pages/', import.meta.url);
const QUOTE_PAGES = readdirSync(PAGES).filter((name) => /^quote-(old|new)-.*\.html$/.test(name));

function readBytes(name: string): Buffer {
  return readFileSync(new URL(name, PAGES));
}

/** The ticker in a saved page's name, quote-<layout>-<TICKER>-… */
function tickerOf(name: string): string {
  return /^quote-\w+-([A-Z0-9.-]+?)-/.exec(name)?.[1] ?? '';
}

type Outcome = {value: unknown} | {error: string};

/** What a parse gives: its value, or the name and message of what it throws. */
function outcome(parse: () => unknown): Outcome {
  try {
    return {value: parse()};
  } catch (error) {
    return {error: `${(error as Error).name}: ${(error as Error).message}`};
  }
}

describe('the fast path on real and generated pages', () => {
  for (const name of QUOTE_PAGES) {
    test(`${name}: read from the bytes, as cheerio reads the whole page`, () => {
      const bytes = readBytes(name);
      const fast = parseQuotePageFastPath(bytes, tickerOf(name));
      assert.ok(fast !== undefined, 'the fast path stepped aside');
      assert.deepEqual(fast, parseQuotePageFullDocument(bytes.toString('utf8'), tickerOf(name)));
    });
  }

  for (const {name: layout} of QUOTE_LAYOUTS) {
    test(`pages of the stand-in site in the ${layout} layout are read from the bytes, as cheerio reads them`, () => {
      for (const ticker of ['AAPL', 'B0', 'B17', 'ZZQ']) {
        const html = renderQuotePage(ticker, layout);
        const fast = parseQuotePageFastPath(Buffer.from(html), ticker);
        assert.ok(fast !== undefined, ticker);
        assert.equal(fast.layout, layout);
        assert.deepEqual(fast, parseQuotePageFullDocument(html, ticker));
      }
    });

    test(`faulty pages of the ${layout} layout are left to cheerio, and both refuse them alike`, () => {
      const faulty = [
        quotePageWithoutLabels('AAPL', ['Index', 'Price'], layout),
        quotePageCutInSnapshot('AAPL', 4, layout),
        quotePageWithoutHeaderField('AAPL', 'country', layout),
        quotePageOfUnknownLayout('AAPL', 'table class', layout),
        quotePageOfUnknownLayout('AAPL', 'cell markup', layout),
        quotePageWithRenamedLabels('AAPL', {ROA: 'Return on Assets'}, layout),
      ];
      for (const html of faulty) {
        assert.equal(parseQuotePageFastPath(Buffer.from(html), 'AAPL'), undefined);
        const refused = outcome(() => parseQuotePage(html, 'AAPL'));
        assert.ok('error' in refused, 'refused');
        assert.deepEqual(
          refused,
          outcome(() => parseQuotePageFullDocument(html, 'AAPL')),
        );
      }
    });
  }

  test('not-found pages are left to cheerio, which finds no snapshot', () => {
    for (const name of readdirSync(PAGES).filter((file) => file.startsWith('quote-notfound-'))) {
      assert.equal(parseQuotePageFastPath(readBytes(name), tickerOf(name)), undefined, name);
    }
  });
});

describe('the fast path on hand-written markup', () => {
  const header =
    '<div class="quote-header-wrapper"><h1 class="quote-header_ticker-wrapper_ticker">XYZ</h1>' +
    '<h2 class="quote-header_ticker-wrapper_company"><a href="http://xyz.example">Xyz <b>Corp</b></a></h2>' +
    '<a href="screener?v=111&amp;f=sec_technology">Tech&shy;nology</a><a href=\'screener?f=ind_x\'>Soft<i>ware</i></a>' +
    '<a href="screener?f=geo_usa" href="screener?f=sec_no">USA</a><a href=screener?f=exch_nyse>NYSE</a></div>';
  /** A whole quote (./helpers/whole-quote.ts) whose snapshot starts with the rows given. */
  const page = (rows: string): string => wholeQuotePage(rows, header);

  /** Markup the fast path reads itself, and reads as cheerio does. */
  const READ = {
    'cells with markup, entities and comments':
      '<tr><td>P/E</td><td><b><span class="x">1&amp;2</span></b> <!-- </td> --> &nbsp;3 &amp</td></tr>',
    'an entity cut by a tag, each text decoded on its own': '<tr><td>Index</td><td>&am<i></i>p; S&P</td></tr>',
    'a table nested in a cell': '<tr><td>Index</td><td><table><tr><td>a</td><td>b</td></tr></table>c</td></tr>',
    'row groups, header cells and rows without pairs':
      '<thead><tr><th>h</th></tr></thead><tbody><tr><td>P/E</td><th>x</th><td>9</td></tr><tr><td>lonely</td></tr></tbody>',
    'void and self-closing elements, svg':
      '<tr><td>Trades</td><td><br/><img src=x><svg><use href="#lock"/></svg></td><td>EPS next Y</td><td>1</td></tr>',
    'upper case tags, spaces in tags, quoted ">" and "<"': '<TR ><TD title="a>b" >P/E</TD ><td data-x=\'<td>\'>12.5</td></tr >',
    'the second EPS next Y': '<tr><td>EPS next Y</td><td>1.5</td><td>EPS next Y</td><td>3%</td></tr>',
  } as const;

  /** Markup the fast path leaves to cheerio, because htmlparser2 reads it otherwise than by its nesting. */
  const LEFT_TO_CHEERIO = {
    'a cell left open': '<tr><td>P/E<td>12</tr>',
    'a cell opened inside a cell (htmlparser2 closes the first)': '<tr><td>P/E</td><td>1<td>2</td></td></tr>',
    'a row left open': '<tr><td>P/E</td><td>1</td><tr><td>EPS</td><td>2</td></tr>',
    'an end tag for an element not open': '<tr><td>P/E</td><td>1</b></td></tr>',
    'a block after an open paragraph': '<tr><td>P/E</td><td><p>1<div>2</div></td></tr>',
    'a script in a cell': '<tr><td>P/E</td><td><script>document.write("</td>")</script>1</td></tr>',
    CDATA: '<tr><td>P/E</td><td><![CDATA[</td>]]>1</td></tr>',
    'a "<" that starts no tag': '<tr><td>P/E</td><td>1 < 2</td></tr>',
    '</br>': '<tr><td>P/E</td><td>1</br>2</td></tr>',
  } as const;

  for (const [name, table] of Object.entries(READ)) {
    test(`reads ${name}`, () => {
      const html = page(table);
      const fast = parseQuotePageFastPath(Buffer.from(html), 'XYZ');
      assert.ok(fast !== undefined, 'the fast path stepped aside');
      assert.deepEqual(fast, parseQuotePageFullDocument(html, 'XYZ'));
    });
  }

  for (const [name, table] of Object.entries(LEFT_TO_CHEERIO)) {
    test(`leaves ${name} to cheerio`, () => {
      const html = page(table);
      assert.equal(parseQuotePageFastPath(Buffer.from(html), 'XYZ'), undefined);
      assert.deepEqual(
        outcome(() => parseQuotePage(html, 'XYZ')),
        outcome(() => parseQuotePageFullDocument(html, 'XYZ')),
      );
    });
  }

  test('the header: attributes decoded, first match wins, text of nested elements', () => {
    const html = page('<tr><td>P/E</td><td>1</td></tr>');
    const fast = parseQuotePageFastPath(Buffer.from(html), 'XYZ');
    assert.deepEqual(
      {company: fast?.company, sector: fast?.sector, industry: fast?.industry, country: fast?.country, exchange: fast?.exchange},
      {company: 'Xyz Corp', sector: 'Tech\u00adnology', industry: 'Software', country: 'USA', exchange: 'NYSE'},
    );
    assert.deepEqual(fast, parseQuotePageFullDocument(html, 'XYZ'));
  });
});

/**
 * Pages whose markup is changed at random: a tag or text inserted, or a tag removed, once or
 * twice. Whatever comes out, parseQuotePage must give what cheerio gives for the whole
 * document, whether the fast path read the page or stepped aside. A seeded generator keeps the
 * cases the same from run to run.
 */
describe('the fast path on pages with markup changed at random', () => {
  const INSERTS = [
    '<td>',
    '</td>',
    '<tr>',
    '</tr>',
    '<th>x</th>',
    '<p>',
    '</p>',
    '<div>',
    '</div>',
    '<b>',
    '</b>',
    '<br>',
    '</br>',
    '<br/>',
    '<br / >',
    '<div/>',
    '<table>',
    '</table>',
    '<tbody>',
    '</tbody>',
    '<!-- c -->',
    '<!---->',
    '<!-->',
    '<script>var a = "</td>";</script>',
    '<![CDATA[x]]>',
    '<?x?>',
    '<!doctype html>',
    '&amp;',
    '&',
    '&nbsp;',
    '&lt;td&gt;',
    '<',
    '</ b>',
    '< td>',
    '</>',
    '<svg><use href="#x"/></svg>',
    '<svg><g/><title>t</title></svg>',
    '<li>',
    '<option>',
    '<a href="screener?v=111&amp;f=sec_x">Sec</a>',
    '<span class="body-table">[X]</span>',
    '<td class="a" title=\'>\'>',
    '<b title="</td>">',
    '<TD>',
    '</TR >',
    '<input>',
    '<hr>',
    '<h2>',
    '<select>',
    '<td/>',
    'text',
    ' ',
    '\u00a0',
    '<table class="snapshot-table2"><tr><td>P/E</td><td>1</td></tr></table>',
    '<div class="quote-header-wrapper">',
    '<h1 class="quote-header_ticker-wrapper_ticker">XYZ</h1>',
    '<b id=ticker>Q</b>',
    '<tr class="snapshot-table2">',
    // Markup that keeps the nesting plain, so that the fast path reads many of the pages too.
    '<span>x</span>',
    '<b>&lt;y&gt;</b>',
    '<i></i>',
    '<a href="f=geo_x">l</a>',
    '<!-- </table> -->',
    '<img src=x>',
    '<svg><use/></svg>',
    '&#39;',
    '&copy',
    'S&P',
    '<em title="a>b">e</em>',
    '<span class=body-table>[Y]</span>',
    // Nested so that only htmlparser2's implicit closing tells them apart from plain nesting.
    '<td>x<td>y</td></td>',
    '<tr><td>a</td><tr><td>b</td></tr></tr>',
    '<li>a<li>b</li></li>',
  ];

  /** mulberry32: a small seeded generator, so that every run tries the same pages. */
  function seeded(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
  }

  /** A small page of the parts the parser reads (headers, snapshot tables), so that cheerio's whole-document parse stays fast. */
  function compactPage(html: string): string {
    const $ = load(html);
    const parts = $('table.fullview-title, div.quote-header-wrapper, table.snapshot-table2').toArray();
    return `<html><body>${parts.map((part) => $.html(part)).join('\n')}</body></html>`;
  }

  /** Offsets where markup may go: before each "<" and after each ">". */
  function boundaries(html: string): number[] {
    const found: number[] = [];
    for (let at = 0; at < html.length; at++) if (html[at] === '<' || html[at - 1] === '>') found.push(at);
    return found;
  }

  function mutate(html: string, random: () => number): string {
    let page = html;
    const changes = 1 + Math.floor(random() * 2);
    for (let change = 0; change < changes; change++) {
      const spots = boundaries(page);
      const at = spots[Math.floor(random() * spots.length)] ?? 0;
      if (random() < 0.15 && page[at] === '<') {
        const end = page.indexOf('>', at);
        page = page.slice(0, at) + page.slice(end + 1);
      } else {
        page = page.slice(0, at) + (INSERTS[Math.floor(random() * INSERTS.length)] ?? '') + page.slice(at);
      }
    }
    return page;
  }

  const BASES = [
    ['quote-new-AAPL-2026-06-29-diversen.html', 'AAPL'],
    ['quote-old-AAPL-2020-11-d3an.html', 'AAPL'],
    ['quote-old-C-multiticker-2021-09-kvokka.html', 'TAP'],
  ] as const;

  for (const [name, ticker] of BASES) {
    test(`${name}: 300 changed pages, each as cheerio reads it`, () => {
      const base = compactPage(readBytes(name).toString('utf8'));
      assert.deepEqual(parseQuotePageFastPath(Buffer.from(base), ticker), parseQuotePageFullDocument(base, ticker));
      const random = seeded(name.length * 7919);
      let readFast = 0;
      let refused = 0;
      for (let index = 0; index < 300; index++) {
        const html = mutate(base, random);
        if (parseQuotePageFastPath(Buffer.from(html), ticker) !== undefined) readFast++;
        const parsed = outcome(() => parseQuotePage(html, ticker));
        if ('error' in parsed) refused++;
        assert.deepEqual(
          parsed,
          outcome(() => parseQuotePageFullDocument(html, ticker)),
          `case ${index}: ${html}`,
        );
      }
      // Both paths were taken often enough to mean something, and both good quotes and refusals came out.
      assert.ok(readFast > 60 && readFast < 280, `read by the fast path: ${readFast} of 300`);
      assert.ok(refused > 20 && refused < 150, `refused (incomplete, not recognised): ${refused} of 300`);
    });
  }
});
