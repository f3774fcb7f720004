/**
 * What a crash costs: runs the real CLI with `-o FILE` against a local site
 * whose second ticker never answers (the worst case: every other ticker
 * finishes behind it), kills it with SIGKILL once the site has answered
 * everything it was asked and `--settle-ms` has passed, then runs the same
 * command with `--resume` and counts what the site is asked again.
 *
 *   npm run bench:crash -- [--concurrency 8] [--tickers N] [--settle-ms 1000] [--bin path/to/bin/screener.js]
 *
 * `--bin` measures another build (an older commit checked out and built elsewhere).
 * Prints one line of JSON: rows answered before the kill, rows lost (answered
 * but fetched again by --resume), rows refetched (asked before the kill and
 * again by --resume), and whether the resumed file has every ticker once, in order.
 */
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {createServer, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {renderQuotePage} from '../demo/quote-page.js';

const {values} = parseArgs({
  options: {
    concurrency: {type: 'string', default: '8'},
    tickers: {type: 'string'},
    'settle-ms': {type: 'string', default: '1000'},
    bin: {type: 'string', default: fileURLToPath(new URL('../../bin/screener.js', import.meta.url))},
  },
});
const concurrency = Number(values.concurrency);
// Past the largest reorder window any version had (8 × concurrency, at least 64), so it fills.
const count = Number(values.tickers ?? Math.max(64, 8 * concurrency) + 100);
const tickers = Array.from({length: count}, (_, i) => `T${String(i).padStart(4, '0')}`);
const STALLED = tickers[1]!;

/** Per ticker: asked before the kill, answered before the kill, asked by --resume. */
const asked = new Set<string>();
const answered = new Set<string>();
const askedAgain = new Set<string>();
let phase: 'crash' | 'resume' = 'crash';
const held: ServerResponse[] = [];
let lastActivity = performance.now();
const server = createServer((request, response) => {
  const ticker = new URL(request.url ?? '/', 'http://localhost').searchParams.get('t') ?? '';
  lastActivity = performance.now();
  if (phase === 'resume') {
    askedAgain.add(ticker);
    send(response, ticker);
    return;
  }
  asked.add(ticker);
  if (ticker === STALLED) {
    held.push(response);
    return;
  }
  send(response, ticker);
  answered.add(ticker);
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

function send(response: ServerResponse, ticker: string): void {
  const html = renderQuotePage(ticker);
  response.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html)});
  response.end(html);
}

const dir = await mkdtemp(join(tmpdir(), 'screener-crash-'));
const list = join(dir, 'tickers.txt');
const out = join(dir, 'out.csv');
await writeFile(list, `${tickers.join('\n')}\n`);
const args = [values.bin, 'scrape', list, '-o', out, '--concurrency', String(concurrency), '--base-url', origin];

const settleMs = Number(values['settle-ms']);
const child = spawn(process.execPath, args, {stdio: ['ignore', 'ignore', 'pipe']});
child.stderr.resume();
// Kill once the site has answered everything asked so far but the stalled ticker, and nothing new came for settle-ms.
await new Promise<void>((resolve) => {
  const check = () => {
    const idle = performance.now() - lastActivity;
    if (answered.size > 0 && answered.size === asked.size - 1 && idle >= settleMs) resolve();
    else setTimeout(check, Math.max(10, settleMs - idle));
  };
  check();
});
child.kill('SIGKILL');
await once(child, 'close');
for (const response of held) response.destroy();

phase = 'resume';
const resumed = spawn(process.execPath, [...args, '--resume'], {stdio: ['ignore', 'ignore', 'pipe']});
let resumeErr = '';
resumed.stderr.setEncoding('utf8').on('data', (chunk: string) => (resumeErr += chunk));
const [code] = (await once(resumed, 'close')) as [number | null];
const written = (await readFile(out, 'utf8').catch(() => ''))
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0]);
server.closeAllConnections();
server.close();
await rm(dir, {recursive: true, force: true});

const lost = [...answered].filter((ticker) => askedAgain.has(ticker)).length;
const refetched = [...asked].filter((ticker) => askedAgain.has(ticker)).length;
console.log(
  JSON.stringify({
    bin: values.bin,
    concurrency,
    tickers: count,
    answeredBeforeKill: answered.size,
    rowsLost: lost,
    rowsRefetched: refetched,
    resumeRequests: askedAgain.size,
    resumeExit: code,
    resumedFileComplete: written.join(',') === tickers.join(','),
    ...(code === 0 ? {} : {resumeStderr: resumeErr.trim()}),
  }),
);
