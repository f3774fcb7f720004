import type {QuotePage} from '../finviz/parse-quote.js';
import {otherShownTicker} from '../finviz/same-ticker.js';
import type {Unreadable} from '../schema/normalize-quote.js';

/**
 * The warnings of one run, each said once: an unknown label once per run
 * (Finviz changes its pages once or twice a year, and then every row has it),
 * an unreadable value once per ticker, column and text, a page showing another
 * ticker once per ticker.
 */
export class Diagnostics {
  readonly #warn: (line: string) => void;
  readonly #unknownFate: string;
  readonly #said = new Set<string>();

  /** `unknownFate` ends the unknown-label warning: where, if anywhere, such a label's value goes. */
  constructor(warn: (line: string) => void, unknownFate: string) {
    this.#warn = warn;
    this.#unknownFate = unknownFate;
  }

  unknownLabel(ticker: string, label: string, text: string): void {
    this.#once(
      `label\0${label}`,
      `screener: warning: unknown Finviz label ${JSON.stringify(label)} (${ticker} shows ${JSON.stringify(text)}): ${this.#unknownFate}`,
    );
  }

  unreadable(ticker: string, {column, text, label, cell}: Unreadable): void {
    const from = text === cell && column === label ? '' : ` (${label} ${JSON.stringify(cell)})`;
    this.#once(
      `value\0${ticker}\0${column}\0${text}`,
      `screener: warning: ${ticker}: ${column}: cannot read ${JSON.stringify(text)}${from}; left empty`,
    );
  }

  /** Warns when `page`, asked for as `ticker`, shows another ticker (its row has it in Page Ticker). */
  otherTicker(ticker: string, page: QuotePage): void {
    const shown = otherShownTicker(page);
    if (shown !== '') this.#once(`ticker\0${ticker}`, `screener: warning: ${ticker}: the page shows ${shown} (renamed?)`);
  }

  #once(key: string, line: string): void {
    if (this.#said.has(key)) return;
    this.#said.add(key);
    this.#warn(line);
  }
}
