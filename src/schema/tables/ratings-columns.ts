import {readDecimal} from '../decimal.js';
import {dashedDate, isoOf} from './table-dates.js';
import {ERROR, RowBuilder, text, TICKER, type TableSchema} from './table-schema.js';

/** "Buy → Strong Buy", "$200 → $220": a change, from and to; a single value is both. */
function fromAndTo(cell: string): readonly [string, string] | undefined {
  const parts = cell.split(' → ');
  if (parts.length === 1) return [cell, cell];
  const [from = '', to = ''] = parts;
  return parts.length === 2 ? [from, to] : undefined;
}

/** "$112.50" -> "112.5". */
function readDollars(text: string): string | undefined {
  return text.startsWith('$') ? readDecimal(text.slice(1)) : undefined;
}

/**
 * The analysts' ratings. A rating change "Buy → Strong Buy" and a target change "$200 → $220"
 * are split into From and To; a rating or target shown alone ("Buy", "$240": reiterated, or a
 * first rating) fills both From and To, so that To is always the analyst's current view.
 */
export const RATINGS_TABLE: TableSchema = {
  columns: [
    TICKER,
    {name: 'Date', type: 'date', unit: 'date', meaning: 'the day of the rating'},
    text('Action', 'what the analyst did: Upgrade, Downgrade, Reiterated, Initiated, Resumed…'),
    text('Analyst', 'the firm'),
    text('Rating From', 'the rating before (the same as Rating To when the page shows one rating)'),
    text('Rating To', 'the rating after'),
    {name: 'Price Target From', type: 'number', unit: 'USD', meaning: 'the price target before (as Price Target To when one is shown)'},
    {name: 'Price Target To', type: 'number', unit: 'USD', meaning: 'the price target after'},
    ERROR,
  ],
  rawColumns: ['Ticker', 'Date', 'Action', 'Analyst', 'Rating Change', 'Price Target Change', 'Error'],
  normalize(rows, context) {
    return rows.map(([date = '', action = '', analyst = '', rating = '', target = '']) => {
      const row = new RowBuilder(context.ticker);
      row.set(
        'Date',
        date,
        (value) => {
          const day = dashedDate(value, context.scrapeDate);
          return day === undefined ? undefined : isoOf(day);
        },
        'Date',
      );
      row.set('Action', action, (value) => value, 'Action');
      row.set('Analyst', analyst, (value) => value, 'Analyst');
      const ratings = fromAndTo(rating);
      if (ratings === undefined) row.fail('Rating To', 'Rating Change', rating);
      else {
        row.set('Rating From', ratings[0], (value) => value, 'Rating Change', rating);
        row.set('Rating To', ratings[1], (value) => value, 'Rating Change', rating);
      }
      const targets = fromAndTo(target);
      if (targets === undefined) row.fail('Price Target To', 'Price Target Change', target);
      else {
        row.set('Price Target From', targets[0], readDollars, 'Price Target Change', target);
        row.set('Price Target To', targets[1], readDollars, 'Price Target Change', target);
      }
      return row.done();
    });
  },
};
