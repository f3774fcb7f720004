import {INSIDER_HEADER} from '../../finviz/quote-tables/insider-table.js';
import {readDecimal} from '../decimal.js';
import {newYorkDateTime} from '../new-york-time.js';
import type {CalendarDate} from '../value-readers.js';
import {calendarDate, clockTime, fullYear, isoOf, latestNotAfter, monthAndDay, nearest} from './table-dates.js';
import {absoluteUrl, ERROR, RowBuilder, text, TICKER, type TableSchema} from './table-schema.js';

/** An EDGAR filing's address holds its accession number, filer id (10 digits), year (2), sequence (6). */
const ACCESSION_YEAR = /\/Archives\/edgar\/data\/\d+\/\d{10}(\d{2})\d{6}\//;

const number = (text: string): string | undefined => readDecimal(text);

/**
 * The days of a trade and of its SEC filing. Since 2024 the trade shows its year ("Apr 02 '26");
 * before, neither does ("Nov 03", "Nov 05 06:30 PM"). The filing's year is then the one in the
 * filing's EDGAR accession number (…/000032019320000099/…: 20), and the trade's the year that
 * puts it nearest to the filing (a Form 4 follows the trade within days; a Form 144 comes the
 * day of the proposed sale or before). Without such a number, the trade is the latest such day
 * not after the scrape date (a trade is never in the future), and the filing the nearest to it.
 */
function tradeAndFiling(
  date: string,
  filed: string,
  url: string,
  scrapeDate: CalendarDate,
): {readonly trade: CalendarDate | undefined; readonly filing: CalendarDate | undefined} {
  const shown = /^([A-Z][a-z]{2} \d{2})(?: '(\d{2}))?$/.exec(date);
  const tradeDay = shown === null ? undefined : monthAndDay(shown[1] ?? '');
  const filingDay = monthAndDay(filed);
  const accession = ACCESSION_YEAR.exec(url)?.[1];
  const filingYear = accession === undefined ? undefined : fullYear(accession, scrapeDate);
  let filing = filingDay === undefined || filingYear === undefined ? undefined : calendarDate(filingYear, filingDay.month, filingDay.day);
  let trade: CalendarDate | undefined;
  if (tradeDay !== undefined && shown?.[2] !== undefined)
    trade = calendarDate(fullYear(shown[2], scrapeDate), tradeDay.month, tradeDay.day);
  else if (tradeDay !== undefined && filing !== undefined) trade = nearest(tradeDay.month, tradeDay.day, filing);
  else if (tradeDay !== undefined) trade = latestNotAfter(tradeDay.month, tradeDay.day, scrapeDate);
  if (filing === undefined && filingDay !== undefined && trade !== undefined) filing = nearest(filingDay.month, filingDay.day, trade);
  return {trade, filing};
}

/** The insiders' trades. */
export const INSIDER_TABLE: TableSchema = {
  columns: [
    TICKER,
    text('Insider', 'who traded, as the SEC filing names them'),
    text('Relationship', 'their role: Director, CEO, 10% Owner…'),
    {
      name: 'Date',
      type: 'date',
      unit: 'date',
      meaning: 'the day of the trade; its year inferred on pages before 2024 (README)',
    },
    text('Transaction', 'Buy, Sale, Option Exercise, Proposed Sale…'),
    {name: 'Cost', type: 'number', unit: 'USD/share', meaning: 'the price per share'},
    {name: 'Shares', type: 'number', unit: 'shares', meaning: 'shares traded'},
    {name: 'Value', type: 'number', unit: 'USD', meaning: 'the value of the trade'},
    {name: 'Shares Total', type: 'number', unit: 'shares', meaning: 'shares the insider holds after it (empty for a proposed sale)'},
    {
      name: 'SEC Form 4 Date',
      type: 'date',
      unit: 'date-time',
      meaning: "when the filing was made, New York's time with its offset; its year inferred (README)",
    },
    text('SEC Form 4 URL', 'the filing on sec.gov (Form 4, or Form 144 for a proposed sale)'),
    ERROR,
  ],
  rawColumns: ['Ticker', ...INSIDER_HEADER, 'SEC Form 4 URL', 'Error'],
  normalize(rows, context) {
    return rows.map(
      ([
        insider = '',
        relationship = '',
        date = '',
        transaction = '',
        cost = '',
        shares = '',
        value = '',
        total = '',
        filed = '',
        url = '',
      ]) => {
        const row = new RowBuilder(context.ticker);
        const {trade, filing} = tradeAndFiling(date, filed, url, context.scrapeDate);
        row.set('Insider', insider, (part) => part, 'Insider Trading');
        row.set('Relationship', relationship, (part) => part, 'Relationship');
        row.set('Date', date, () => (trade === undefined ? undefined : isoOf(trade)), 'Date');
        row.set('Transaction', transaction, (part) => part, 'Transaction');
        row.set('Cost', cost, number, 'Cost');
        row.set('Shares', shares, number, '#Shares');
        row.set('Value', value, number, 'Value ($)');
        row.set('Shares Total', total, number, '#Shares Total');
        row.set(
          'SEC Form 4 Date',
          filed,
          () => {
            const time = clockTime(monthAndDay(filed)?.rest ?? '');
            return filing === undefined || time === undefined ? undefined : newYorkDateTime(filing, time.hour, time.minute);
          },
          'SEC Form 4',
        );
        row.set('SEC Form 4 URL', url, absoluteUrl, 'SEC Form 4 URL');
        return row.done();
      },
    );
  },
};
