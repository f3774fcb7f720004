import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {once} from 'node:events';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {createServer, request as httpRequest, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {setTimeout as delay} from 'node:timers/promises';
import {promisify} from 'node:util';
import {startStandInServer, type StandInServer} from '../../src/demo/stand-in-server.js';
import {BIN} from '../helpers/run-cli.js';

/**
 * The progress line on a real terminal: the CLI runs in a tmux pane of a known width, stdout and
 * stderr both on it, as a user runs it. Needs tmux (.ci/system installs it).
 */
const run = promisify(execFile);
const SOCKET = `screener-test-${process.pid}`;
const tmux = (...args: string[]) => run('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args]);

/** What the progress line looks like, whole or cut down to any width. */
const PROGRESS = /^\d+(\/\d+)? (tickers|pages)\b/;

let dir: string;
let standIn: StandInServer;
let session = 0;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'screener-terminal-'));
  standIn = await startStandInServer({latencyMs: 5});
});

after(async () => {
  await tmux('kill-server').catch(() => undefined);
  await standIn?.close();
  if (dir !== undefined) await rm(dir, {recursive: true, force: true});
});

/** Runs `command` in a new pane `width` columns wide; `done()` resolves once it has exited. */
async function inPane(width: number, command: string): Promise<{name: string; done: () => Promise<void>}> {
  const name = `run${++session}`;
  const script = `${command}; echo "exit status $?"; tmux -L ${SOCKET} wait-for -S ${name}; sleep 600`;
  await tmux('new-session', '-d', '-s', name, '-x', String(width), '-y', '30', script);
  await tmux('set-option', '-t', name, 'history-limit', '50000');
  return {name, done: () => tmux('wait-for', name).then(() => undefined)};
}

/** The pane's lines (the whole history with `all`), lines the terminal wrapped joined back. */
async function capture(name: string, all = false): Promise<string[]> {
  const {stdout} = await tmux('capture-pane', '-p', '-J', '-t', name, ...(all ? ['-S', '-', '-E', '-'] : []));
  const lines = stdout.split('\n').map((line) => line.trimEnd());
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** Captures the visible pane until it satisfies the predicate (a deadline stands for a hang). */
async function waitForPane(name: string, predicate: (lines: string[]) => boolean, what: string): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const lines = await capture(name);
    if (predicate(lines)) return lines;
    if (Date.now() > deadline) throw new Error(`the pane never showed ${what}:\n${lines.join('\n')}`);
    await delay(50);
  }
}

function tickerList(count: number, extra: Record<number, string> = {}): string[] {
  return Array.from({length: count}, (_, index) => extra[index] ?? `T${String(index).padStart(4, '0')}`);
}

/** What a whole run leaves on the terminal: the CSV, failed tickers' lines, the summary; nothing of the progress line. */
function assertWholeRun(lines: string[], tickers: readonly string[]): void {
  const start = lines.findIndex((line) => line === 'Ticker,Price');
  assert.ok(start >= 0, `the header is on a line of its own:\n${lines.join('\n')}`);
  const rest = lines.slice(start + 1);
  const rows = rest.filter((line) => /^[A-Z0-9]+,/.test(line));
  assert.deepEqual(
    rows.map((row) => row.split(',')[0]),
    tickers,
    'every row on its own line, in input order',
  );
  for (const row of rows) assert.match(row, /^[A-Z0-9]+,(\d+(\.\d+)?|)$/, 'a row intact');
  const others = rest.filter((line) => !rows.includes(line));
  for (const line of others) {
    assert.doesNotMatch(line, PROGRESS, 'no progress line left behind');
    assert.match(line, /^(screener: ZZ\d+: HTTP 404|pool: |requests: |errors: |exit status )/, `an expected line: ${JSON.stringify(line)}`);
  }
  assert.ok(
    others.some((line) => /^pool: \d+ tickers/.test(line)),
    'the summary',
  );
}

test('with stdout on the same terminal, rows and failed tickers scroll above the progress line whole, and none of it is left', async () => {
  const failing: Record<number, string> = {40: 'ZZ1', 41: 'ZZ2', 200: 'ZZ3'};
  const tickers = tickerList(400, failing);
  const list = join(dir, 'wide.txt');
  await writeFile(list, tickers.join('\n'));
  for (const width of [120, 60]) {
    const pane = await inPane(width, `${process.execPath} ${BIN} scrape ${list} --base-url ${standIn.origin} --fields Ticker,Price`);
    await pane.done();
    const lines = await capture(pane.name, true);
    assertWholeRun(lines, tickers);
    assert.ok(lines.includes('exit status 1'), 'three tickers failed');
  }
});

test('a narrow pane: the line is cut down to fit, never wraps, shows a Retry-After pause, and a resize leaves nothing behind', async () => {
  // A site in front of the stand-in that answers one ticker's first request 429 with Retry-After,
  // and holds another's answer until the test has looked at the pane.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let holding!: () => void;
  const isHolding = new Promise<void>((resolve) => (holding = resolve));
  let throttled = false;
  const gate: Server = createServer((request, response) => {
    const ticker = new URL(request.url ?? '/', 'http://x').searchParams.get('t');
    if (ticker === 'SLOW' && !throttled) {
      throttled = true;
      response.writeHead(429, {'retry-after': '3'}).end('Too many requests.');
      return;
    }
    const forward = () =>
      request.pipe(
        httpRequest(`${standIn.origin}${request.url}`, {method: request.method, headers: request.headers}, (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        }),
      );
    if (ticker === 'HOLD') {
      holding();
      void held.then(forward);
    } else forward();
  });
  gate.listen(0, '127.0.0.1');
  await once(gate, 'listening');
  const origin = `http://127.0.0.1:${(gate.address() as AddressInfo).port}`;
  try {
    const tickers = tickerList(300, {20: 'SLOW', 150: 'HOLD'});
    const list = join(dir, 'narrow.txt');
    await writeFile(list, tickers.join('\n'));
    const pane = await inPane(48, `${process.execPath} ${BIN} scrape ${list} --base-url ${origin} --fields Ticker,Price`);

    const paused = await waitForPane(pane.name, (lines) => /paused \d s \(Retry-After\)$/.test(lines.at(-1) ?? ''), 'the pause');
    // What fits in 47 columns depends on the count reached: the percentage goes before the pause would.
    assert.match(paused.at(-1)!, /^\d+\/300 tickers( \(\d+%\))?, (.*, )?paused [1-3] s \(Retry-After\)$/);
    assert.ok(paused.at(-1)!.length < 48);

    await isHolding;
    const mid = await waitForPane(
      pane.name,
      (lines) => /^1[5-9]\d\/300 tickers/.test(lines.at(-1) ?? ''),
      'the count past the held ticker',
    );
    for (const line of mid) assert.ok(line.length < 48, `fits: ${line}`);
    assert.match(mid.at(-2)!, /^T0149,/, 'the rows stop before the held ticker, each whole');

    // The terminal narrows while the line is shown: tmux rewraps it, and the wrapped rows are erased.
    await tmux('resize-window', '-t', pane.name, '-x', '24');
    await waitForPane(pane.name, (lines) => /^\d+\/300 tickers$/.test(lines.at(-1) ?? ''), 'the line cut to 24 columns');
    await tmux('resize-window', '-t', pane.name, '-x', '100');
    release();
    await pane.done();
    const lines = await capture(pane.name, true);
    assertWholeRun(lines, tickers);
    assert.ok(lines.includes('exit status 0'));
  } finally {
    release();
    gate.closeAllConnections();
    gate.close();
  }
});
