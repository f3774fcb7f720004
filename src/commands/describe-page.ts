import type {QuotePage} from '../finviz/parse-quote.js';
import type {ScreenerPage} from '../finviz/parse-screener.js';
import type {AttemptOutcome} from '../worker/attempt-outcome.js';
import type {PageRequest} from '../worker/page-request.js';

/** What an answer was read as, in one line: the layout and fields of a page, or why it is none. */
export function describePage(request: PageRequest, outcome: AttemptOutcome): string {
  switch (outcome.kind) {
    case 'ok':
      return request.kind === 'quote' ? describeQuote(outcome.page as QuotePage) : describeScreener(outcome.page as ScreenerPage);
    case 'throttled':
      return `throttled: ${outcome.message}`;
    case 'challenge':
      return `challenge or block: ${outcome.message}`;
    case 'forbidden':
      return `forbidden: ${outcome.message} (several in a row are a block)`;
    case 'not-found':
      return `Finviz's not-found answer: ${outcome.message}`;
    case 'not-recognised':
      return outcome.message;
    case 'transient':
    case 'failed':
      return `not read: ${outcome.message}`;
  }
}

function describeQuote(page: QuotePage): string {
  const header = (['company', 'sector', 'industry', 'country', 'exchange'] as const).filter((field) => page[field] !== '');
  return `recognised: a quote page, ${Object.keys(page.snapshot).length} snapshot fields, header fields: ${header.join(', ') || 'none'}`;
}

function describeScreener(page: ScreenerPage): string {
  const at = page.headers.indexOf('Ticker');
  const tickers = page.rows.map((row) => row[at] ?? '').filter((ticker) => ticker !== '');
  const sample = tickers.length <= 3 ? tickers.join(', ') : `${tickers.slice(0, 3).join(', ')}, …`;
  return `recognised: a screener page, ${page.headers.length} columns, ${tickers.length} tickers read of ${page.rows.length} rows (${sample}), total ${page.total ?? 'not shown'}`;
}
