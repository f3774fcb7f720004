import type {RunStop, StopKind} from '../scrape/run-guard.js';
import {STOPPED_MESSAGES} from '../scrape/run-guard.js';
import {EXIT_BLOCKED, EXIT_NOT_RECOGNISED, EXIT_UNREACHABLE} from './exit-codes.js';

const EXIT_FOR: Readonly<Record<StopKind, number>> = {
  blocked: EXIT_BLOCKED,
  'not-recognised': EXIT_NOT_RECOGNISED,
  unreachable: EXIT_UNREACHABLE,
};

/**
 * The one line that says why a run stopped before its end and what to do; `rest` is what
 * became of the tickers not done ("the tickers not yet done have Error …"), `again` how to
 * run again (the resume command), if there is one.
 */
export function stopAdvice(stop: RunStop, rest: string | undefined, again: string | undefined): string {
  const after = (rest === undefined ? '' : ` ${rest}`) + ' ';
  const how = again === undefined ? ', and run again.' : `, and run again: ${again}`;
  switch (stop.kind) {
    case 'blocked':
      return `screener: the site blocked this run (${stop.reason});${after}Wait a while, then go slower (--rate 1) or through another address (--proxy URL)${how}`;
    case 'not-recognised':
      return (
        `screener: stopped: ${stop.reason} (Finviz may have changed its layout);${after}` +
        'See what the site serves with "screener doctor", keep such pages with --save-pages DIR for a bug report, or update screener' +
        how
      );
    case 'unreachable':
      return `screener: stopped: the site is unreachable (${stop.reason});${after}Check --base-url, your network, --proxy and --local-address${how}`;
  }
}

/** The exit status of a run that stopped for this reason. */
export function exitForStop(stop: RunStop): number {
  return EXIT_FOR[stop.kind];
}

/** The summary's fields for a run that stopped (or none). */
export function stopOf(stop: RunStop | undefined): {stop?: RunStop; stopExit?: number} {
  return stop === undefined ? {} : {stop, stopExit: exitForStop(stop)};
}

/** What the rows of the tickers not fetched hold, for the advice line. */
export function stoppedRowsNote(stop: RunStop): string {
  return `the tickers not yet done have Error "${STOPPED_MESSAGES[stop.kind]}".`;
}
