import assert from 'node:assert/strict';
import {mkdtemp, writeFile, mkdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {runCli, startShell} from './helpers/run-cli.js';
import {sendHtml, startScriptedServer, type ScriptedServer} from './helpers/scripted-server.js';

// Every bad input must be refused before a single request reaches the site.
describe('bad input: exit 2, one line on stderr, nothing on stdout, no request', () => {
  let server: ScriptedServer;
  let dir: string;
  before(async () => {
    server = await startScriptedServer((_ticker, _attempt, response) => sendHtml(response, '<html></html>'));
    dir = await mkdtemp(join(tmpdir(), 'screener-usage-'));
  });
  after(() => server.close());

  async function expectRefused(args: string[], message: RegExp, stdin?: string) {
    const [command = 'scrape', ...rest] = args;
    const result = await runCli([command, '--base-url', server.origin, ...rest], {stdin, cwd: dir});
    assert.equal(result.code, 2, `exit status; stderr: ${result.stderr}`);
    assert.equal(result.stdout, '');
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 1, `one line on stderr, got: ${result.stderr}`);
    assert.match(lines[0]!, /^screener: /);
    assert.match(lines[0]!, message);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(server.requests(), 0, 'no request was sent');
  }

  async function listFile(name: string, content: string | Buffer): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  }

  const badTickers: Array<[string, string]> = [
    ['query injection', 'AAPL&t=MSFT'],
    ['path traversal', '../x'],
    ['a URL', 'https://finviz.com/quote.ashx?t=AAPL'],
    ['too long', 'ABCDEFGHIJK'],
  ];
  for (const [what, token] of badTickers) {
    test(`a ticker that is ${what}, named with file and line`, async () => {
      const path = await listFile(`bad-${what.replace(/\W/g, '')}.txt`, `AAPL\n# fine\nMSFT, ${token}\n`);
      await expectRefused(['scrape', path], new RegExp(`bad-\\w+\\.txt:3: .* is not a ticker`));
    });
  }

  for (const token of ['ſpy', '-', '...', '-AAPL']) {
    test(`${JSON.stringify(token)} is not a ticker (ASCII, a letter or digit first)`, async () => {
      await expectRefused(
        ['scrape', '-'],
        new RegExp(`<stdin>:1: ${JSON.stringify(token).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a ticker`),
        `${token}\n`,
      );
    });
  }

  test('endless stdin (`yes AAPL | screener scrape -`) is refused at the size limit', {timeout: 60_000}, async () => {
    const result = await startShell(`yes AAPL | "$NODE" "$BIN" scrape - --base-url ${server.origin}; echo "exit=$?"`).result;
    assert.match(result.stdout, /^exit=2\n$/, result.stderr);
    assert.equal(result.stderr, 'screener: <stdin>: more than 64 MB; a ticker list is far smaller\n');
    assert.equal(server.requests(), 0, 'no request was sent');
  });

  test('an endless device as the list (/dev/zero) is refused at the size limit too', {timeout: 60_000}, async () => {
    await expectRefused(['scrape', '/dev/zero'], /\/dev\/zero: more than 64 MB/);
  });

  test('screen --tickers-only with an option it cannot apply', async () => {
    for (const extra of [['--format', 'json'], ['--fields', 'Ticker'], ['--raw'], ['--view', 'valuation']]) {
      const result = await runCli(['screen', '--tickers-only', ...extra, '--base-url', 'http://127.0.0.1:9']);
      assert.equal(result.code, 2, extra.join(' '));
      assert.equal(result.stderr, `screener: --tickers-only writes tickers, one a line, from the tickers view; it takes no ${extra[0]}\n`);
    }
  });

  test('--keep-failed without --resume', async () => {
    const path = await listFile('good.txt', 'AAPL\n');
    await expectRefused(['scrape', path, '--keep-failed'], /--keep-failed goes with --resume/);
  });

  test('binary junk', async () => {
    const path = await listFile('junk.bin', Buffer.from([0x41, 0x0a, 0x00, 0xff, 0xfe, 0x13, 0x0a]));
    await expectRefused(['scrape', path], /junk\.bin:2: /);
  });

  test('a 1 MB line', async () => {
    const path = await listFile('huge.txt', `AAPL\n${'A '.repeat(512 * 1024)}\n`);
    await expectRefused(['scrape', path], /huge\.txt:2: line is longer than/);
  });

  test('bad ticker on stdin is named <stdin>', async () => {
    await expectRefused(['scrape', '-'], /<stdin>:2: /, 'AAPL\nAAPL&t=MSFT\n');
  });

  test('a missing file', async () => {
    await expectRefused(['scrape', join(dir, 'nope.txt')], /nope\.txt: no such file/);
  });

  test('a folder', async () => {
    await mkdir(join(dir, 'folder'), {recursive: true});
    await expectRefused(['scrape', join(dir, 'folder')], /folder: is a directory/);
  });

  test('a list with no tickers', async () => {
    const path = await listFile('empty.txt', '# only a comment\n\n   \n');
    await expectRefused(['scrape', path], /empty\.txt: no tickers/);
  });

  const badOptions: Array<[string[], RegExp]> = [
    [['--workers', '0'], /--workers.*integer from 1 to 256/],
    [['--workers', '257'], /--workers.*integer from 1 to 256/],
    [['--workers', '2.5'], /--workers.*integer from 1 to 256/],
    [['--workers', 'many'], /--workers.*integer from 1 to 256/],
    [['--mode', 'turbo'], /--mode.*turbo/],
    [['--timeout', '-1'], /--timeout.*integer from 0/],
    [['--base-url', 'ftp://finviz.com'], /--base-url.*http or https/],
    [['--frobnicate'], /unknown option '--frobnicate'/],
  ];
  for (const [options, message] of badOptions) {
    test(`invalid option ${options.join(' ')}`, async () => {
      const path = await listFile('good.txt', 'AAPL\n');
      await expectRefused(['scrape', path, ...options], message);
    });
  }

  test('no file argument', async () => {
    await expectRefused(['scrape'], /missing required argument 'file'/);
  });

  test('an output folder that does not exist', async () => {
    const path = await listFile('good.txt', 'AAPL\n');
    await expectRefused(['scrape', path, '-o', join(dir, 'no', 'such', 'out.csv')], /out\.csv: cannot write/);
  });
});
