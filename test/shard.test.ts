import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {resolveShard, shardFromEnvironment} from '../src/input/scheduler-shard.js';
import {parseShardSpec, shardBounds, shardOf} from '../src/input/shard.js';

const LIST = Array.from({length: 10}, (_, i) => `T${i}`);

describe('--shard K/N: contiguous parts', () => {
  test('the parts, one after the other, are the list again, whatever N', () => {
    for (const length of [0, 1, 7, 10, 100, 1001]) {
      const list = Array.from({length}, (_, i) => i);
      for (const count of [1, 2, 3, 4, 16, 100]) {
        const parts = Array.from({length: count}, (_, index) => shardOf(list, {index, count}));
        assert.deepEqual(parts.flat(), list, `${length} items in ${count} parts`);
        const sizes = parts.map((part) => part.length);
        assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `sizes differ by at most one: ${sizes.join(',')}`);
      }
    }
  });

  test('a part is fixed by the list and N alone', () => {
    assert.deepEqual(shardOf(LIST, {index: 1, count: 3}), ['T3', 'T4', 'T5']);
    assert.deepEqual(shardBounds(10, {index: 2, count: 3}), {start: 6, end: 10});
    assert.deepEqual(shardOf(['A', 'B'], {index: 3, count: 4}), ['B']);
    assert.deepEqual(shardOf(['A', 'B'], {index: 2, count: 4}), []);
  });

  test('K/N, auto and auto/N read; anything else is a usage error', () => {
    assert.deepEqual(parseShardSpec('0/1'), {kind: 'part', index: 0, count: 1});
    assert.deepEqual(parseShardSpec('15/16'), {kind: 'part', index: 15, count: 16});
    assert.deepEqual(parseShardSpec('auto'), {kind: 'auto'});
    assert.deepEqual(parseShardSpec('auto/16'), {kind: 'auto', count: 16});
    for (const bad of [
      '4/4',
      '5/4',
      '0/0',
      '1/0',
      '-1/4',
      '1/-4',
      '1.5/4',
      'x',
      '',
      '1/',
      '/4',
      'auto/0',
      'auto/',
      'AUTO',
      '1/4/8',
      ' 1/4',
    ]) {
      assert.throws(() => parseShardSpec(bad), {name: 'UsageError'}, JSON.stringify(bad));
    }
  });
});

describe('--shard auto: the part the scheduler names', () => {
  const auto = {kind: 'auto'} as const;
  const slurm = (id: number, min: number, count: number, extra: Record<string, string> = {}) => ({
    SLURM_ARRAY_TASK_ID: String(id),
    SLURM_ARRAY_TASK_MIN: String(min),
    SLURM_ARRAY_TASK_COUNT: String(count),
    ...extra,
  });

  test('Slurm: the index is ID − MIN, so --array=0-15%4 and --array=1-16 give parts 0 to 15 of 16', () => {
    assert.deepEqual(pick(shardFromEnvironment(auto, slurm(3, 0, 16, {SLURM_ARRAY_TASK_MAX: '15'}))), [3, 16]);
    assert.deepEqual(pick(shardFromEnvironment(auto, slurm(1, 1, 16, {SLURM_ARRAY_TASK_MAX: '16'}))), [0, 16]);
    assert.deepEqual(pick(shardFromEnvironment(auto, slurm(16, 1, 16))), [15, 16]);
    // --array=10-40:10: IDs 10, 20, 30, 40.
    const stepped = slurm(30, 10, 4, {SLURM_ARRAY_TASK_MAX: '40', SLURM_ARRAY_TASK_STEP: '10'});
    assert.deepEqual(pick(shardFromEnvironment(auto, stepped)), [2, 4]);
    assert.deepEqual(pick(shardFromEnvironment({kind: 'auto', count: 16}, slurm(3, 0, 16))), [3, 16]);
  });

  test('Slurm: an array with gaps, missing variables or a count that disagrees is a usage error', () => {
    // --array=1,3,7: three tasks, but 3 − 1 is no index of three parts spread evenly.
    assert.throws(() => shardFromEnvironment(auto, slurm(3, 1, 3, {SLURM_ARRAY_TASK_MAX: '7'})), /not one range/);
    assert.throws(() => shardFromEnvironment(auto, slurm(20, 0, 16)), /part 20 of 16 does not exist/);
    assert.throws(() => shardFromEnvironment(auto, {SLURM_ARRAY_TASK_ID: '3'}), /SLURM_ARRAY_TASK_MIN, SLURM_ARRAY_TASK_COUNT/);
    assert.throws(() => shardFromEnvironment({kind: 'auto', count: 8}, slurm(3, 0, 16)), /auto\/8: the Slurm array has 16 tasks/);
    assert.throws(() => shardFromEnvironment(auto, slurm(3, 0, 16, {SLURM_ARRAY_TASK_ID: 'x'})), /SLURM_ARRAY_TASK_ID="x"/);
  });

  test('Kubernetes: JOB_COMPLETION_INDEX, with the count from auto/N (Kubernetes does not tell it)', () => {
    assert.deepEqual(pick(shardFromEnvironment({kind: 'auto', count: 16}, {JOB_COMPLETION_INDEX: '7'})), [7, 16]);
    assert.throws(() => shardFromEnvironment(auto, {JOB_COMPLETION_INDEX: '7'}), /--shard auto\/N/);
    assert.throws(() => shardFromEnvironment({kind: 'auto', count: 4}, {JOB_COMPLETION_INDEX: '4'}), /part 4 of 4 does not exist/);
  });

  test('AWS Batch: AWS_BATCH_JOB_ARRAY_INDEX of AWS_BATCH_JOB_ARRAY_SIZE, or of auto/N', () => {
    assert.deepEqual(pick(shardFromEnvironment(auto, {AWS_BATCH_JOB_ARRAY_INDEX: '2', AWS_BATCH_JOB_ARRAY_SIZE: '5'})), [2, 5]);
    assert.deepEqual(pick(shardFromEnvironment({kind: 'auto', count: 5}, {AWS_BATCH_JOB_ARRAY_INDEX: '2'})), [2, 5]);
    assert.throws(() => shardFromEnvironment(auto, {AWS_BATCH_JOB_ARRAY_INDEX: '2'}), /auto\/N/);
  });

  test('no scheduler, or two naming different parts, is a usage error naming what was looked for', () => {
    assert.throws(
      () => shardFromEnvironment(auto, {HOME: '/root'}),
      (error: Error) => {
        assert.equal(error.name, 'UsageError');
        for (const name of ['JOB_COMPLETION_INDEX', 'SLURM_ARRAY_TASK_ID', 'AWS_BATCH_JOB_ARRAY_INDEX'])
          assert.match(error.message, new RegExp(name));
        return true;
      },
    );
    assert.throws(
      () => shardFromEnvironment({kind: 'auto', count: 4}, {JOB_COMPLETION_INDEX: '1', AWS_BATCH_JOB_ARRAY_INDEX: '2'}),
      /two different parts: Kubernetes \(JOB_COMPLETION_INDEX=1\) and AWS Batch \(AWS_BATCH_JOB_ARRAY_INDEX=2\)/,
    );
    assert.deepEqual(pick(shardFromEnvironment(auto, {...slurm(2, 0, 4), AWS_BATCH_JOB_ARRAY_INDEX: '2'})), [2, 4]);
  });

  test('K/N ignores the environment', () => {
    assert.deepEqual(pick(resolveShard({kind: 'part', index: 1, count: 2}, slurm(3, 0, 16))), [1, 2]);
  });
});

function pick(shard: {index: number; count: number}): [number, number] {
  return [shard.index, shard.count];
}
