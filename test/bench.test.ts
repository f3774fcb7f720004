import assert from 'node:assert/strict';
import {mkdtemp, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import type {BenchReport} from '../src/bench/run-bench.js';
import {runCli} from './helpers/run-cli.js';

// What the bench does, not how fast: speed is for `screener bench` itself to show, never to assert.
test('screener bench: table on stdout, the same as JSON, and a well-formed SVG chart', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'screener-bench-'));
  const json = join(dir, 'bench.json');
  const svg = join(dir, 'bench.svg');
  const result = await runCli(['bench', '--workers', '2,1', '--pages', '20', '--latency', '0', '--json', json, '--svg', svg]);
  assert.equal(result.code, 0, result.stderr);

  const report = JSON.parse(await readFile(json, 'utf8')) as BenchReport;
  assert.equal(report.command, 'screener bench --workers 1,2 --latency 0 --pages 20');
  assert.deepEqual(report.settings.workers, [1, 2]);
  assert.equal(report.settings.pages, 20);
  assert.equal(report.settings.latencyMs, 0);
  assert.equal(report.outputsMatch, true);
  assert.deepEqual(
    report.rows.map((row) => `${row.mode} ${row.workers}`),
    ['parse 1', 'single 1', 'pool 1', 'floor 1', 'pool 2', 'floor 2'],
  );
  for (const row of report.rows) {
    const name = `${row.mode} ${row.workers}`;
    assert.equal(row.ok, 20, name);
    assert.equal(row.failed, 0, name);
    for (const value of [row.seconds, row.pagesPerSecond, row.cpuMsPerPage, row.peakRssMiB]) {
      assert.ok(Number.isFinite(value) && value > 0, `${name}: ${value}`);
    }
    assert.equal(row.speedup === undefined, row.mode === 'parse', name);
    assert.equal(row.floorRatio === undefined, row.mode === 'parse', name);
    if (row.mode === 'single') assert.equal(row.speedup, 1);
    if (row.mode === 'floor') assert.equal(row.floorRatio, 1);
    // Never more requests at once than asked for (with no latency they need not overlap at all).
    if (row.mode !== 'parse') assert.ok(row.peakInFlight! >= 1 && row.peakInFlight! <= row.workers, `${name}: ${row.peakInFlight}`);
  }

  // Every row of the JSON is in the printed table, in the same order.
  const lines = result.stdout.split('\n').filter((line) => /^(parse only|single|pool|floor)\s+\d/.test(line));
  assert.deepEqual(
    lines.map((line) =>
      line
        .split(/\s{2,}/)
        .slice(0, 2)
        .join(' '),
    ),
    ['parse only 1', 'single 1', 'pool 1', 'floor 1', 'pool 2', 'floor 2'],
  );

  const chart = await readFile(svg, 'utf8');
  assert.match(chart, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>/);
  assertWellFormed(chart);
  assert.equal((chart.match(/<polyline /g) ?? []).length, 3, 'pool, floor and ideal lines');
});

test('screener bench refuses a bad worker list before measuring', async () => {
  const result = await runCli(['bench', '--workers', '1,0']);
  assert.equal(result.code, 2);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /^screener: .*--workers.*expected comma-separated integers from 1 to 256, got "1,0"/);
});

/**
 * XML well-formedness, as far as this chart goes: one root, every tag closed in order, attributes
 * quoted, no stray `<` or `&` in text.
 */
function assertWellFormed(xml: string): void {
  const open: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let at = 0;
  while (at < xml.length) {
    token.lastIndex = at;
    const match = token.exec(xml);
    assert.ok(match !== null, `not well-formed at ${at}: ${xml.slice(at, at + 60)}`);
    const [whole, closing, name, , selfClosing, text] = match;
    if (text !== undefined) {
      assert.ok(open.length > 0 || text.trim() === '', `text outside the root: ${text}`);
      assert.doesNotMatch(text, /&(?!(?:#\d+|lt|gt|amp|quot|apos);)/, `bare & in ${text}`);
    } else if (closing === '/') {
      assert.equal(open.pop(), name, `</${name}> closes the wrong element`);
    } else {
      if (open.length === 0) roots++;
      if (selfClosing !== '/') open.push(name!);
    }
    at += whole.length;
  }
  assert.deepEqual(open, [], 'every element is closed');
  assert.equal(roots, 1, 'one root element');
}
