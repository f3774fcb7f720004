import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {after, before, describe, test} from 'node:test';
import zlib from 'node:zlib';
import * as cheerio from 'cheerio';
import {Agent, fetch, request} from 'undici';
import {generateQuote, renderNotFoundPage, renderQuotePage} from '../src/demo/quote-page.js';
import {negotiateEncoding, startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import type {QuoteLayoutName} from '../src/finviz/quote-layouts.js';

/** The newest real quote page, read in place (never copied into the repository). */
const REAL_PAGE = new URL('../../shared/finviz-pages/quote-new-AAPL-2026-06-29-diversen.html', import.meta.url);

const agent = new Agent();
after(() => agent.close());

interface Fetched {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly raw: Buffer;
}

async function fetchRaw(url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' | 'POST' = 'GET'): Promise<Fetched> {
  const response = await request(url, {method, headers, dispatcher: agent});
  const raw = Buffer.from(await response.body.arrayBuffer());
  return {status: response.statusCode, headers: response.headers, raw};
}

function decode(fetched: Fetched): string {
  const encoding = fetched.headers['content-encoding'];
  switch (encoding) {
    case undefined:
      return fetched.raw.toString('utf8');
    case 'gzip':
      return zlib.gunzipSync(fetched.raw).toString('utf8');
    case 'deflate':
      return zlib.inflateSync(fetched.raw).toString('utf8');
    case 'br':
      return zlib.brotliDecompressSync(fetched.raw).toString('utf8');
    default:
      throw new Error(`Unexpected content-encoding ${String(encoding)}`);
  }
}

describe('stand-in server', () => {
  let server: StandInServer;
  before(async () => {
    server = await startStandInServer();
  });
  after(() => server.close());

  test('serves the quote page uncompressed when no Accept-Encoding is sent', async () => {
    const fetched = await fetchRaw(`${server.origin}/quote.ashx?t=AAPL&p=d`);
    assert.equal(fetched.status, 200);
    assert.equal(fetched.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(fetched.headers['content-encoding'], undefined);
    assert.equal(Number(fetched.headers['content-length']), fetched.raw.length);
    assert.equal(fetched.raw.toString('utf8'), renderQuotePage('AAPL'));
  });

  for (const encoding of ['gzip', 'deflate', 'br'] as const) {
    test(`serves ${encoding} that decodes to the same page, twice (miss, then cache hit)`, async () => {
      for (let round = 0; round < 2; round++) {
        const fetched = await fetchRaw(`${server.origin}/quote.ashx?t=MSFT&p=d`, {'accept-encoding': encoding});
        assert.equal(fetched.status, 200);
        assert.equal(fetched.headers['content-encoding'], encoding);
        assert.equal(fetched.headers['vary'], 'Accept-Encoding');
        assert.equal(Number(fetched.headers['content-length']), fetched.raw.length);
        assert.ok(fetched.raw.length < 80_000, `compressed body is ${fetched.raw.length} bytes`);
        assert.equal(decode(fetched), renderQuotePage('MSFT'));
      }
    });
  }

  test('serves bodies that undici fetch decompresses itself', async () => {
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const response = await fetch(`${server.origin}/quote.ashx?t=INTC&p=d`, {headers: {'accept-encoding': encoding}, dispatcher: agent});
      assert.equal(response.headers.get('content-encoding'), encoding);
      assert.equal(await response.text(), renderQuotePage('INTC'));
    }
  });

  test('negotiates the coding from the Accept-Encoding header', async () => {
    const cases: readonly (readonly [string, string | undefined])[] = [
      ['gzip, deflate, br', 'gzip'],
      ['br;q=1, gzip;q=0.5', 'br'],
      ['gzip;q=0, deflate', 'deflate'],
      ['*', 'gzip'],
      ['identity', undefined],
      ['zstd', undefined],
    ];
    for (const [header, expected] of cases) {
      const fetched = await fetchRaw(`${server.origin}/quote.ashx?t=NVDA&p=d`, {'accept-encoding': header});
      assert.equal(fetched.headers['content-encoding'], expected, `Accept-Encoding: ${header}`);
      assert.equal(decode(fetched), renderQuotePage('NVDA'));
    }
    assert.equal(negotiateEncoding('gzip, deflate, br', ['br', 'gzip', 'deflate']), 'br');
    assert.equal(negotiateEncoding(undefined), 'identity');
  });

  test('answers HEAD with the headers of GET and no body', async () => {
    const get = await fetchRaw(`${server.origin}/quote.ashx?t=AMD&p=d`, {'accept-encoding': 'gzip'});
    const head = await fetchRaw(`${server.origin}/quote.ashx?t=AMD&p=d`, {'accept-encoding': 'gzip'}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.raw.length, 0);
    assert.equal(head.headers['content-length'], get.headers['content-length']);
  });

  test('treats the ticker case-insensitively and counts requests per ticker', async () => {
    const before = server.stats.byTicker.get('ORCL') ?? 0;
    const lower = await fetchRaw(`${server.origin}/quote.ashx?t=orcl&p=d`);
    const upper = await fetchRaw(`${server.origin}/quote.ashx?t=ORCL&p=d`);
    assert.equal(lower.raw.toString('utf8'), upper.raw.toString('utf8'));
    assert.equal(server.stats.byTicker.get('ORCL'), before + 2);
  });

  test('answers unknown tickers with 404 and the not-found page', async () => {
    const fetched = await fetchRaw(`${server.origin}/quote.ashx?t=ZZZZ&p=d`, {'accept-encoding': 'gzip'});
    assert.equal(fetched.status, 404);
    const html = decode(fetched);
    assert.equal(html, renderNotFoundPage('ZZZZ'));
    const $ = cheerio.load(html);
    assert.equal($('title').text(), 'ZZZZ Stock Quote');
    // Like the real page, the message sits in a stray <tr><td> that HTML parsers drop, so read the container.
    assert.match($('div.content div.fv-container').text(), /Ticker "ZZZZ" not found\./);
    assert.equal($('table.snapshot-table2').length, 0);
    assert.equal($('.quote-header').length, 0);
    assert.equal(server.stats.byTicker.get('ZZZZ'), 1);
  });

  test('answers lists, missing and malformed tickers with 404', async () => {
    for (const query of ['t=AAPL,MSFT&p=d', 'p=d', 't=&p=d', 't=AAPL&t=MSFT', 't=%3Cscript%3E&p=d', 't=TOOLONGTICKER1']) {
      const fetched = await fetchRaw(`${server.origin}/quote.ashx?${query}`);
      assert.equal(fetched.status, 404, query);
      const html = fetched.raw.toString('utf8');
      assert.match(html, /not found\./, query);
      assert.doesNotMatch(html, /<script>"/, query);
    }
    assert.equal(server.stats.byTicker.has('AAPL,MSFT'), false);
  });

  test('answers other paths with 404 and other methods with 405', async () => {
    assert.equal((await fetchRaw(`${server.origin}/`)).status, 404);
    assert.equal((await fetchRaw(`${server.origin}/elite.ashx`)).status, 404);
    assert.equal((await fetchRaw(`${server.origin}/screener.ashx?v=111`)).status, 200);
    const post = await fetchRaw(`${server.origin}/quote.ashx?t=AAPL&p=d`, {}, 'POST');
    assert.equal(post.status, 405);
    assert.equal(post.headers['allow'], 'GET, HEAD');
  });

  test('serves the same bytes for the same ticker and different pages for different tickers', async () => {
    const first = await fetchRaw(`${server.origin}/quote.ashx?t=KO&p=d`, {'accept-encoding': 'gzip'});
    const second = await fetchRaw(`${server.origin}/quote.ashx?t=KO&p=d`, {'accept-encoding': 'gzip'});
    assert.deepEqual(first.raw, second.raw);
    assert.equal(renderQuotePage('KO'), renderQuotePage('KO'));
    assert.notEqual(renderQuotePage('KO'), renderQuotePage('PEP'));
  });

  test('warm() fills the cache without counting requests', () => {
    const requests = server.stats.requests;
    server.warm(['IBM', 'brk-b']);
    assert.equal(server.stats.requests, requests);
    assert.throws(() => server.warm(['AAPL,MSFT']), TypeError);
  });
});

describe('stand-in server options', () => {
  test('peakInFlight counts requests held by the latency', async (t) => {
    const server = await startStandInServer({latencyMs: 300});
    t.after(() => server.close());
    const parallel = 8;
    const tickers = Array.from({length: parallel}, (_, index) => `P${index}`);
    const responses = await Promise.all(tickers.map((ticker) => fetchRaw(`${server.origin}/quote.ashx?t=${ticker}&p=d`)));
    assert.deepEqual(
      responses.map((response) => response.status),
      tickers.map(() => 200),
    );
    assert.equal(server.stats.requests, parallel);
    assert.equal(server.stats.peakInFlight, parallel);
    assert.equal(server.stats.inFlight, 0);
  });

  test('close() cancels responses still waiting for their latency', async () => {
    const server = await startStandInServer({latencyMs: 60_000});
    const pending = fetchRaw(`${server.origin}/quote.ashx?t=AAPL&p=d`);
    // Wait for the request to arrive, by polling the stats, not by sleeping a fixed time.
    while (server.stats.requests === 0) await new Promise((resolve) => setImmediate(resolve));
    await server.close();
    await assert.rejects(pending);
  });

  test('isUnknown decides which tickers are not found', async (t) => {
    const server = await startStandInServer({isUnknown: (ticker) => ticker === 'AAPL'});
    t.after(() => server.close());
    assert.equal((await fetchRaw(`${server.origin}/quote.ashx?t=AAPL&p=d`)).status, 404);
    assert.equal((await fetchRaw(`${server.origin}/quote.ashx?t=ZZZZ&p=d`)).status, 200);
  });

  test('encodings sets the preferred coding', async (t) => {
    const server = await startStandInServer({encodings: ['br', 'gzip']});
    t.after(() => server.close());
    const preferred = await fetchRaw(`${server.origin}/quote.ashx?t=AAPL&p=d`, {'accept-encoding': 'gzip, deflate, br'});
    assert.equal(preferred.headers['content-encoding'], 'br');
    const notOffered = await fetchRaw(`${server.origin}/quote.ashx?t=AAPL&p=d`, {'accept-encoding': 'deflate'});
    assert.equal(notOffered.headers['content-encoding'], undefined);
  });

  test('still serves correct pages with a cache too small to keep anything', async (t) => {
    const server = await startStandInServer({cacheMaxBytes: 0});
    t.after(() => server.close());
    const fetched = await fetchRaw(`${server.origin}/quote.ashx?t=AAPL&p=d`, {'accept-encoding': 'deflate'});
    assert.equal(decode(fetched), renderQuotePage('AAPL'));
  });

  test('rejects bad options with the value in the message', async () => {
    await assert.rejects(startStandInServer({latencyMs: -1}), {name: 'TypeError', message: /latencyMs.*-1/});
    await assert.rejects(startStandInServer({cacheMaxBytes: 1.5}), {name: 'TypeError', message: /cacheMaxBytes.*1\.5/});
  });
});

describe('generated quote page', () => {
  const page = renderQuotePage('AAPL');
  const $ = cheerio.load(page);

  test('is about the size of the real page', () => {
    const size = Buffer.byteLength(page);
    assert.ok(size >= 200_000 && size <= 300_000, `page is ${size} bytes`);
  });

  test('has the snapshot of the real 2026-06-29 page: 6 tables of 14 rows, the same 84 labels in order', async () => {
    const real = cheerio.load(await readFile(REAL_PAGE, 'utf8'));
    const labels = (doc: cheerio.CheerioAPI): string[] =>
      doc('table.snapshot-table2 div.snapshot-td-label')
        .map((_, element) => doc(element).text().trim())
        .get();
    const realLabels = labels(real);
    assert.equal(realLabels.length, 84);

    assert.equal($('table.snapshot-table2').length, 6);
    $('table.snapshot-table2').each((_, table) => {
      assert.equal($(table).find('tr').length, 14);
    });
    assert.equal($('div.snapshot-td-label').length, 84);
    assert.equal($('div.snapshot-td-content').length, 84);
    assert.deepEqual(labels($), realLabels);
    assert.equal(realLabels.filter((label) => label === 'EPS next Y').length, 2);
  });

  test('uses the real page cell markup: the same classes, attributes and tooltips', async () => {
    const real = cheerio.load(await readFile(REAL_PAGE, 'utf8'));
    const cellShape = (doc: cheerio.CheerioAPI): string[] =>
      doc('table.snapshot-table2 tr')
        .map((_, row) => {
          const cells = doc(row).children('td');
          const label = cells.eq(0);
          const value = cells.eq(1);
          return [
            doc(row).attr('class'),
            label.attr('class'),
            label.attr('data-boxover-html'),
            label
              .find('a')
              .attr('href')
              ?.replace(/t=[A-Z]+/, 't=X'),
            value.attr('class'),
            value.children('div').attr('class'),
          ].join(' | ');
        })
        .get();
    assert.deepEqual(cellShape($), cellShape(real));
    assert.equal($('.screener_snapshot-table-wrapper > table.snapshot-table2').length, 6);
  });

  test('has the real page header markup', async () => {
    const real = cheerio.load(await readFile(REAL_PAGE, 'utf8'));
    for (const selector of [
      'div.quote-header h1.quote-header_ticker-wrapper_ticker',
      'h2.quote-header_ticker-wrapper_company a.tab-link',
      'div.quote-header_prices strong.quote-price_price',
      'span.quote-price_date',
      'span.quote-price_change',
      'div.quote-header_meta div.quote-header_categories a.quote-header_category',
      'div.quote-tabs a.quote-tabs_tab',
      'link[rel=canonical]',
    ]) {
      assert.equal($(selector).length > 0, real(selector).length > 0, selector);
    }
    assert.equal($('a.quote-header_category').length, real('a.quote-header_category').length);

    const quote = generateQuote('AAPL');
    assert.equal($('h1.quote-header_ticker-wrapper_ticker').text(), 'AAPL');
    assert.equal($('h1.quote-header_ticker-wrapper_ticker').attr('data-ticker'), 'AAPL');
    assert.equal($('h2.quote-header_ticker-wrapper_company').text().trim(), quote.company);
    assert.deepEqual(
      $('a.quote-header_category')
        .map((_, element) => $(element).text())
        .get(),
      [quote.sector, quote.industry, quote.country, quote.capCategory, quote.exchange],
    );
    assert.equal($('title').text(), `AAPL - ${quote.company} Stock Price and Quote`);
  });

  test('shows the values generateQuote() describes, in the formats of the real page', () => {
    const quote = generateQuote('AAPL');
    const texts = $('div.snapshot-td-content')
      .map((_, element) => $(element).text().trim())
      .get();
    assert.deepEqual(
      texts,
      quote.snapshot.map(([, text]) => text),
    );
    const value = (label: string): string => quote.snapshot.find(([name]) => name === label)?.[1] ?? '';
    assert.match(value('Market Cap'), /^\d+\.\d\d[BMK]$/);
    assert.match(value('Volume'), /^\d{1,3}(,\d{3})*$/);
    assert.match(value('Option/Short'), /^(Yes|No) \/ Yes$/);
    assert.match(value('52W High'), /^\d+\.\d\d -?\d+\.\d\d%$/);
    assert.match(value('Change'), /^-?\d+\.\d\d%$/);
    assert.match(value('IPO'), /^[A-Z][a-z]{2} \d\d, \d{4}$/);
    assert.equal($('strong.quote-price_price').text(), value('Price'));
  });

  test('fills the formats for many tickers without NaN or undefined', () => {
    for (let index = 0; index < 200; index++) {
      const quote = generateQuote(`T${index.toString(36).toUpperCase()}`);
      assert.equal(quote.snapshot.length, 84);
      for (const [label, text] of quote.snapshot) {
        assert.doesNotMatch(text, /NaN|undefined|Infinity/, `${quote.ticker} ${label}`);
      }
    }
  });
});

describe('stand-in quote pages of the older layouts', () => {
  /** A saved page of each layout, whose markup the generated one follows. */
  const REAL: Record<Exclude<QuoteLayoutName, '2026-06b'>, string> = {
    '2026-06': 'quote-new-AAPL-2026-06-12-diversen.html',
    new: 'quote-new-ADMA-2024-11-rjs7273.html',
    old: 'quote-old-AAPL-2021-12-d3an.html',
    'old/2023-05': 'quote-old-AAPL-2023-07-stonksjs.html',
  };

  /** The shape of the snapshot: per table its rows, per row its cells' tag, class and attribute names (not their values). */
  function snapshotShape(doc: cheerio.CheerioAPI): string[] {
    return doc('table.snapshot-table2')
      .map((_, table) =>
        doc(table)
          .find('tr')
          .map((__, row) =>
            doc(row)
              .children('td')
              .map((index, cell) => {
                const names = Object.keys(cell.attribs).sort().join(',');
                return `${index % 2 === 0 ? 'label' : 'value'} ${doc(cell).attr('class') ?? ''} [${names}]${doc(cell).children('div').attr('class') ?? ''}`;
              })
              .get()
              .join(' | '),
          )
          .get(),
      )
      .get();
  }

  for (const [layout, file] of Object.entries(REAL) as [Exclude<QuoteLayoutName, '2026-06b'>, string][]) {
    test(`${layout}: the snapshot and header markup of ${file}`, async () => {
      const real = cheerio.load(await readFile(new URL(`../../shared/finviz-pages/${file}`, import.meta.url), 'utf8'));
      const $ = cheerio.load(renderQuotePage('AAPL', layout));
      // Same tables, rows, cells, classes and attributes, whatever the values.
      assert.deepEqual(new Set(snapshotShape($)), new Set(snapshotShape(real)));
      assert.equal($('table.snapshot-table2 tr').length, real('table.snapshot-table2 tr').length);
      const header = layout === 'old' || layout === 'old/2023-05' ? 'table.fullview-title' : 'div.quote-header-wrapper';
      assert.equal($(header).length, 1);
      assert.equal(real(header).length, 1);
      const quote = generateQuote('AAPL', layout);
      assert.deepEqual(
        $('table.snapshot-table2 td:nth-child(even)')
          .map((_, cell) => $(cell).text().trim())
          .get(),
        quote.snapshot.map(([, text]) => text),
      );
    });
  }

  test('serves the layout asked for, the newest by default, and refuses a layout it does not know', async () => {
    for (const layout of [undefined, 'new', 'old'] as const) {
      const server = await startStandInServer(layout === undefined ? {} : {quoteLayout: layout});
      try {
        const fetched = await fetchRaw(`${server.origin}/quote.ashx?t=AAPL&p=d`);
        assert.equal(fetched.raw.toString('utf8'), renderQuotePage('AAPL', layout ?? '2026-06b'));
      } finally {
        await server.close();
      }
    }
    await assert.rejects(startStandInServer({quoteLayout: '2027' as QuoteLayoutName}), {
      name: 'TypeError',
      message: /quoteLayout.*one of 2026-06b, 2026-06, new, old, old\/2023-05, got `2027`/,
    });
  });

  test('serves a renamed ticker the page of the ticker it became', async () => {
    const server = await startStandInServer({renamedTickers: {FB: 'META'}, quoteLayout: 'new'});
    try {
      const fetched = await fetchRaw(`${server.origin}/quote.ashx?t=fb&p=d`);
      assert.equal(fetched.status, 200);
      assert.equal(fetched.raw.toString('utf8'), renderQuotePage('META', 'new'));
      assert.equal(server.stats.byTicker.get('FB'), 1);
    } finally {
      await server.close();
    }
  });
});
