import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {PageNotRecognisedError} from '../src/errors.js';
import {parseStatement} from '../src/finviz/parse-statement.js';
import {readStatement} from '../src/schema/statement-values.js';
import {classifyResponse} from '../src/worker/classify-response.js';

/**
 * The shape public clients read from Finviz (legout/finvizp's fixture of August 2026, with a JSON
 * number, a null and a "-" added): no real answer was found.
 */
const KNOWN = `{
  "currency": "USD",
  "data": {
    "Period": ["TTM", "2025FY", "2024FY", "2023FY"],
    "Period End Date": ["", "9/30/2025", "9/30/2024", "9/30/2023"],
    "Period Length": ["12 Months", "12 Months", "12 Months", "12 Months"],
    "Total Revenue": ["401,500.00", "391,035.00", "383,285.00", "394,328.00"],
    "Diluted EPS": ["0.62", "6.08", "6.11", "6.13"],
    "Research and Development": ["", "-31,370.00", "-29,915.00", "-26,251.00"],
    "Shares": [15408.095, null, "-", 0.10000000000000001]
  }
}`;

/** KNOWN with `change` applied to its parsed form. */
function changed(change: (answer: {currency?: unknown; data: Record<string, unknown>; [key: string]: unknown}) => void): string {
  const answer = JSON.parse(KNOWN) as {currency?: unknown; data: Record<string, unknown>; [key: string]: unknown};
  change(answer);
  return JSON.stringify(answer);
}

function refusal(text: string): string {
  try {
    const reading = parseStatement(text);
    if (reading.kind === 'statement') readStatement(reading.statement);
  } catch (error) {
    assert.ok(error instanceof PageNotRecognisedError, String(error));
    return error.message;
  }
  assert.fail('the answer was read');
}

describe('parseStatement and readStatement', () => {
  test('the known shape: periods, ISO period ends, exact values, lines in order', () => {
    const reading = parseStatement(KNOWN);
    assert.equal(reading.kind, 'statement');
    const page = readStatement(reading.statement);
    assert.equal(page.currency, 'USD');
    assert.deepEqual(page.periods, [
      {name: 'TTM', end: null, length: '12 Months'},
      {name: '2025FY', end: '2025-09-30', length: '12 Months'},
      {name: '2024FY', end: '2024-09-30', length: '12 Months'},
      {name: '2023FY', end: '2023-09-30', length: '12 Months'},
    ]);
    assert.deepEqual(page.items, [
      {name: 'Total Revenue', values: ['401500', '391035', '383285', '394328']},
      {name: 'Diluted EPS', values: ['0.62', '6.08', '6.11', '6.13']},
      {name: 'Research and Development', values: [null, '-31370', '-29915', '-26251']},
      // A JSON number keeps its digits (a float would give 0.1 for the last).
      {name: 'Shares', values: ['15408.095', null, null, '0.10000000000000001']},
    ]);
  });

  test('Period Length may be missing', () => {
    const reading = parseStatement(changed(({data}) => delete data['Period Length']));
    assert.equal(reading.kind, 'statement');
    assert.deepEqual(
      readStatement(reading.statement).periods.map((period) => period.length),
      [null, null, null, null],
    );
  });

  test('{"error": "no data"} is a ticker without statements', () => {
    assert.deepEqual(parseStatement('{"error": "no data"}'), {kind: 'no-data', message: 'no data'});
  });

  for (const [what, text, message] of [
    ['not JSON', '<html><body>Sign in</body></html>', /^statement not recognised: not JSON \(it starts "<html>/],
    ['cut short', KNOWN.slice(0, 200), /not JSON/],
    ['an array', '[1, 2]', /the answer is an array, not an object/],
    ['another top-level key', changed((answer) => (answer['updated'] = '2026-08-01')), /unknown key "updated"/],
    ['no currency', changed((answer) => delete answer.currency), /"currency" is missing/],
    ['a currency that is no code', changed((answer) => (answer.currency = 'US Dollar')), /"currency" is "US Dollar"/],
    [
      'data not an object',
      changed((answer) => (answer['data'] = [] as unknown as Record<string, unknown>)),
      /"data" is an array, not an object/,
    ],
    [
      'a line not an array',
      changed(({data}) => (data['Total Revenue'] = '401,500.00')),
      /data\["Total Revenue"\] is "401,500.00", not an array/,
    ],
    ['a line of another length', changed(({data}) => (data['Diluted EPS'] = ['0.62'])), /data\["Diluted EPS"\] has 1 values for 4 periods/],
    ['no Period', changed(({data}) => delete data['Period']), /no "Period" in "data"/],
    ['no Period End Date', changed(({data}) => delete data['Period End Date']), /no "Period End Date" in "data"/],
    ['a period without a name', changed(({data}) => (data['Period'] = ['TTM', '', 'x', 'y'])), /period 1 has no name/],
    ['a value that is an object', changed(({data}) => (data['Shares'] = [{}, null, null, null])), /data\["Shares"\]\[0\] is an object/],
    ['a value that is a boolean', changed(({data}) => (data['Shares'] = [null, true, null, null])), /data\["Shares"\]\[1\] is true/],
    [
      'a value that is no number',
      changed(({data}) => (data['Shares'] = [null, null, '12%', null])),
      /"Shares" of 2024FY is "12%", not a number/,
    ],
    [
      'a period end that is no date',
      changed(({data}) => (data['Period End Date'] = ['', '2025-09-30', '', ''])),
      /the end of 2025FY is "2025-09-30"/,
    ],
    [
      'a period end that does not exist',
      changed(({data}) => (data['Period End Date'] = ['', '2/30/2025', '', ''])),
      /the end of 2025FY is "2\/30\/2025"/,
    ],
    ['an error that is not text', '{"error": {"code": 1}}', /"error" is an object/],
  ] as const) {
    test(`refuses ${what}`, () => {
      assert.match(refusal(text), message);
      assert.match(refusal(text), /^statement not recognised: /);
    });
  }
});

describe('classifyResponse of a statement request', () => {
  const request = {kind: 'statement', ticker: 'AAPL', code: 'IA'} as const;
  const answer = (text: string, status = 200) => ({status, headers: {}, bytes: Buffer.from(text)});

  test('a known answer is a good page', () => {
    const outcome = classifyResponse(answer(KNOWN), request);
    assert.equal(outcome.kind, 'ok');
  });

  test('an unknown shape is not recognised, never not found, in its own words', () => {
    const outcome = classifyResponse(answer('{"currency": "USD", "data": {}, "more": 1}'), request);
    assert.deepEqual(outcome, {kind: 'not-recognised', status: 200, message: 'statement not recognised: unknown key "more"'});
  });

  test('"no data", an empty statement and a 404 are final: the ticker has no statement', () => {
    assert.deepEqual(classifyResponse(answer('{"error": "no data"}'), request), {
      kind: 'not-found',
      status: 200,
      message: 'no statement data (Finviz: "no data")',
    });
    const empty = '{"currency": "USD", "data": {"Period": [], "Period End Date": []}}';
    assert.equal(classifyResponse(answer(empty), request).kind, 'not-found');
    assert.deepEqual(classifyResponse(answer('', 404), request), {kind: 'not-found', status: 404, message: 'HTTP 404: ticker not found'});
  });

  test('"Too many requests." is throttling', () => {
    assert.equal(classifyResponse(answer('Too many requests.'), request).kind, 'throttled');
  });
});
