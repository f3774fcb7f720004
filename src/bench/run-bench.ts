import {spawn} from 'node:child_process';
import os from 'node:os';
import {fileURLToPath} from 'node:url';
import {startStandInServer, negotiateEncoding, type StandInServer} from '../demo/stand-in-server.js';
import {BROWSER_HEADERS} from '../http/browser-headers.js';
import {machineBusyMs} from './machine-load.js';
import {benchTickers, type BenchMode, type RunResult, type RunSpec} from './run-spec.js';

const RUN_ONE = fileURLToPath(new URL('./run-one.js', import.meta.url));

/** Pages the parse-only run parses: generated in the child's memory, ~250 KB each. */
const PARSE_PAGES_MAX = 300;
const TIMEOUT_MS = 20_000;

export interface BenchOptions {
  /** Pool sizes to run, each with a floor at the same concurrency. */
  readonly workers: readonly number[];
  /** Delay the stand-in adds to each response, ms. */
  readonly latencyMs: number;
  /** Tickers per run. */
  readonly pages: number;
  /** Runs of each kind; the table shows the one with the median time. @default 1 */
  readonly repeat?: number;
  /** The command line, recorded in the report so that anyone can run it again. */
  readonly command: string;
  readonly signal?: AbortSignal;
  /** Progress, one line at a time. */
  readonly log?: (line: string) => void;
}

/** One line of the table. Ratios are undefined where there is nothing to compare with. */
export interface BenchRow extends Pick<RunResult, 'mode' | 'workers' | 'pages' | 'ok' | 'failed' | 'seconds' | 'outputSha256'> {
  readonly pagesPerSecond: number;
  /** Single's seconds over this run's. */
  readonly speedup?: number;
  /** This run's seconds over the floor's at the same concurrency (1 for single). */
  readonly floorRatio?: number;
  /** CPU of the whole process (every thread) over the measured part, per page. */
  readonly cpuMsPerPage: number;
  readonly peakRssMiB: number;
  /** Most requests the stand-in had in flight at once during the run. */
  readonly peakInFlight?: number;
  /** CPU the stand-in site (in the bench process) used while this run's process lived, per page. */
  readonly serverCpuMsPerPage?: number;
  /**
   * Share of the machine's CPU time, while this run's process lived, used by neither it nor the
   * stand-in: other programs. More than a few percent and the timings are disturbed. Linux only.
   */
  readonly otherCpuPercent?: number;
}

export interface BenchReport {
  readonly command: string;
  readonly date: string;
  readonly machine: {
    readonly cpus: number;
    readonly cpuModel: string;
    readonly memoryGiB: number;
    readonly node: string;
    readonly platform: string;
  };
  readonly settings: {
    readonly latencyMs: number;
    readonly pages: number;
    readonly parsePages: number;
    readonly workers: readonly number[];
    readonly repeat: number;
    readonly encoding: string;
  };
  readonly rows: readonly BenchRow[];
  /** True when single and every pool run wrote the same CSV. */
  readonly outputsMatch: boolean;
}

/**
 * Starts the stand-in site here, warms its cache, then measures each run in a fresh child process:
 * parse-only, single, and for each worker count the pool and the floor.
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const {workers, latencyMs, pages, repeat = 1, signal, log = () => {}} = options;
  const encoding = negotiateEncoding(BROWSER_HEADERS['accept-encoding']);
  const server = await startStandInServer({latencyMs, cacheMaxBytes: Math.max(128 * 2 ** 20, pages * 64 * 2 ** 10)});
  try {
    log(`Stand-in site at ${server.origin}, ${latencyMs} ms per response; rendering and compressing ${pages} pages (${encoding})…`);
    server.warm(benchTickers(pages), [encoding]);
    const parsePages = Math.min(pages, PARSE_PAGES_MAX);
    const specs: RunSpec[] = [
      {mode: 'parse', workers: 1, pages: parsePages, origin: server.origin, timeoutMs: TIMEOUT_MS},
      {mode: 'single', workers: 1, pages, origin: server.origin, timeoutMs: TIMEOUT_MS},
      ...workers.flatMap((count): RunSpec[] => [
        {mode: 'pool', workers: count, pages, origin: server.origin, timeoutMs: TIMEOUT_MS},
        {mode: 'floor', workers: count, pages, origin: server.origin, timeoutMs: TIMEOUT_MS},
      ]),
    ];
    // Whole rounds, one after the other, so that a slow spell of the machine spreads over every kind of run.
    const results = new Map<string, MeasuredRun[]>();
    for (let round = 1; round <= repeat; round++) {
      for (const spec of specs) {
        const result = await measure(server, spec, latencyMs, signal);
        const runs = results.get(keyOf(spec)) ?? [];
        runs.push(result);
        results.set(keyOf(spec), runs);
        const name = spec.mode === 'pool' || spec.mode === 'floor' ? `${spec.mode} ${spec.workers}` : spec.mode;
        log(
          `  ${repeat > 1 ? `round ${round}: ` : ''}${name.padEnd(9)} ${result.seconds.toFixed(2)} s${result.failed > 0 ? `, ${result.failed} failed` : ''}`,
        );
      }
    }
    const median = new Map([...results].map(([key, runs]) => [key, medianBySeconds(runs)]));
    const rows = specs.map((spec) => toRow(median.get(keyOf(spec))!, median));
    const digests = new Set(rows.filter((row) => row.mode === 'single' || row.mode === 'pool').map((row) => row.outputSha256));
    return {
      command: options.command,
      date: new Date().toISOString(),
      machine: {
        cpus: os.availableParallelism(),
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
      },
      settings: {latencyMs, pages, parsePages, workers: [...workers], repeat, encoding},
      rows,
      outputsMatch: digests.size === 1,
    };
  } finally {
    await server.close();
  }
}

function keyOf(spec: {readonly mode: BenchMode; readonly workers: number}): string {
  return `${spec.mode}:${spec.workers}`;
}

function medianBySeconds<T extends {readonly seconds: number}>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** A child's result, with what the bench process saw meanwhile. */
interface MeasuredRun extends RunResult {
  readonly peakInFlight: number;
  readonly serverCpuMs: number;
  readonly otherCpuPercent?: number;
}

function toRow(result: MeasuredRun, results: ReadonlyMap<string, RunResult>): BenchRow {
  const single = result.mode === 'parse' ? undefined : results.get(keyOf({mode: 'single', workers: 1}));
  const floor = result.mode === 'parse' ? undefined : results.get(keyOf({mode: 'floor', workers: result.workers}));
  const pages = result.ok + result.failed;
  return {
    mode: result.mode,
    workers: result.workers,
    pages: result.pages,
    ok: result.ok,
    failed: result.failed,
    seconds: result.seconds,
    pagesPerSecond: pages / result.seconds,
    ...(single === undefined ? {} : {speedup: single.seconds / result.seconds}),
    ...(floor === undefined ? {} : {floorRatio: result.seconds / floor.seconds}),
    cpuMsPerPage: (result.cpuUserMs + result.cpuSystemMs) / Math.max(1, pages),
    peakRssMiB: result.maxRssKiB / 1024,
    ...(result.mode === 'parse' ? {} : {peakInFlight: result.peakInFlight, serverCpuMsPerPage: result.serverCpuMs / Math.max(1, pages)}),
    ...(result.otherCpuPercent === undefined ? {} : {otherCpuPercent: result.otherCpuPercent}),
    ...(result.outputSha256 === undefined ? {} : {outputSha256: result.outputSha256}),
  };
}

/** Runs one spec in a fresh `node run-one.js` and reads its result. */
async function measure(server: StandInServer, spec: RunSpec, latencyMs: number, signal: AbortSignal | undefined): Promise<MeasuredRun> {
  signal?.throwIfAborted();
  server.stats.peakInFlight = server.stats.inFlight;
  const machineBefore = await machineBusyMs();
  const serverBefore = process.cpuUsage();
  const started = performance.now();
  // Generous, but bounded: a run that hangs ends the bench instead of stalling it.
  const timeout = 60_000 + Math.ceil((spec.pages * (latencyMs + 100)) / spec.workers);
  // Its stdin is a pipe from here that is never written: it ends when this process does, however it ends, and the run with it.
  const child = spawn(process.execPath, [RUN_ONE, JSON.stringify(spec)], {stdio: ['pipe', 'pipe', 'pipe'], signal, timeout});
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code, killedBy] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  });
  const wallMs = performance.now() - started;
  const serverCpu = process.cpuUsage(serverBefore);
  const machineAfter = await machineBusyMs();
  signal?.throwIfAborted();
  const line = stdout.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !line.startsWith('{')) {
    const how = killedBy === null ? `exit status ${code}` : `${killedBy}${killedBy === 'SIGTERM' ? ` (time limit ${timeout} ms)` : ''}`;
    throw new Error(`bench run ${spec.mode} ×${spec.workers} failed: ${how}${stderr === '' ? '' : `: ${stderr.trim()}`}`);
  }
  const result = JSON.parse(line) as RunResult;
  const serverCpuMs = (serverCpu.user + serverCpu.system) / 1000;
  const measured = {...result, peakInFlight: server.stats.peakInFlight, serverCpuMs};
  if (machineBefore === undefined || machineAfter === undefined) return measured;
  const otherMs = machineAfter - machineBefore - serverCpuMs - result.cpuLifeMs;
  return {...measured, otherCpuPercent: Math.max(0, (100 * otherMs) / (wallMs * os.availableParallelism()))};
}
