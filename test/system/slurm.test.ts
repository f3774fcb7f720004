/**
 * A real Slurm cluster (one node, started by .ci/slurm-up): the project's own deploy/slurm/submit.sh
 * submits a 4-task array against `screener serve` on 127.0.0.1 and the merge as a dependent job;
 * the merged file must be byte for byte a one-process run of the same list. Skipped, saying why,
 * only where no cluster answers (.ci/system starts one; on a machine without root or apt it cannot).
 */
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {shardOf} from '../../src/input/shard.js';
import {BIN, runCli, startCli} from '../helpers/run-cli.js';

const SUBMIT = fileURLToPath(new URL('../../deploy/slurm/submit.sh', import.meta.url));
const PARTS = 4;
/** Long enough for a cluster on a busy 2-core machine; the array takes seconds. */
const DEADLINE_MS = 5 * 60_000;

const cluster = spawnSync('sinfo', ['-h', '-o', '%T'], {encoding: 'utf8'});
const why =
  cluster.error !== undefined
    ? `no Slurm here (sinfo: ${cluster.error.message}); .ci/slurm-up installs and starts one (root and Debian's packages needed)`
    : cluster.status !== 0
      ? `Slurm does not answer (sinfo: ${cluster.stderr.trim()}); run .ci/slurm-up`
      : undefined;

test(
  'Slurm: a 4-task array of deploy/slurm merged is byte for byte one process over the whole list',
  {skip: why, timeout: DEADLINE_MS + 60_000},
  async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'screener-slurm-'));
    const list = join(dir, 'tickers.txt');
    // 400 tickers, one unknown to the stand-in (a failed row, 404, not retried).
    const tickers = [...Array.from({length: 399}, (_, i) => `S${i}`), 'ZZNONE'];
    await writeFile(list, `${tickers.join('\n')}\n`);

    const serve = startCli(['serve', '--latency', '20']);
    t.after(() => serve.child.kill('SIGKILL'));
    await serve.waitForStdout((text) => /http:\/\/127\.0\.0\.1:\d+/.test(text));
    const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(serve.stdout())?.[0] ?? '';
    const fields = ['--base-url', origin, '--retries', '0'];

    const whole = join(dir, 'whole.csv');
    const one = await runCli(['scrape', list, '-o', whole, ...fields]);
    assert.equal(one.code, 1, one.stderr); // ZZNONE failed, every row written
    const oneRequests = requestsIn(one.stderr);

    const started = Date.now();
    const outdir = join(dir, 'parts');
    const merged = join(dir, 'merged.csv');
    const submitted = execFileSync('bash', [SUBMIT, list, outdir, merged, String(PARTS), String(PARTS), '--', ...fields], {
      encoding: 'utf8',
      env: {...process.env, SCREENER: `${process.execPath} ${BIN}`},
    });
    const [, arrayJob, mergeJob] = /array job (\d+) .*merge job (\d+)/.exec(submitted) ?? [];
    assert.ok(arrayJob !== undefined && mergeJob !== undefined, submitted);

    // Polling the cluster's own state, with a deadline: the jobs end when Slurm says so.
    for (;;) {
      const queued = execFileSync('squeue', ['-h', '-j', `${arrayJob},${mergeJob}`, '-o', '%i %T'], {encoding: 'utf8'}).trim();
      if (queued === '') break;
      assert.ok(Date.now() - started < DEADLINE_MS, `still queued after ${DEADLINE_MS / 1000} s: ${queued}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const wall = (Date.now() - started) / 1000;
    const states = execFileSync('scontrol', ['show', 'job', mergeJob], {encoding: 'utf8'});
    const logs = await readdir(outdir);
    const mergeLog = await readFile(join(outdir, `screener-merge-${mergeJob}.log`), 'utf8').catch(() => '(none)');
    assert.match(states, /JobState=COMPLETED/, `the merge job: ${states}\n${mergeLog}`);
    assert.equal(await readFile(merged, 'utf8'), await readFile(whole, 'utf8'));

    // Each task asked for its own part and nothing else: its log's request count is its part's size.
    const perTask: number[] = [];
    for (let index = 0; index < PARTS; index++) {
      const log: string = await readFile(join(outdir, `screener-${arrayJob}_${index}.log`), 'utf8');
      perTask.push(requestsIn(log));
      assert.equal(perTask[index], shardOf(tickers, {index, count: PARTS}).length, log);
    }
    serve.child.kill('SIGINT');
    const served = await serve.result;
    const total = Number(/stopped after (\d+) request/.exec(served.stderr)?.[1]);
    assert.equal(
      total,
      oneRequests + perTask.reduce((sum, n) => sum + n, 0),
      'the stand-in saw the one-process run and the tasks, nothing else',
    );
    const report = `Slurm: ${PARTS}-task array and merge in ${wall.toFixed(1)} s (submit to merge done); requests per task: ${perTask.join(', ')}; logs: ${logs.length} files`;
    t.diagnostic(report);
  },
);

function requestsIn(log: string): number {
  const match = /^requests: (\d+)/m.exec(log);
  assert.ok(match?.[1] !== undefined, `no requests line in: ${log}`);
  return Number(match[1]);
}
