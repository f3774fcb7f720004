import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {
  isoDate,
  readDayNearScrapeDate,
  readLongDate,
  readMarketSession,
  readNumber,
  readPercentPoints,
  readYesNo,
  scrapeDateOf,
  type ReadContext,
} from '../src/schema/value-readers.js';

const on = (year: number, month: number, day: number): ReadContext => ({scrapeDate: {year, month, day}});
const JUNE_29_2026 = on(2026, 6, 29);

describe('value readers', () => {
  test('numbers keep their sign and lose multipliers and separators', () => {
    assert.equal(readNumber('-0.18', JUNE_29_2026), '-0.18');
    assert.equal(readNumber('52,789,244', JUNE_29_2026), '52789244');
    assert.equal(readNumber('-9.80M', JUNE_29_2026), '-9800000');
    assert.equal(readNumber('5.32%', JUNE_29_2026), undefined, 'a percent in a number column is not read');
  });

  test('percents need their "%"', () => {
    assert.equal(readPercentPoints('-10.25%', JUNE_29_2026), '-10.25');
    assert.equal(readPercentPoints('317.40', JUNE_29_2026), undefined);
  });

  test('Yes/No', () => {
    assert.equal(readYesNo('Yes', JUNE_29_2026), 'true');
    assert.equal(readYesNo('No', JUNE_29_2026), 'false');
    assert.equal(readYesNo('yes', JUNE_29_2026), undefined);
    assert.equal(readYesNo('Y', JUNE_29_2026), undefined);
  });

  test('long dates become ISO 8601', () => {
    assert.equal(readLongDate('May 11, 2026', JUNE_29_2026), '2026-05-11');
    assert.equal(readLongDate('Dec 12, 1980', JUNE_29_2026), '1980-12-12');
    assert.equal(readLongDate('Feb 29, 2024', JUNE_29_2026), '2024-02-29');
    assert.equal(readLongDate('Feb 29, 2026', JUNE_29_2026), undefined, 'no such day');
    assert.equal(readLongDate('Jun 31, 2026', JUNE_29_2026), undefined);
    assert.equal(readLongDate('Mai 11, 2026', JUNE_29_2026), undefined);
    assert.equal(readLongDate('May 11 2026', JUNE_29_2026), undefined);
    assert.equal(readLongDate('2026-05-11', JUNE_29_2026), undefined);
  });

  test('BMO/AMC', () => {
    assert.equal(readMarketSession('BMO', JUNE_29_2026), 'BMO');
    assert.equal(readMarketSession('AMC', JUNE_29_2026), 'AMC');
    assert.equal(readMarketSession('TAS', JUNE_29_2026), undefined);
  });
});

describe('an earnings day without a year: the year that puts it nearest the scrape date', () => {
  const cases: Array<[string, ReadContext, string]> = [
    ['Apr 30', JUNE_29_2026, '2026-04-30'], // last report, two months ago
    ['Jul 30', JUNE_29_2026, '2026-07-30'], // next report
    ['Jan 28', on(2025, 12, 20), '2026-01-28'], // across New Year, forwards
    ['Dec 15', on(2026, 1, 10), '2025-12-15'], // across New Year, backwards
    ['Jun 20', on(2026, 12, 20), '2027-06-20'], // 182 days ahead beats 183 days back
    ['Jun 21', on(2026, 12, 20), '2026-06-21'], // 182 days back beats 183 ahead
    ['Nov 01', on(2018, 11, 26), '2018-11-01'],
    ['Oct 29', on(2020, 11, 24), '2020-10-29'],
    ['Feb 29', on(2028, 1, 15), '2028-02-29'], // leap day: only a leap year has it
  ];
  for (const [text, context, expected] of cases) {
    test(`${text} seen on ${isoDate(context.scrapeDate.year, context.scrapeDate.month, context.scrapeDate.day)} -> ${expected}`, () => {
      assert.equal(readDayNearScrapeDate(text, context), expected);
    });
  }

  test('never more than about half a year away', () => {
    for (let month = 1; month <= 12; month++) {
      const context = on(2026, month, 15);
      for (const day of ['Jan 01', 'Mar 15', 'Jun 30', 'Sep 09', 'Dec 31']) {
        const iso = readDayNearScrapeDate(day, context);
        assert.ok(iso !== undefined);
        const days = Math.abs(Date.parse(iso) - Date.UTC(2026, month - 1, 15)) / 86_400_000;
        assert.ok(days <= 184, `${day} seen on 2026-${month}-15 gave ${iso}, ${days} days away`);
      }
    }
  });

  test('a leap day with no leap year within half a year does not read', () => {
    assert.equal(readDayNearScrapeDate('Feb 29', on(2026, 6, 1)), undefined);
  });

  test('junk does not read', () => {
    for (const text of ['Apr', 'Apr 32', 'Foo 12', 'Apr 30 AMC', '4/30', ''])
      assert.equal(readDayNearScrapeDate(text, JUNE_29_2026), undefined, text);
  });
});

describe('scrapeDateOf: the day in New York', () => {
  test('late evening in New York is already tomorrow in UTC', () => {
    assert.deepEqual(scrapeDateOf(new Date('2026-06-30T02:30:00Z')), {year: 2026, month: 6, day: 29});
    assert.deepEqual(scrapeDateOf(new Date('2026-06-30T05:00:00Z')), {year: 2026, month: 6, day: 30});
    assert.deepEqual(scrapeDateOf(new Date('2026-01-01T04:59:00Z')), {year: 2025, month: 12, day: 31});
  });
});
