/** The exit statuses of every command, as the README's table lists them. */
export const EXIT_OK = 0;
/** One or more tickers failed; every row was still written. */
export const EXIT_SOME_FAILED = 1;
/** A usage or input error, before any request. */
export const EXIT_USAGE = 2;
/** The site blocked the run (a challenge, several 403s, or only throttling for minutes). */
export const EXIT_BLOCKED = 3;
/** Pages in a row were not recognised: Finviz may have changed its layout. */
export const EXIT_NOT_RECOGNISED = 4;
/** The site could not be reached, several times in a row. */
export const EXIT_UNREACHABLE = 5;
/** Ctrl-C or SIGTERM. */
export const EXIT_INTERRUPTED = 130;
