import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {PageIncompleteError, PageNotRecognisedError} from '../src/errors.js';
import {parseSitemap} from '../src/finviz/parse-sitemap.js';
import {classifyResponse} from '../src/worker/classify-response.js';

/** The form of Finviz's stock sitemap as legout/finvizp's research and fixture give it (August 2026), with a lastmod and a quote.ashx address added. */
const STOCKS = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url>
    <loc>https://finviz.com/stock?t=AAPL</loc>
  </url>
  <url>
    <loc>https://finviz.com/stock?t=AAPL&amp;ty=oc</loc>
  </url>
  <url><loc>https://finviz.com/stock?t=BRK-B</loc><lastmod>2026-08-27</lastmod></url>
  <url>
    <loc>https://finviz.com/stock?t=REZI-WI</loc>
  </url>
  <url>
    <loc>https://finviz.com/quote.ashx?t=bf.b</loc>
  </url>
  <url>
    <loc>https://finviz.com/screener.ashx?v=111&amp;f=cap_large</loc>
  </url>
</urlset>
`;

const INDEX = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://finviz.com/sitemap.xml?t=0&amp;p=0</loc><lastmod>2026-08-27</lastmod></sitemap>
  <sitemap><loc>https://finviz.com/sitemap.xml?t=1&amp;p=0</loc></sitemap>
</sitemapindex>`;

function refusal(text: string): Error {
  try {
    parseSitemap(text);
  } catch (error) {
    return error as Error;
  }
  assert.fail('the sitemap was read');
}

describe('parseSitemap', () => {
  test("a stock sitemap: each stock address's t, in order, repeats kept; other addresses passed over, one named", () => {
    assert.deepEqual(parseSitemap(STOCKS), {
      kind: 'urlset',
      tickers: ['AAPL', 'AAPL', 'BRK-B', 'REZI-WI', 'bf.b'],
      addresses: 6,
      otherExample: 'https://finviz.com/screener.ashx?v=111&f=cap_large',
    });
  });

  test('a sitemap index: the sitemaps it lists, entities decoded', () => {
    assert.deepEqual(parseSitemap(INDEX), {
      kind: 'index',
      sitemaps: ['https://finviz.com/sitemap.xml?t=0&p=0', 'https://finviz.com/sitemap.xml?t=1&p=0'],
    });
  });

  for (const [what, text, message] of [
    [
      'an HTML page',
      '<!DOCTYPE html><html><body>Just a page</body></html>',
      /^sitemap not recognised: not a sitemap \(it starts "<!DOCTYPE html>/,
    ],
    ['JSON', '{"tickers": ["AAPL"]}', /not a sitemap/],
    ['a urlset of another namespace', STOCKS.replace('sitemaps.org', 'example.org'), /<urlset> without the sitemaps.org namespace/],
    ['an empty sitemap', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>', /an empty sitemap/],
    ['an empty index', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></sitemapindex>', /an empty sitemap index/],
    [
      'a sitemap of other pages',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://finviz.com/news/markets</loc></url></urlset>',
      /none of its 1 addresses is a stock page \("https:\/\/finviz.com\/news\/markets"…\)/,
    ],
    [
      'markup it does not know',
      STOCKS.replace('<url><loc>https://finviz.com/stock?t=BRK-B', '<url><image>x</image><loc>https://finviz.com/stock?t=BRK-B'),
      /unexpected markup in <urlset>: "<url><image>/,
    ],
  ] as const) {
    test(`refuses ${what}`, () => {
      const error = refusal(text);
      assert.ok(error instanceof PageNotRecognisedError, String(error));
      assert.match(error.message, message);
    });
  }

  test('a sitemap cut short (inside an entry, or before its closing tag) is incomplete, not unknown', () => {
    for (const end of [STOCKS.indexOf('REZI'), STOCKS.indexOf('</urlset>'), STOCKS.indexOf('</urlset>') + 4]) {
      const error = refusal(STOCKS.slice(0, end));
      assert.ok(error instanceof PageIncompleteError, `${end}: ${String(error)}`);
      assert.equal(error.message, 'sitemap cut short (it ends before </urlset>)');
    }
  });
});

describe('classifyResponse of a sitemap request', () => {
  const request = {kind: 'sitemap', query: 't=0&p=0'} as const;
  const answer = (text: string, status = 200) => ({status, headers: {}, bytes: Buffer.from(text)});

  test('a sitemap is a good page; no sitemap is not recognised; one cut short is a fault to retry; 404 is not found', () => {
    assert.equal(classifyResponse(answer(STOCKS), request).kind, 'ok');
    assert.deepEqual(classifyResponse(answer('<html><body>Hi</body></html>'), request), {
      kind: 'not-recognised',
      status: 200,
      message: 'sitemap not recognised: not a sitemap (it starts "<html><body>Hi</body></html>")',
    });
    assert.equal(classifyResponse(answer(STOCKS.slice(0, 300)), request).kind, 'transient');
    assert.deepEqual(classifyResponse(answer('', 404), request), {kind: 'not-found', status: 404, message: 'HTTP 404'});
  });
});
