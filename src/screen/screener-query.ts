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

/**
 * Finviz's `ft=4`: the filter panel's "All" tab, so that the page lists every filter's codes,
 * not one tab's (the Descriptive tab by default). It changes no result, only the panel.
 */
export const ALL_FILTERS_TAB = 'ft=4';

/**
 * The query string of one results page; `offset` is the number of its first row (1, 21, 41, …;
 * 1, 1001, … in the tickers view). `allFilters` asks for the whole filter panel (page 1, whose
 * codes check the screen's), which the other pages do without: it is about 200 KB a page.
 */
export function screenerQuery(query: ScreenQuery, offset: number, {allFilters = false} = {}): string {
  const parts = [`v=${query.view}`];
  if (query.filters.length > 0) parts.push(`f=${query.filters.join(',')}`);
  if (query.signal) parts.push(`s=${query.signal}`);
  if (query.order) parts.push(`o=${query.order}`);
  if (allFilters) parts.push(ALL_FILTERS_TAB);
  parts.push(`r=${offset}`);
  return parts.join('&');
}

/** Filter, signal and order codes: letters, digits, '_', '-' and '.', nothing that could reshape the URL. */
export const SCREENER_CODE = /^[A-Za-z0-9_.-]{1,64}$/;
