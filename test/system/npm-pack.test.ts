import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdir, mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {startShell} from '../helpers/run-cli.js';

/**
 * What a user without the clone gets: `npm pack`, then `npm install -g` of that tarball into a
 * prefix of its own, then the installed `screener` run from elsewhere. The dependencies come
 * from npm's cache when `npm ci` filled it, else from the registry (--prefer-offline).
 */
const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const packageJson = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {name: string; version: string};

let dir: string;
let prefix: string;
let screener: string;
let files: string[];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'screener-pack-'));
  const {stdout} = await run('npm', ['pack', '--json', '--pack-destination', dir], {cwd: ROOT, maxBuffer: 64 * 1024 * 1024});
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf('['))) as Array<{filename: string; files: Array<{path: string}>}>;
  files = packed!.files.map((file) => file.path);
  prefix = join(dir, 'prefix');
  // From a folder with no package.json, so nothing of the clone is in reach.
  await run('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(dir, packed!.filename)], {
    cwd: dir,
  });
  screener = join(prefix, 'bin', 'screener');
});

after(async () => {
  if (dir !== undefined) await rm(dir, {recursive: true, force: true});
});

test('the tarball holds the command, the built code with its types, the example list and the README; no tests, no sources', () => {
  for (const path of [
    'package.json',
    'README.md',
    'bin/screener.js',
    'dist/cli.js',
    'dist/index.js',
    'dist/index.d.ts',
    'examples/tickers.txt',
  ]) {
    assert.ok(files.includes(path), `${path} is packed`);
  }
  assert.deepEqual(
    files.filter((path) => /^(test|src|\.ci|node_modules)\//.test(path) || path.endsWith('.test.js')),
    [],
  );
});

test('the installed screener answers --version and --help', async () => {
  const version = await run(screener, ['--version'], {cwd: dir});
  assert.equal(version.stdout.trim(), packageJson.version);
  const help = await run(screener, ['--help'], {cwd: dir});
  assert.match(help.stdout, /^Usage: screener /m);
  assert.match(help.stdout, /\bscrape\b/);
});

test('the installed screener scrapes its own stand-in (screener serve), from a folder outside the clone', async () => {
  const serve = startShell('exec "$SCREENER" serve', {cwd: dir, env: {...process.env, SCREENER: screener}});
  try {
    await serve.waitForStdout((text) => /at http:\/\/127\.0\.0\.1:\d+/.test(text));
    const origin = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(serve.stdout())![1]!;
    await writeFile(join(dir, 'tickers.txt'), 'AAPL MSFT\nZZZZ\n');
    const scrape = await run(screener, ['scrape', 'tickers.txt', '--base-url', origin, '--fields', 'Ticker,Company,Error'], {
      cwd: dir,
    }).catch((error: {code: number; stdout: string; stderr: string}) => error);
    assert.equal(scrape.stdout.split('\n')[0], 'Ticker,Company,Error');
    assert.deepEqual(
      scrape.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]),
      ['AAPL', 'MSFT', 'ZZZZ'],
    );
    assert.match(scrape.stdout, /^AAPL,[^,]+,$/m);
    assert.match(scrape.stdout, /^ZZZZ,,HTTP 404/m);
    assert.equal('code' in scrape ? scrape.code : 0, 1, 'one ticker failed: exit 1');
  } finally {
    serve.child.kill('SIGINT');
    const result = await serve.result;
    assert.equal(result.code, 0);
  }
});

test('the installed package is importable by its name, with its types', async () => {
  const app = join(dir, 'app');
  await mkdir(join(app, 'node_modules'), {recursive: true});
  await symlink(join(prefix, 'lib', 'node_modules', packageJson.name), join(app, 'node_modules', packageJson.name));
  const {stdout} = await run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import {scrape, parseQuotePage} from '${packageJson.name}'; console.log(typeof scrape, typeof parseQuotePage)`,
    ],
    {cwd: app},
  );
  assert.equal(stdout.trim(), 'function function');
});
