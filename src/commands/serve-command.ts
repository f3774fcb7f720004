import {once} from 'node:events';
import {SCREENER_LAYOUTS} from '../demo/screener-view-columns.js';
import {startStandInServer} from '../demo/stand-in-server.js';
import {UsageError} from '../errors.js';
import {QUOTE_LAYOUTS} from '../finviz/quote-layouts.js';
import {EXIT_OK} from './exit-codes.js';

export interface ServeCommandOptions {
  readonly port: number;
  /** Delay the stand-in adds to each response, in ms. */
  readonly latency: number;
  readonly quoteLayout?: string;
  readonly screenerLayout?: string;
  /** Requests a second allowed from each client address; beyond, 429 with Retry-After. */
  readonly ratePerClient?: number;
}

/**
 * `screener serve`: the stand-in for finviz.com on 127.0.0.1 until Ctrl-C (or SIGTERM, SIGHUP),
 * for trying a pipeline offline: `screener scrape list.txt --base-url http://127.0.0.1:PORT`.
 */
export async function runServeCommand(options: ServeCommandOptions, signal: AbortSignal): Promise<number> {
  const server = await startStandInServer({
    port: options.port,
    latencyMs: options.latency,
    quoteLayout: oneOf(
      '--quote-layout',
      options.quoteLayout,
      QUOTE_LAYOUTS.map((layout) => layout.name),
    ),
    screenerLayout: oneOf('--screener-layout', options.screenerLayout, SCREENER_LAYOUTS),
    ratePerClient: options.ratePerClient,
  });
  try {
    process.stdout.write(`screener serve: a stand-in for finviz.com at ${server.origin} (Ctrl-C to stop)\n`);
    process.stdout.write(`  try: screener quote AAPL --base-url ${server.origin}\n`);
    if (!signal.aborted) await once(signal, 'abort');
  } finally {
    await server.close();
  }
  const {requests} = server.stats;
  process.stderr.write(`screener serve: stopped after ${requests} request${requests === 1 ? '' : 's'}\n`);
  return EXIT_OK;
}

/** `value` if it is one of `names`; a usage error that lists them if not. */
function oneOf<T extends string>(option: string, value: string | undefined, names: readonly T[]): T | undefined {
  if (value === undefined || names.includes(value as T)) return value as T | undefined;
  throw new UsageError(`${option}: expected one of ${names.join(', ')}, got ${JSON.stringify(value)}`);
}
