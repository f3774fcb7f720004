import {UsageError} from '../errors.js';

/**
 * What --shard asks for: part K of N (K from 0), or `auto`: the part the scheduler's environment
 * names (see ./scheduler-shard.ts), with the count given as `auto/N` where the scheduler does not tell it.
 */
export type ShardSpec =
  {readonly kind: 'part'; readonly index: number; readonly count: number} | {readonly kind: 'auto'; readonly count?: number};

/** One part of a list: `index` from 0 to `count` − 1, and where it was read from, for messages. */
export interface Shard {
  readonly index: number;
  readonly count: number;
  /** `--shard 2/4`, or the variables it came from: `SLURM_ARRAY_TASK_ID=7 (…)`. */
  readonly from: string;
}

/** The most parts a list is cut into: far more than any array job, far fewer than a number typed by mistake. */
export const MAX_SHARDS = 100_000;

const PART = /^(\d{1,9})\/(\d{1,9})$/;
const AUTO = /^auto(?:\/(\d{1,9}))?$/;

/** Reads `K/N`, `auto` or `auto/N`; a usage error for anything else, K ≥ N or N outside 1 to MAX_SHARDS. */
export function parseShardSpec(text: string): ShardSpec {
  const auto = AUTO.exec(text);
  if (auto !== null) return auto[1] === undefined ? {kind: 'auto'} : {kind: 'auto', count: shardCount(Number(auto[1]), text)};
  const part = PART.exec(text);
  if (part === null) {
    throw new UsageError(`--shard: expected K/N (part K of N, K from 0), auto or auto/N, got ${JSON.stringify(text)}`);
  }
  const count = shardCount(Number(part[2]), text);
  const index = Number(part[1]);
  if (index >= count) throw new UsageError(`--shard ${text}: K counts from 0, so it must be below N (0/${count} to ${count - 1}/${count})`);
  return {kind: 'part', index, count};
}

function shardCount(count: number, text: string): number {
  if (count < 1 || count > MAX_SHARDS) throw new UsageError(`--shard ${text}: N must be from 1 to ${MAX_SHARDS}`);
  return count;
}

/**
 * The part of `items` that shard K of N takes: the contiguous run from ⌊K·L/N⌋ to ⌊(K+1)·L/N⌋ of
 * the L items. Contiguous, so each part is in list order and the parts, one after the other, are
 * the list again (a merge restores the order by concatenating them); the same list and N give
 * every task, and every retry of it, the same part. Sizes differ by at most one.
 */
export function shardBounds(length: number, shard: Pick<Shard, 'index' | 'count'>): {readonly start: number; readonly end: number} {
  const start = Math.floor((shard.index * length) / shard.count);
  const end = Math.floor(((shard.index + 1) * length) / shard.count);
  return {start, end};
}

/** The items of the shard, in list order. */
export function shardOf<T>(items: readonly T[], shard: Pick<Shard, 'index' | 'count'>): T[] {
  const {start, end} = shardBounds(items.length, shard);
  return items.slice(start, end);
}
