/**
 * What the stand-in's screener pages show: the screener's layouts, which custom-view columns
 * (../finviz/screener-columns.ts) each table view has, and under which header in each layout.
 * The parser needs none of it: it reads a table view's headers from the page.
 */
import {CUSTOM_VIEW_COLUMNS} from '../finviz/screener-columns.js';

/**
 * The screener's markups: `old` (2018 to 2023: plain tables), `2025` (`table.screener_table`,
 * as in 2024 and 2025) and `2026-07` (the same table with July 2026's Ticker cell: a logo link
 * before the ticker's link, and `stock?t=` links).
 */
export const SCREENER_LAYOUTS = ['old', '2025', '2026-07'] as const;
export type ScreenerLayout = (typeof SCREENER_LAYOUTS)[number];

/** Columns the layouts since 2025 head differently: "ROI" became "ROIC" (the financial view of Oct 2025). */
const NEW_LAYOUT_NAMES: ReadonlyMap<number, string> = new Map([[34, 'ROIC']]);

/** The header of custom-view column `id` in `layout`, or undefined for an id beyond the 71 known. */
export function customColumnName(id: number, layout: ScreenerLayout): string | undefined {
  return (layout === 'old' ? undefined : NEW_LAYOUT_NAMES.get(id)) ?? CUSTOM_VIEW_COLUMNS[id];
}

/**
 * The column ids each view shows, by view number without its last digit
 * (v=110 and v=111 are both the overview). From the 2021 pages (d3an/finviz's
 * recorded tests); the overview is the same in 2018 and 2025, the performance
 * view in 2024 and the financial view in Oct 2025 (with "ROIC" for "ROI").
 * The tickers view has no header row: its one column is the ticker.
 */
const VIEW_COLUMNS: ReadonlyMap<number, readonly number[]> = new Map([
  [11, [0, 1, 2, 3, 4, 5, 6, 7, 65, 66, 67]], // overview
  [12, [0, 1, 6, 7, 8, 9, 10, 11, 12, 13, 17, 18, 19, 20, 21, 65, 66, 67]], // valuation
  [13, [0, 1, 6, 24, 25, 26, 27, 28, 29, 30, 31, 63, 65, 66, 67]], // ownership
  [14, [0, 1, 42, 43, 44, 45, 46, 47, 50, 51, 62, 63, 64, 65, 66, 67]], // performance
  [16, [0, 1, 6, 14, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 68, 65, 66, 67]], // financial
  [17, [0, 1, 48, 49, 52, 53, 54, 57, 58, 59, 65, 66, 60, 61, 67]], // technical
  [41, [1]], // tickers
]);

/** The column ids view `view` shows (e.g. 111, 121, 161, 411), or undefined for the custom view (15x) and views the stand-in does not serve. */
export function viewColumns(view: number): readonly number[] | undefined {
  return VIEW_COLUMNS.get(Math.floor(view / 10));
}
