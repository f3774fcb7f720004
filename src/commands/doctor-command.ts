import {mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {UsageError} from '../errors.js';
import {screenerQuery, VIEWS} from '../screen/screener-query.js';
import type {AttemptOutcome} from '../worker/attempt-outcome.js';
import {pageFileBase} from '../scrape/page-archive.js';
import type {PageRequest} from '../worker/page-request.js';
import {ProbeSession, type Probe} from '../scrape/probe-page.js';
import {describePage} from './describe-page.js';
import {EXIT_BLOCKED, EXIT_NOT_RECOGNISED, EXIT_OK, EXIT_SOME_FAILED, EXIT_UNREACHABLE} from './exit-codes.js';

export interface DoctorCommandOptions {
  readonly ticker: string;
  readonly baseUrl: string;
  readonly timeout: number;
  readonly proxy?: string[];
  readonly localAddress?: string[];
  readonly save?: string;
}

/** What an outcome means for `doctor`: the worst one decides the exit status. */
const VERDICTS: Readonly<Record<AttemptOutcome['kind'], {readonly rank: number; readonly exit: number}>> = {
  ok: {rank: 0, exit: EXIT_OK},
  'not-found': {rank: 1, exit: EXIT_SOME_FAILED},
  failed: {rank: 1, exit: EXIT_SOME_FAILED},
  transient: {rank: 2, exit: EXIT_SOME_FAILED},
  throttled: {rank: 3, exit: EXIT_BLOCKED},
  forbidden: {rank: 3, exit: EXIT_BLOCKED},
  challenge: {rank: 3, exit: EXIT_BLOCKED},
  'not-recognised': {rank: 4, exit: EXIT_NOT_RECOGNISED},
};

/**
 * `screener doctor`: one quote page and one screener page from the site, each asked for once (no
 * retries), and a plain report of what came back, for a user whose run went wrong.
 */
export async function runDoctorCommand(options: DoctorCommandOptions, signal: AbortSignal): Promise<number> {
  if (options.save !== undefined) await makeFolder(options.save);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const session = new ProbeSession({
    baseUrl: options.baseUrl,
    timeoutMs: options.timeout,
    proxy: options.proxy?.[0],
    localAddress: options.localAddress?.[0],
    signal,
  });
  const requests: PageRequest[] = [
    {kind: 'quote', ticker: options.ticker},
    {kind: 'screener', query: screenerQuery({view: VIEWS.overview, filters: []}, 1)},
  ];
  const from = options.localAddress?.[0] === undefined ? '' : ` from ${options.localAddress[0]}`;
  say(`screener doctor: ${options.baseUrl}${options.proxy?.[0] === undefined ? '' : ` through ${options.proxy[0]}`}${from}`);
  const probes: Probe[] = [];
  try {
    for (const request of requests) {
      const probe = await session.probe(request);
      probes.push(probe);
      for (const line of report(request, probe)) say(line);
      if (options.save !== undefined && probe.body !== undefined) {
        const name = `${pageFileBase(request)}.html`;
        await writeFile(join(options.save, name), probe.body);
        say(`  saved     ${join(options.save, name)}`);
      }
    }
  } finally {
    await session.close();
  }
  const worst = probes.map((probe) => VERDICTS[probe.outcome.kind]).sort((a, b) => b.rank - a.rank)[0] ?? VERDICTS.ok;
  const unreachable = probes.every((probe) => probe.status === undefined);
  say('');
  if (unreachable) {
    say('verdict: the site could not be reached. Check --base-url, your network, --proxy and --local-address.');
    return EXIT_UNREACHABLE;
  }
  say(`verdict: ${advice(worst.exit)}`);
  return worst.exit;
}

/** The lines of one probe: the request, the answer, and what the page was read as. */
function report(request: PageRequest, probe: Probe): string[] {
  const lines = [`${request.kind === 'quote' ? 'quote page' : 'screener page'}: GET ${probe.url}`];
  const took = `${probe.milliseconds.toFixed(0)} ms`;
  if (probe.status === undefined) {
    lines.push(`  answer    none after ${took}: ${messageOf(probe.outcome)}`);
    return lines;
  }
  const size = probe.body === undefined ? '' : `, ${(probe.body.length / 1024).toFixed(0)} KiB`;
  lines.push(`  answer    HTTP ${probe.status} in ${took}${size}${probe.encoding === undefined ? '' : ` (${probe.encoding})`}`);
  if (probe.redirectedTo !== undefined) lines.push(`  redirect  to ${probe.redirectedTo}`);
  lines.push(`  cookies   ${probe.cookies.length === 0 ? 'none set' : `set: ${probe.cookies.join(', ')}`}`);
  lines.push(`  page      ${describePage(request, probe.outcome)}`);
  return lines;
}

function messageOf(outcome: AttemptOutcome): string {
  return outcome.kind === 'ok' ? 'a page' : outcome.message;
}

function advice(exit: number): string {
  switch (exit) {
    case EXIT_OK:
      return 'every page was recognised: screener reads this site as it is today.';
    case EXIT_BLOCKED:
      return 'the site throttles, challenges or blocks this address. Wait a while, then go slower (--rate 1) or through another address (--proxy URL).';
    case EXIT_NOT_RECOGNISED:
      return 'a page was not recognised: Finviz may have changed its layout. Update screener, or report it with the pages (--save DIR).';
    default:
      return 'a page could not be read (see above). Try again later; if it stays so, report it with the pages (--save DIR).';
  }
}

async function makeFolder(path: string): Promise<void> {
  try {
    await mkdir(path, {recursive: true});
  } catch (error) {
    throw new UsageError(`--save ${path}: cannot make the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      cause: error,
    });
  }
}
