import {access, constants, writeFile} from 'node:fs/promises';
import {dirname, resolve} from 'node:path';
import {formatBenchTable} from '../bench/bench-table.js';
import {runBench} from '../bench/run-bench.js';
import {renderSpeedupSvg} from '../bench/speedup-svg.js';
import {UsageError} from '../errors.js';
import {EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED} from './exit-codes.js';

/** The options of `screener bench`, as commander hands them over. */
export interface BenchCommandOptions {
  readonly workers: readonly number[];
  readonly latency: number;
  readonly pages: number;
  readonly repeat: number;
  readonly json?: string;
  readonly svg?: string;
}

/**
 * `screener bench`: measures single mode, the pool at each worker count and the floor (a bare
 * fetch loop) against the stand-in site, each run in a fresh process; prints the table and
 * writes it as JSON and as an SVG chart. Exit status 1 if any page failed.
 */
export async function runBenchCommand(options: BenchCommandOptions, signal: AbortSignal): Promise<number> {
  // Refuse an unwritable --json or --svg now, not after minutes of measuring.
  for (const path of [options.json, options.svg]) {
    if (path === undefined) continue;
    await access(dirname(resolve(path)), constants.W_OK).catch((error: unknown) => {
      throw new UsageError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {cause: error});
    });
  }
  const say = (line: string) => process.stderr.write(`${line}\n`);
  let report;
  try {
    report = await runBench({
      workers: options.workers,
      latencyMs: options.latency,
      pages: options.pages,
      repeat: options.repeat,
      command: commandLine(options),
      signal,
      log: say,
    });
  } catch (error) {
    if (signal.aborted) return EXIT_INTERRUPTED;
    throw error;
  }
  process.stdout.write(`${formatBenchTable(report)}\n`);
  if (options.json !== undefined) await writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`);
  if (options.svg !== undefined) await writeFile(options.svg, renderSpeedupSvg(report));
  const failed = report.rows.some((row) => row.failed > 0);
  return failed || !report.outputsMatch ? EXIT_SOME_FAILED : EXIT_OK;
}

/** The command that repeats this run, every setting spelled out. */
function commandLine(options: BenchCommandOptions): string {
  const words = ['screener bench', `--workers ${options.workers.join(',')}`, `--latency ${options.latency}`, `--pages ${options.pages}`];
  if (options.repeat !== 1) words.push(`--repeat ${options.repeat}`);
  return words.join(' ');
}
