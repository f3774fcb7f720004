import assert from 'node:assert/strict';
import {execFileSync, spawn} from 'node:child_process';
import {once} from 'node:events';
import {closeSync, createReadStream, openSync} from 'node:fs';
import {access, lstat, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile} from 'node:fs/promises';
import type {ServerResponse} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {text} from 'node:stream/consumers';
import {after, afterEach, before, describe, test} from 'node:test';
import {renderQuotePage} from '../src/demo/quote-page.js';
import {startStandInServer} from '../src/demo/stand-in-server.js';
import {parseCsv} from './helpers/csv.js';
import {journalTickers} from './helpers/journal.js';
import {BIN, runCli, startCli, startShell} from './helpers/run-cli.js';
import {sendHtml, startScriptedServer, type ScriptedServer} from './helpers/scripted-server.js';

const TICKERS = Array.from({length: 12}, (_, i) => `T${i}`);
const FIELDS = ['--fields', 'Ticker,Price,Error'];

describe('the output: only our own files, never clobbered, every failure one line', () => {
  let server: ScriptedServer;
  let dir: string;
  let list: string;
  /** Tickers whose requests hang until let go. */
  let stuck = new Set<string>();
  const held: ServerResponse[] = [];
  const letGo = () => {
    stuck = new Set();
    for (const response of held.splice(0)) response.destroy();
  };
  before(async () => {
    server = await startScriptedServer((ticker, _attempt, response) => {
      if (stuck.has(ticker)) held.push(response);
      else if (ticker.startsWith('ZZ')) sendHtml(response, 'no such ticker', 404);
      else sendHtml(response, renderQuotePage(ticker));
    });
    dir = await mkdtemp(join(tmpdir(), 'screener-safety-'));
    list = join(dir, 'tickers.txt');
    await writeFile(list, TICKERS.join('\n'));
  });
  afterEach(letGo);
  after(() => server.close());

  const quoted = (args: readonly string[]) => args.map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const tickersIn = (csv: string) =>
    parseCsv(csv)
      .slice(1)
      .map((row) => row[0]);
  const scrape = (...args: string[]) => ['scrape', list, ...FIELDS, '--base-url', server.origin, ...args];
  function assertOneLine(stderr: string, pattern: RegExp): void {
    const lines = stderr
      .trimEnd()
      .split('\n')
      .filter((line) => line.startsWith('screener: ') && !line.startsWith('screener: T'));
    assert.equal(lines.length, 1, `one line: ${stderr}`);
    assert.match(lines[0]!, pattern);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  }

  test('symbolic links planted at the names screener writes: their targets are never touched', async () => {
    const folder = join(dir, 'planted');
    await mkdir(folder);
    const out = join(folder, 'out.csv');
    const victims = ['partial', 'journal', 'journal.new', 'lock'].map((suffix) => ({
      link: `${out}.${suffix}`,
      target: join(dir, `victim-${suffix}`),
    }));
    for (const {link, target} of victims) {
      await writeFile(target, 'precious\n');
      await symlink(target, link);
    }
    const result = await runCli(scrape('-o', out));
    assert.equal(result.code, 0, result.stderr);
    for (const {target} of victims) assert.equal(await readFile(target, 'utf8'), 'precious\n', target);
    assert.ok((await lstat(out)).isFile());
    assert.deepEqual(tickersIn(await readFile(out, 'utf8')), TICKERS);
    assert.deepEqual(await readdir(folder), ['out.csv'], 'nothing left beside it');
  });

  test('--resume does not read a journal through a symbolic link', async () => {
    const out = join(dir, 'linked.csv');
    const target = join(dir, 'victim-resume');
    await writeFile(target, 'precious\n');
    await symlink(target, `${out}.journal`);
    const requests = server.requests();
    const result = await runCli(scrape('-o', out, '--resume'));
    assert.equal(result.code, 2, result.stderr);
    assertOneLine(result.stderr, /linked\.csv\.journal: cannot read: too many symbolic links/);
    assert.equal(await readFile(target, 'utf8'), 'precious\n');
    assert.equal(server.requests(), requests, 'no request was sent');
  });

  test('screen -o: a planted FILE.partial link is not written through; FILE is replaced whole', async () => {
    const site = await startStandInServer();
    try {
      const out = join(dir, 'screen.csv');
      const target = join(dir, 'victim-screen');
      await writeFile(target, 'precious\n');
      await symlink(target, `${out}.partial`);
      const result = await runCli([
        'screen',
        '--filters',
        'cap_mega',
        '--limit',
        '25',
        '--fields',
        'Ticker,Price',
        '-o',
        out,
        '--base-url',
        site.origin,
      ]);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(await readFile(target, 'utf8'), 'precious\n');
      assert.equal(tickersIn(await readFile(out, 'utf8')).length, 25);
      await assert.rejects(access(`${out}.partial`));
    } finally {
      await site.close();
    }
  });

  test('-o through a symbolic link to a file replaces the file and keeps the link', async () => {
    const real = join(dir, 'real.csv');
    const link = join(dir, 'link.csv');
    await writeFile(real, 'old\n');
    await symlink(real, link);
    const result = await runCli(scrape('-o', link));
    assert.equal(result.code, 0, result.stderr);
    assert.ok((await lstat(link)).isSymbolicLink());
    assert.deepEqual(tickersIn(await readFile(real, 'utf8')), TICKERS);
  });

  test('-o /dev/null writes through the device: it stays a device, and nothing is made beside it', async () => {
    const before = await readdir('/dev');
    const result = await runCli(scrape('-o', '/dev/null'));
    assert.equal(result.code, 0, result.stderr);
    assert.ok((await lstat('/dev/null')).isCharacterDevice());
    assert.deepEqual(
      (await readdir('/dev')).filter((name) => name.startsWith('null')),
      before.filter((name) => name.startsWith('null')),
    );
  });

  test('-o a copy of /dev/null (a device node in a folder of ours) stays a device', async (t) => {
    const node = join(dir, 'null-copy');
    try {
      execFileSync('mknod', [node, 'c', '1', '3'], {stdio: 'ignore'});
    } catch {
      t.skip('mknod needs root');
      return;
    }
    const result = await runCli(scrape('-o', node));
    assert.equal(result.code, 0, result.stderr);
    assert.ok((await lstat(node)).isCharacterDevice());
    assert.deepEqual(
      (await readdir(dir)).filter((name) => name.startsWith('null-copy')),
      ['null-copy'],
    );
  });

  test('-o a FIFO writes through it, in input order', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const cli = startCli(scrape('-o', fifo));
    const csv = await text(createReadStream(fifo));
    const result = await cli.result;
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(tickersIn(csv), TICKERS);
    assert.ok((await lstat(fifo)).isFIFO());
  });

  test('-o /dev/stdout writes to stdout, whatever it is', async () => {
    const result = await runCli(scrape('-o', '/dev/stdout'));
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(tickersIn(result.stdout), TICKERS);
  });

  for (const [what, path, message] of [
    ['a folder', () => dir, /is a folder; -o names a file/],
    ['an empty path', () => '', /-o: the path is empty/],
  ] as const) {
    test(`-o naming ${what}: a usage error before any request`, async () => {
      const requests = server.requests();
      const result = await runCli(scrape('-o', path()));
      assert.equal(result.code, 2, result.stderr);
      assertOneLine(result.stderr, message);
      assert.equal(result.stdout, '');
      assert.equal(server.requests(), requests, 'no request was sent');
    });
  }

  test('a second run on the same -o is refused while the first runs; the first finishes whole', async () => {
    stuck = new Set(['T3']);
    const out = join(dir, 'shared.csv');
    server.attempts.clear();
    const requests = server.requests();
    const first = startCli(scrape('-o', out));
    await server.waitForRequests(requests + 1); // it holds the lock before its first request
    const second = await runCli(scrape('-o', out));
    assert.equal(second.code, 2, second.stderr);
    assertOneLine(second.stderr, new RegExp(`shared\\.csv: another screener run \\(pid ${first.child.pid}\\) is writing it`));
    letGo(); // T3's request is cut; it is retried and answered
    const result = await first.result;
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(tickersIn(await readFile(out, 'utf8')), TICKERS);
    for (const ticker of TICKERS.filter((t) => t !== 'T3'))
      assert.equal(server.attempts.get(ticker), 1, `${ticker}: the second run sent nothing`);
  });

  test('a lock left by a crashed run is taken over', async () => {
    const out = join(dir, 'stale.csv');
    const dead = spawn(process.execPath, ['-e', '']);
    await once(dead, 'exit');
    await writeFile(`${out}.lock`, `${dead.pid}\n`);
    const result = await runCli(scrape('-o', out));
    assert.equal(result.code, 0, result.stderr);
    await assert.rejects(access(`${out}.lock`));
  });

  test('stdout on /dev/full: exit 6, one line, no stack trace', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const child = spawn(process.execPath, [BIN, ...scrape()], {stdio: ['ignore', full, 'pipe']});
      const stderr = text(child.stderr!);
      const [code] = (await once(child, 'close')) as [number];
      assert.equal(code, 6, await stderr);
      assertOneLine(await stderr, /^screener: cannot write stdout: no space left on device \(ENOSPC\)/);
    } finally {
      closeSync(full);
    }
  });

  test('-o /dev/full: exit 6, one line', async () => {
    const result = await runCli(scrape('-o', '/dev/full'));
    assert.equal(result.code, 6, result.stderr);
    assertOneLine(result.stderr, /^screener: cannot write \/dev\/full: no space left on device \(ENOSPC\)/);
  });

  /** A run that hits a full disk (or a file size limit) part way: exit 6, the rows done kept, and --resume finishes once there is room. */
  async function fullDiskThenResume(
    out: string,
    run: (args: string[]) => Promise<{code: number | null; stderr: string}>,
    makeRoom: () => Promise<void>,
    error: RegExp,
  ) {
    const tickers = Array.from({length: 150}, (_, i) => `F${i}`);
    const tickerList = join(dir, `${tickers.length}.txt`);
    await writeFile(tickerList, tickers.join('\n'));
    await writeFile(out, 'earlier\n').catch(() => undefined);
    const args = ['scrape', tickerList, '-o', out, '--workers', '2', '--base-url', server.origin];
    const failed = await run(args);
    assert.equal(failed.code, 6, failed.stderr);
    assertOneLine(
      failed.stderr,
      new RegExp(
        `cannot write .*\\.journal: ${error.source}; the (\\d+) rows done are kept in it; once it can be written: screener scrape .* --resume$`,
      ),
    );
    const kept = journalTickers(await readFile(`${out}.journal`, 'utf8'));
    assert.ok(kept.length > 0 && kept.length < tickers.length, `${kept.length} rows kept`);
    if ((await stat(out).catch(() => undefined)) !== undefined) assert.equal(await readFile(out, 'utf8'), 'earlier\n', 'FILE untouched');
    await makeRoom();
    server.attempts.clear();
    const resumed = await runCli([...args, '--resume']);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.deepEqual(tickersIn(await readFile(out, 'utf8')), tickers);
    for (const ticker of kept) assert.equal(server.attempts.get(ticker), undefined, `${ticker} was kept`);
  }

  test('a full file system (a small tmpfs): exit 6, rows kept, --resume finishes', {timeout: 60_000}, async (t) => {
    const mount = join(dir, 'tmpfs');
    await mkdir(mount);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mount], {stdio: 'ignore'});
    } catch {
      t.skip('cannot mount a tmpfs here (needs root); the file size limit test below covers the same path');
      return;
    }
    try {
      // Leave about 32 KB: the journal starts, then fills it part way (a row is about 1 KB).
      const filler = join(mount, 'filler');
      await writeFile(filler, Buffer.alloc(224 * 1024));
      await fullDiskThenResume(
        join(mount, 'out.csv'),
        (args) => runCli(args),
        () => rm(filler),
        /no space left on device \(ENOSPC\)/,
      );
    } finally {
      execFileSync('umount', ['-l', mount]);
    }
  });

  test('a file size limit (ulimit -f, EFBIG): exit 6, rows kept, --resume finishes', {timeout: 60_000}, async () => {
    const out = join(dir, 'limited.csv');
    // 32 blocks of 1 KB (a row is about 1 KB): writing past it fails with EFBIG (Node ignores SIGXFSZ).
    const run = (args: string[]) => startShell(`ulimit -f 32; exec "$NODE" "$BIN" ${quoted(args)}`).result;
    await fullDiskThenResume(out, run, async () => undefined, /file too large \(EFBIG\)/);
  });

  test('EPIPE on stdout (`screener … | head -n 2`): exit 6 at once, one line', {timeout: 60_000}, async () => {
    stuck = new Set(['T1']);
    // The group closes the pipe's reading end once head is done, then says so.
    const pipeline = startShell(
      `"$NODE" "$BIN" ${quoted(scrape())} | { head -n 2 >/dev/null; exec 0<&-; echo HEAD-DONE; }; echo "exit=\${PIPESTATUS[0]}"`,
    );
    await pipeline.waitForStdout((out) => out.includes('HEAD-DONE'));
    letGo(); // T1 is retried and answered; its row, and those after it, meet the closed pipe
    const result = await pipeline.result;
    assert.match(result.stdout, /exit=6\n/, result.stderr);
    assertOneLine(
      result.stderr,
      /^screener: cannot write stdout: its reader has gone \(broken pipe\) \(EPIPE\); stopped after \d+ of 12 tickers$/,
    );
  });

  test('EPIPE on stderr (`2>&1 >/dev/null | head -n 1`): ignored; the run finishes its file', {timeout: 60_000}, async () => {
    stuck = new Set(['T1']);
    const out = join(dir, 'stderr-closed.csv');
    const failing = join(dir, 'failing.txt');
    const tickers = ['ZZ0', 'T1', ...Array.from({length: 30}, (_, i) => `ZZ${i + 1}`), 'T2'];
    await writeFile(failing, tickers.join('\n'));
    const args = quoted(['scrape', failing, '-o', out, ...FIELDS, '--base-url', server.origin]);
    const pipeline = startShell(
      `"$NODE" "$BIN" ${args} 2>&1 >/dev/null | { head -n 1 >/dev/null; exec 0<&-; echo HEAD-DONE; }; echo "exit=\${PIPESTATUS[0]}"`,
    );
    await pipeline.waitForStdout((output) => output.includes('HEAD-DONE'));
    letGo(); // then at least the summary meets the closed pipe
    const result = await pipeline.result;
    assert.match(result.stdout, /exit=1\n/, 'some tickers failed: 1, not a crash');
    assert.deepEqual(tickersIn(await readFile(out, 'utf8')), tickers);
  });
});
