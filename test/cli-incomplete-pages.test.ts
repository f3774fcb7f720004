import assert from 'node:assert/strict';
import {test} from 'node:test';
import {quotePageCutInSnapshot, quotePageWithoutLabels} from '../src/demo/faulty-quote-pages.js';
import {renderQuotePage} from '../src/demo/quote-page.js';
import {COLUMNS} from '../src/output/columns.js';
import {parseCsv} from './helpers/csv.js';
import {runCli} from './helpers/run-cli.js';
import {sendHtml, startScriptedServer} from './helpers/scripted-server.js';

const ERROR = COLUMNS.indexOf('Error');
const PRICE = COLUMNS.indexOf('Price');

/** Pages that are whole HTML, well framed (Content-Length right, `</html>` at the end), and short. */
const SHORT_PAGES = {
  'cut inside its snapshot': (ticker: string) => quotePageCutInSnapshot(ticker, 20),
  'missing a score of fields': (ticker: string) =>
    quotePageWithoutLabels(ticker, [
      'Price',
      'Change',
      'Target Price',
      'Prev Close',
      'Volume',
      'Avg Volume',
      'Rel Volume',
      'Beta',
      'ATR (14)',
      'RSI (14)',
      'Volatility',
      'SMA20',
      'SMA50',
      'SMA200',
      'Perf Week',
      'Perf Month',
      'Perf Quarter',
      'Perf Half Y',
      'Perf YTD',
      'Perf Year',
    ]),
};

for (const [what, shortPage] of Object.entries(SHORT_PAGES)) {
  test(`a page ${what} is retried, and the row comes out right`, async () => {
    const server = await startScriptedServer((ticker, attempt, response) =>
      sendHtml(response, attempt === 1 ? shortPage(ticker) : renderQuotePage(ticker)),
    );
    try {
      const result = await runCli(['scrape', '-', '--workers', '2', '--base-url', server.origin], {stdin: 'AAPL MSFT NVDA'});
      assert.equal(result.code, 0, result.stderr);
      const rows = parseCsv(result.stdout).slice(1);
      assert.ok(
        rows.every((row) => row[ERROR] === '' && row[PRICE] !== ''),
        result.stdout,
      );
      assert.deepEqual([...server.attempts.values()], [2, 2, 2], 'one retry each');
    } finally {
      await server.close();
    }
  });

  test(`a page that stays ${what} is a failed row that says so, never a row with holes`, async () => {
    const server = await startScriptedServer((ticker, _attempt, response) => sendHtml(response, shortPage(ticker)));
    try {
      const result = await runCli(['scrape', '-', '--retries', '1', '--base-url', server.origin], {stdin: 'AAPL'});
      assert.equal(result.code, 1, result.stderr);
      const [row] = parseCsv(result.stdout).slice(1);
      assert.match(row?.[ERROR] ?? '', /^page incomplete: \d+ of 84 fields missing \(.*\) \(after 2 attempts\)$/);
      assert.ok(
        row?.slice(1, ERROR).every((cell) => cell === ''),
        'no value of a short page is written',
      );
    } finally {
      await server.close();
    }
  });
}
