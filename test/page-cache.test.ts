import assert from 'node:assert/strict';
import {mkdtemp, readdir, readFile, rm, stat, utimes, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {gzipSync} from 'node:zlib';
import {decodeEntry, encodeEntry, type CacheEntry} from '../src/cache/cache-entry.js';
import {PageCache, sweepTemporaryFiles} from '../src/cache/page-cache.js';

const URL_ASKED = 'https://finviz.com/stock?t=AAPL&p=d';
const BODY = gzipSync(Buffer.from('<!DOCTYPE html><html><body>a page</body></html>\n'));
const ENTRY: CacheEntry = {
  url: URL_ASKED,
  fetchedAt: 1_780_000_000_000,
  answer: {
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-encoding': 'gzip',
      'set-cookie': ['session=secret'],
      vary: 'Accept-Encoding',
    },
    bytes: BODY,
    encoding: 'gzip',
  },
};

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'screener-page-cache-'));
});
after(async () => {
  await rm(dir, {recursive: true, force: true});
});

test('an entry reads back as it was kept: status, headers, the body still compressed, its time; never its cookies', () => {
  const read = decodeEntry(encodeEntry(ENTRY), URL_ASKED);
  assert.ok(read !== undefined);
  assert.equal(read.url, URL_ASKED);
  assert.equal(read.fetchedAt, ENTRY.fetchedAt);
  assert.equal(read.answer.status, 200);
  assert.equal(read.answer.encoding, 'gzip');
  assert.deepEqual(Buffer.from(read.answer.bytes), BODY);
  assert.deepEqual(read.answer.headers, {'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', vary: 'Accept-Encoding'});
});

test('an entry cut short, changed in any byte, or of another address does not read', () => {
  const bytes = encodeEntry(ENTRY);
  for (let length = 0; length < bytes.length; length += 7) {
    assert.equal(decodeEntry(bytes.subarray(0, length), URL_ASKED), undefined, `cut at ${length}`);
  }
  for (let index = 0; index < bytes.length; index += 3) {
    const changed = Buffer.from(bytes);
    changed[index] = (changed[index] ?? 0) ^ 0x20;
    assert.equal(decodeEntry(changed, URL_ASKED), undefined, `byte ${index} changed`);
  }
  assert.equal(decodeEntry(Buffer.concat([bytes, Buffer.from('x')]), URL_ASKED), undefined, 'a byte more');
  assert.equal(decodeEntry(bytes, 'https://finviz.com/stock?t=MSFT&p=d'), undefined, 'another address');
  assert.equal(decodeEntry(Buffer.from('<html>a page saved by hand</html>'), URL_ASKED), undefined);
});

test('PageCache keeps a page by its address, replaces it whole, and leaves no temporary file', async () => {
  const cache = new PageCache(dir, () => assert.fail('no warning expected'));
  assert.equal(await cache.read(URL_ASKED), undefined);
  assert.equal(await cache.write(ENTRY), true);
  assert.equal((await cache.read(URL_ASKED))?.fetchedAt, ENTRY.fetchedAt);
  assert.equal(await cache.read('https://finviz.com/stock?t=MSFT&p=d'), undefined);
  assert.equal(await cache.write({...ENTRY, fetchedAt: ENTRY.fetchedAt + 1}), true);
  assert.equal((await cache.read(URL_ASKED))?.fetchedAt, ENTRY.fetchedAt + 1);
  const names = await readdir(dir);
  assert.equal(names.length, 1);
  assert.match(names[0] ?? '', /^[0-9a-f]{64}\.page$/);
});

test('a damaged entry file is read as no entry', async () => {
  const cache = new PageCache(dir, () => undefined);
  await cache.write(ENTRY);
  const [name] = await readdir(dir);
  const file = join(dir, name ?? '');
  const whole = await readFile(file);
  await writeFile(file, whole.subarray(0, whole.length - 10));
  assert.equal(await cache.read(URL_ASKED), undefined);
});

test('a cache that cannot be written is told once, and the run goes on', async () => {
  const warnings: string[] = [];
  const cache = new PageCache(join(dir, 'no such folder'), (line) => warnings.push(line));
  assert.equal(await cache.write(ENTRY), false);
  assert.equal(await cache.write(ENTRY), false);
  assert.equal(warnings.length, 1);
  assert.match(
    warnings[0] ?? '',
    /^screener: warning: cannot write to the cache .*no such folder \(ENOENT\); pages are not kept \(said once\)$/,
  );
});

test('temporary files that killed runs left are swept once they are an hour old; fresh ones are left to their run', async () => {
  const old = join(dir, 'abc.page.123-00000000.tmp');
  const fresh = join(dir, 'def.page.456-00000000.tmp');
  await writeFile(old, 'half an entry');
  await writeFile(fresh, 'an entry being written');
  const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
  await utimes(old, twoHoursAgo, twoHoursAgo);
  await sweepTemporaryFiles(dir);
  await assert.rejects(stat(old), {code: 'ENOENT'});
  assert.ok((await stat(fresh)).isFile());
});
