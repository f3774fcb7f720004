import {newYorkDateTime} from '../new-york-time.js';
import type {CalendarDate} from '../value-readers.js';
import {clockTime, dashedDate} from './table-dates.js';
import {absoluteUrl, ERROR, RowBuilder, text, TICKER, type TableSchema} from './table-schema.js';

/**
 * The news table. Finviz shows the date on the first item of each day only ("Apr-17-26
 * 07:16PM", then "12:24AM") and "Today" for today's ("Today 07:38AM"): each item gets its full
 * date and time, a later item of the day the date of the item above it, "Today" the scrape date
 * (New York's day, ../value-readers.ts).
 */
export const NEWS_TABLE: TableSchema = {
  columns: [
    TICKER,
    {
      name: 'Date',
      type: 'date',
      unit: 'date-time',
      meaning: "when the item was published, New York's time with its offset (2026-04-18T07:38:00-04:00)",
    },
    text('Headline', 'the headline'),
    text('Source', 'who published it, e.g. Reuters (without the parentheses 2023 on shows)'),
    text('URL', "the headline's link, absolute"),
    ERROR,
  ],
  rawColumns: ['Ticker', 'Date', 'Headline', 'Source', 'URL', 'Error'],
  normalize(rows, context) {
    let day: CalendarDate | undefined;
    return rows.map(([date = '', headline = '', source = '', url = '']) => {
      const row = new RowBuilder(context.ticker);
      const match = /^(?:(Today|[A-Z][a-z]{2}-\d{2}-\d{2}) )?(\d{1,2}:\d{2}[AP]M)$/.exec(date);
      const [, dayText, timeText = ''] = match ?? [];
      // A date that does not read leaves the items after it without one too: never the wrong day.
      if (dayText !== undefined || match === null)
        day = dayText === 'Today' ? context.scrapeDate : dashedDate(dayText ?? '', context.scrapeDate);
      const time = clockTime(timeText);
      row.set(
        'Date',
        date,
        () => (day === undefined || time === undefined ? undefined : newYorkDateTime(day, time.hour, time.minute)),
        'Date',
      );
      row.set('Headline', headline, (value) => value, 'Headline');
      row.set('Source', source, (value) => /^\((.*)\)$/.exec(value)?.[1] ?? value, 'Source');
      row.set('URL', url, absoluteUrl, 'URL');
      return row.done();
    });
  },
};
