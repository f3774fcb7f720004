import {UsageError} from '../errors.js';
import type {Shard, ShardSpec} from './shard.js';

/** A scheduler's word on which part this task is: its index from 0, and the count if it tells it. */
interface Reading {
  readonly scheduler: string;
  readonly index: number;
  readonly count: number | undefined;
  /** The variables read, `NAME=value`, for messages. */
  readonly variables: string;
}

type Environment = Readonly<Record<string, string | undefined>>;

/** The variables looked for, in the message of a task that finds none. */
const LOOKED_FOR =
  'JOB_COMPLETION_INDEX (a Kubernetes Indexed Job), SLURM_ARRAY_TASK_ID (a Slurm array job), AWS_BATCH_JOB_ARRAY_INDEX (an AWS Batch array job)';

/**
 * The part `--shard auto` (or `auto/N`) means for this task, read from the scheduler's environment:
 * - Kubernetes Indexed Job: JOB_COMPLETION_INDEX; Kubernetes does not tell the count (the Job's
 *   `completions`), so it comes from `auto/N`.
 * - Slurm array job: (SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN) / SLURM_ARRAY_TASK_STEP of
 *   SLURM_ARRAY_TASK_COUNT, so `--array=1-16` and `--array=0-15%4` both give parts 0 to 15 of 16.
 * - AWS Batch array job: AWS_BATCH_JOB_ARRAY_INDEX, of AWS_BATCH_JOB_ARRAY_SIZE if set, else `auto/N`.
 * None found, two that disagree, a count that disagrees with `auto/N`, or values that do not make
 * a part (an index past the count, a Slurm array with gaps) are usage errors naming the variables.
 */
export function shardFromEnvironment(spec: Extract<ShardSpec, {kind: 'auto'}>, env: Environment): Shard {
  const readings = [kubernetes(env), slurm(env), awsBatch(env)].filter((reading) => reading !== undefined);
  const [reading, ...others] = readings;
  if (reading === undefined) throw new UsageError(`--shard auto: no scheduler's array index in the environment; looked for ${LOOKED_FOR}`);
  for (const other of others) {
    if (other.index !== reading.index || (other.count ?? reading.count) !== (reading.count ?? other.count)) {
      throw new UsageError(
        `--shard auto: the environment names two different parts: ${reading.scheduler} (${reading.variables}) and ${other.scheduler} (${other.variables})`,
      );
    }
  }
  const told = readings.find((one) => one.count !== undefined)?.count;
  if (told !== undefined && spec.count !== undefined && told !== spec.count) {
    throw new UsageError(`--shard auto/${spec.count}: the ${reading.scheduler} array has ${told} tasks (${reading.variables})`);
  }
  const count = told ?? spec.count;
  if (count === undefined) {
    throw new UsageError(
      `--shard auto: ${reading.variables} gives this task's index but not the number of parts; say it: --shard auto/N (for an Indexed Job, N is its completions)`,
    );
  }
  if (reading.index >= count) {
    throw new UsageError(`--shard auto: part ${reading.index} of ${count} does not exist (${reading.variables})`);
  }
  return {index: reading.index, count, from: `${reading.scheduler}: ${reading.variables}`};
}

function kubernetes(env: Environment): Reading | undefined {
  const index = env['JOB_COMPLETION_INDEX'];
  if (index === undefined) return undefined;
  return {
    scheduler: 'Kubernetes',
    index: whole('JOB_COMPLETION_INDEX', index),
    count: undefined,
    variables: `JOB_COMPLETION_INDEX=${index}`,
  };
}

function slurm(env: Environment): Reading | undefined {
  const id = env['SLURM_ARRAY_TASK_ID'];
  if (id === undefined) return undefined;
  const names = ['SLURM_ARRAY_TASK_ID', 'SLURM_ARRAY_TASK_MIN', 'SLURM_ARRAY_TASK_COUNT'] as const;
  const missing = names.filter((name) => env[name] === undefined);
  if (missing.length > 0) throw new UsageError(`--shard auto: SLURM_ARRAY_TASK_ID is set but not ${missing.join(', ')}`);
  const present = [...names, 'SLURM_ARRAY_TASK_MAX', 'SLURM_ARRAY_TASK_STEP'].filter((name) => env[name] !== undefined);
  const variables = present.map((name) => `${name}=${env[name]}`).join(' ');
  const [task, min, count] = names.map((name) => whole(name, env[name] ?? ''));
  const step = env['SLURM_ARRAY_TASK_STEP'] === undefined ? 1 : whole('SLURM_ARRAY_TASK_STEP', env['SLURM_ARRAY_TASK_STEP']);
  const max = env['SLURM_ARRAY_TASK_MAX'] === undefined ? undefined : whole('SLURM_ARRAY_TASK_MAX', env['SLURM_ARRAY_TASK_MAX']);
  if (task === undefined || min === undefined || count === undefined) throw new Error('unreachable: three names, three values');
  // An array with gaps (--array=1,3,7) has no index per part: the parts would not cover the list.
  const evenlySpaced = step >= 1 && (task - min) % step === 0 && (max === undefined || max - min === (count - 1) * step);
  if (!evenlySpaced || task < min || count < 1) {
    throw new UsageError(`--shard auto: the Slurm array is not one range such as --array=0-15 or 0-15%4 (${variables})`);
  }
  return {scheduler: 'Slurm', index: (task - min) / step, count, variables};
}

function awsBatch(env: Environment): Reading | undefined {
  const index = env['AWS_BATCH_JOB_ARRAY_INDEX'];
  if (index === undefined) return undefined;
  const size = env['AWS_BATCH_JOB_ARRAY_SIZE'];
  return {
    scheduler: 'AWS Batch',
    index: whole('AWS_BATCH_JOB_ARRAY_INDEX', index),
    count: size === undefined ? undefined : whole('AWS_BATCH_JOB_ARRAY_SIZE', size),
    variables: `AWS_BATCH_JOB_ARRAY_INDEX=${index}${size === undefined ? '' : ` AWS_BATCH_JOB_ARRAY_SIZE=${size}`}`,
  };
}

/** A variable's value as a whole number ≥ 0; a usage error naming it otherwise. */
function whole(name: string, value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`--shard auto: ${name}=${JSON.stringify(value)} is not a whole number`);
  return Number(value);
}

/** The part a --shard setting means: K/N as given, or `auto` read from the environment. */
export function resolveShard(spec: ShardSpec, env: Environment): Shard {
  return spec.kind === 'part'
    ? {index: spec.index, count: spec.count, from: `--shard ${spec.index}/${spec.count}`}
    : shardFromEnvironment(spec, env);
}
