import assert from 'node:assert/strict';
import {test} from 'node:test';
import {renderQuoteTable} from '../src/terminal/quote-table.js';

const AAPL = {Ticker: 'AAPL', Company: 'Apple Inc', 'P/E': '36.67', Index: '-', 'Page Ticker': null, Error: null, extra: null};
const ZZZZ = {
  Ticker: 'ZZZZ',
  Company: null,
  'P/E': null,
  Index: null,
  'Page Ticker': null,
  Error: 'HTTP 404: ticker not found',
  extra: null,
};

test('one ticker: label and value down the page, empty fields left out', () => {
  assert.equal(renderQuoteTable([AAPL], 80), 'Ticker   AAPL\nCompany  Apple Inc\nP/E      36.67\n');
});

test('several tickers side by side, a failed one with its Error', () => {
  assert.equal(
    renderQuoteTable([AAPL, ZZZZ], 80),
    ['Ticker   AAPL       ZZZZ', 'Company  Apple Inc', 'P/E      36.67', 'Error               HTTP 404: ticker not found', ''].join('\n'),
  );
});

test('too wide for the terminal: one ticker after the other', () => {
  assert.equal(
    renderQuoteTable([AAPL, ZZZZ], 30),
    'Ticker   AAPL\nCompany  Apple Inc\nP/E      36.67\n\nTicker  ZZZZ\nError   HTTP 404: ticker not found\n',
  );
});
