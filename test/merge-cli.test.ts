import assert from 'node:assert/strict';
import {mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import {runCli} from './helpers/run-cli.js';

/** ZZ tickers are unknown to the stand-in: failed rows merge like the others. */
const TICKERS = ['AAPL', 'MSFT', 'NVDA', 'ZZBAD', 'GOOG', 'AMZN', 'META'];

describe('screener merge', () => {
  let server: StandInServer;
  let dir: string;
  let list: string;
  before(async () => {
    server = await startStandInServer();
    dir = await mkdtemp(join(tmpdir(), 'screener-merge-'));
    list = join(dir, 'tickers.txt');
    await writeFile(list, `${TICKERS.join('\n')}\nAAPL\n`);
  });
  after(() => server.close());

  const scrape = async (out: string, extra: readonly string[]) => {
    const result = await runCli(['scrape', list, '-o', out, '--base-url', server.origin, '--retries', '0', ...extra]);
    assert.ok(result.code === 0 || result.code === 1, result.stderr);
  };

  for (const [format, parts] of [
    ['csv', 4],
    ['jsonl', 2],
    ['json', 2],
  ] as const) {
    test(`${format}: ${parts} shards merged are byte for byte one run over the whole list`, async () => {
      const whole = join(dir, `whole.${format}`);
      await scrape(whole, ['--format', format]);
      const paths = Array.from({length: parts}, (_, index) => join(dir, `part-${index}.${format}`));
      for (const [index, path] of paths.entries()) await scrape(path, ['--format', format, '--shard', `${index}/${parts}`]);
      const merged = join(dir, `merged.${format}`);
      // Parts in any order: the list gives the order.
      const result = await runCli(['merge', merged, ...[...paths].reverse(), '--tickers', list]);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(await readFile(merged, 'utf8'), await readFile(whole, 'utf8'));
      assert.match(
        result.stderr,
        new RegExp(`^merge: 7 tickers, 7 rows from ${parts} parts into .*merged\\.${format} \\(1 failed row\\)$`, 'm'),
      );
    });
  }

  test('a missing part: exit 1, the missing tickers named, OUT untouched', async () => {
    const out = join(dir, 'kept.csv');
    await writeFile(out, 'before\n');
    const result = await runCli([
      'merge',
      out,
      join(dir, 'part-0.csv'),
      join(dir, 'part-2.csv'),
      join(dir, 'part-3.csv'),
      '--tickers',
      list,
    ]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^screener: merge: 2 tickers of the list missing: MSFT, NVDA$/m);
    assert.match(result.stderr, /the parts do not add up; .*kept\.csv is not written$/m);
    assert.equal(await readFile(out, 'utf8'), 'before\n');
  });

  test('without --tickers: the order of the parts, no duplicates, and a note that missing tickers cannot be told', async () => {
    const paths = [0, 1, 2, 3].map((index) => join(dir, `part-${index}.csv`));
    const result = await runCli(['merge', '-', ...paths]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, await readFile(join(dir, 'whole.csv'), 'utf8'));
    assert.match(result.stderr, /without --tickers, a ticker absent from every part cannot be told/);
    const twice = await runCli(['merge', '-', paths[0] ?? '', paths[1] ?? '', join(dir, 'merged.csv')]);
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /3 tickers more than once: AAPL \(.*part-0\.csv, .*merged\.csv\), MSFT/);
    assert.equal(twice.stdout, '');
  });

  test('usage errors: a part that does not exist, a part given twice, OUT among the parts, files and folders mixed', async () => {
    const part = join(dir, 'part-0.csv');
    for (const [args, message] of [
      [['merge', '-', join(dir, 'nope.csv')], /nope\.csv: .*no such file/i],
      [['merge', '-', part, part], /is given twice/],
      [['merge', part, part, join(dir, 'part-1.csv')], /is one of the parts/],
      [['merge', '-', part, dir], /files or folders, not both/],
      [['merge', join(dir, 'x.json'), part], /names json, but the parts are csv/],
    ] as const) {
      const result = await runCli(args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, message);
    }
  });

  test('folders of tables: each table merged by name; a many-row table proved against its folder’s snapshot', async () => {
    // Two folders as a --tables run of two shards writes them: snapshot.csv, news.csv (zero or more rows a ticker).
    const folders = [join(dir, 'shard-0'), join(dir, 'shard-1')];
    const slices = [TICKERS.slice(0, 3), TICKERS.slice(3)];
    for (const [index, folder] of folders.entries()) {
      await mkdir(folder, {recursive: true});
      await writeFile(join(folder, 'snapshot.csv'), `Ticker,Error\n${(slices[index] ?? []).map((ticker) => `${ticker},`).join('\n')}\n`);
    }
    // AAPL two items, MSFT none, NVDA one; ZZBAD failed (one row with Error), GOOG one.
    await writeFile(join(folders[0] ?? '', 'news.csv'), 'Ticker,Title,Error\nAAPL,a1,\nAAPL,a2,\nNVDA,n1,\n');
    await writeFile(join(folders[1] ?? '', 'news.csv'), 'Ticker,Title,Error\nZZBAD,,HTTP 404\nGOOG,g1,\n');
    const out = join(dir, 'merged-tables');
    const result = await runCli(['merge', out, ...folders, '--tickers', list]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      await readFile(join(out, 'news.csv'), 'utf8'),
      'Ticker,Title,Error\nAAPL,a1,\nAAPL,a2,\nNVDA,n1,\nZZBAD,,HTTP 404\nGOOG,g1,\n',
    );
    assert.equal(await readFile(join(out, 'snapshot.csv'), 'utf8'), `Ticker,Error\n${TICKERS.map((ticker) => `${ticker},`).join('\n')}\n`);

    // A news row in the wrong part (GOOG in shard 0, whose snapshot does not have it) and a folder without news.csv.
    await writeFile(join(folders[0] ?? '', 'news.csv'), 'Ticker,Title,Error\nAAPL,a1,\nGOOG,g0,\n');
    const wrong = await runCli(['merge', join(dir, 'wrong'), ...folders, '--tickers', list]);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /news\.csv: 1 ticker more than once: GOOG/);
    assert.match(wrong.stderr, /news\.csv: 1 ticker not in their part's one-row table: GOOG/);
    const third = join(dir, 'shard-2');
    await mkdir(third);
    await writeFile(join(third, 'snapshot.csv'), 'Ticker,Error\n');
    const absent = await runCli(['merge', join(dir, 'absent'), ...folders, third]);
    assert.equal(absent.code, 1);
    assert.match(absent.stderr, /missing table files: .*shard-2\/news\.csv/);
  });
});
