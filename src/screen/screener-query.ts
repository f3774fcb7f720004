import {InvalidArgumentError} from 'commander';

/** Finviz's screener views by name, and their `v=` numbers. */
export const VIEWS = {overview: 111, valuation: 121, ownership: 131, performance: 141, financial: 161, technical: 171} as const;
export type ViewName = keyof typeof VIEWS;

export interface ScreenQuery {
  readonly view: number;
  /** Finviz filter codes, e.g. ["cap_large", "sec_technology"]. */
  readonly filters: readonly string[];
  readonly signal?: string;
  readonly order?: string;
}

/** The query string of one results page; `offset` is the number of its first row (1, 21, 41, …; 1, 1001, … in the tickers view). */
export function screenerQuery(query: ScreenQuery, offset: number): string {
  const parts = [`v=${query.view}`];
  if (query.filters.length > 0) parts.push(`f=${query.filters.join(',')}`);
  if (query.signal) parts.push(`s=${query.signal}`);
  if (query.order) parts.push(`o=${query.order}`);
  parts.push(`r=${offset}`);
  return parts.join('&');
}

/** Filter, signal and order codes: letters, digits, '_', '-' and '.', nothing that could reshape the URL. */
const CODE = /^[A-Za-z0-9_.-]{1,64}$/;

/** A commander parser for one code (--signal, --order). */
export function screenerCode(value: string): string {
  if (!CODE.test(value)) throw new InvalidArgumentError(`expected letters, digits, '_', '-' or '.', got ${JSON.stringify(value)}.`);
  return value;
}

/** A commander parser for --filters: comma-separated codes. */
export function filterCodes(value: string): string[] {
  const codes = value.split(',').map((code) => code.trim()).filter((code) => code !== '');
  const bad = codes.find((code) => !CODE.test(code));
  if (bad !== undefined) throw new InvalidArgumentError(`expected filter codes of letters, digits, '_', '-' or '.', got ${JSON.stringify(bad)}.`);
  return codes;
}
