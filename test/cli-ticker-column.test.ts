import assert from 'node:assert/strict';
import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {startStandInServer} from '../src/demo/stand-in-server.js';
import {parseCsv} from './helpers/csv.js';
import {runCli} from './helpers/run-cli.js';

test("scrape --column Symbol reads a broker's CSV export, and without it the header is no ticker list", async () => {
  const server = await startStandInServer();
  try {
    const path = join(await mkdtemp(join(tmpdir(), 'screener-column-')), 'positions.csv');
    await writeFile(path, 'Symbol,Name,Quantity\nMSFT,Microsoft Corp,3\nAAPL,"Apple Inc., common",10\n');
    const result = await runCli(['scrape', path, '--column', 'Symbol', '--fields', 'Ticker,Company', '--base-url', server.origin]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      parseCsv(result.stdout).map((row) => row[0]),
      ['Ticker', 'MSFT', 'AAPL'],
    );
    const plain = await runCli(['scrape', path, '--base-url', server.origin]);
    assert.equal(plain.code, 2);
    assert.match(plain.stderr, /positions\.csv:1: "Symbol" looks like the header of a CSV file; to read that column: --column Symbol\n$/);
    assert.equal(server.stats.requests, 2, 'no request for a list that is refused');
  } finally {
    await server.close();
  }
});
