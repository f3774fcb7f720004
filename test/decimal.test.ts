import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {readDecimal, readPercent} from '../src/schema/decimal.js';

describe('readDecimal: exact, on the digit string', () => {
  const exact: Array<[string, string]> = [
    ['0.07', '0.07'],
    ['2881.62B', '2881620000000'],
    ['4183.77B', '4183770000000'],
    ['1.5K', '1500'],
    ['869.28K', '869280'],
    ['0.48M', '480000'],
    ['1.23456K', '1234.56'],
    ['2T', '2000000000000'],
    ['0.001T', '1000000000'],
    ['76,239,268', '76239268'],
    ['1,234.50', '1234.5'],
    ['-4.80M', '-4800000'],
    ['-0.18', '-0.18'],
    ['-0.01', '-0.01'],
    ['+3.5', '3.5'],
    ['7.30', '7.3'],
    ['2.00', '2'],
    ['0.00M', '0'],
    ['-0.00', '0'],
    ['007', '7'],
    ['166000', '166000'],
    ['0.1', '0.1'],
    ['0.2', '0.2'],
    ['123456789012345678.99', '123456789012345678.99'], // beyond a double's precision, still exact
  ];
  for (const [text, expected] of exact) {
    test(`${text} -> ${expected}`, () => assert.equal(readDecimal(text, {multipliers: true}), expected));
  }

  test('where floating-point scaling is off, the digit string is not', () => {
    assert.equal(Number.parseFloat('4183.77') * 1e9, 4183770000000.0005);
    assert.equal(Number.parseFloat('8.2') * 1e9, 8199999999.999999);
    assert.equal(readDecimal('4183.77B', {multipliers: true}), '4183770000000');
    assert.equal(readDecimal('8.2B', {multipliers: true}), '8200000000');
  });

  test('multipliers only when allowed', () => {
    assert.equal(readDecimal('1.5K'), undefined);
    assert.equal(readDecimal('1.5'), '1.5');
  });

  const junk = [
    '',
    '-',
    '- -',
    'abc',
    '1.2.3',
    '12X',
    '1,23',
    '12,3456',
    ',123',
    '1 000',
    '.5',
    '5.',
    '--1',
    '1e5',
    'NaN',
    'Infinity',
    '0x10',
    '5%',
    '1.5KK',
    'K',
    '1.5 K',
    ' 1.5',
  ];
  for (const text of junk) {
    test(`junk ${JSON.stringify(text)} does not read`, () => assert.equal(readDecimal(text, {multipliers: true}), undefined));
  }
});

describe('readPercent: percent points', () => {
  const cases: Array<[string, string | undefined]> = [
    ['5.32%', '5.32'],
    ['-0.38%', '-0.38'],
    ['0.00%', '0'],
    ['1080.13%', '1080.13'],
    ['1,234.56%', '1234.56'],
    ['-240.50%', '-240.5'],
    ['5.32', undefined], // a percent column without "%": its unit changed, so it is not guessed at
    ['5.32%%', undefined],
    ['1.5K%', undefined],
    ['%', undefined],
    ['-', undefined],
  ];
  for (const [text, expected] of cases) {
    test(`${JSON.stringify(text)} -> ${String(expected)}`, () => assert.equal(readPercent(text), expected));
  }
});
