import type {CheerioAPI} from 'cheerio/slim';
import {collapse} from './collapse.js';
import {loadHtml} from './load-html.js';

/** One code a menu of the screener page offers, and what the page calls it. */
export interface CodeChoice {
  /** As the query takes it: `cap_mega` (a filter), `ta_topgainers` (a signal), `marketcap` (an order). */
  readonly code: string;
  /** The option's text: "Mega ($200bln and more)", "Top Gainers", "Market Cap.". */
  readonly name: string;
}

/** One filter of the panel: its select, the filter's title and the codes it offers. */
export interface FilterMenu {
  /** The filter's id, the codes' prefix: `cap`, `fa_pe`, `sh_price`. */
  readonly id: string;
  /** The title beside the select: "Market Cap.", "P/E". */
  readonly name: string;
  /** Every code it lists, `{id}_{value}`, in the page's order ("Any" and the custom entries left out). */
  readonly choices: readonly CodeChoice[];
  /**
   * The menu has a "Custom" entry (Elite's range fields, `frange` or `range`, or its dialog,
   * `modal`): the site then takes values it does not list, such as the range `fa_pe_10to20`.
   */
  readonly custom: boolean;
  /** The "Custom" entry is a range's fields (`frange`, `range`): a number filter. */
  readonly range: boolean;
}

/** The codes page 1 of the screener offers: its filter panel, the signal select and the order select. */
export interface ScreenerPanel {
  /** The filter panel's menus; undefined when the page shows no panel screener recognises. */
  readonly filters: readonly FilterMenu[] | undefined;
  /**
   * The panel shows every filter (its "All" tab, `ft=4`), not one tab's (Descriptive,
   * Fundamental, …): only then is a filter missing from it unknown to the site.
   */
  readonly allFilters: boolean;
  /** The signal select's codes; undefined when the page shows none. */
  readonly signals: readonly CodeChoice[] | undefined;
  /** The order select's codes, without a leading `-`; undefined when the page shows none. */
  readonly orders: readonly CodeChoice[] | undefined;
}

/**
 * Option values that open the site's own custom entry instead of naming a code: the range
 * fields (`frange`; `range` before 2024), the dialogs (`modal`, `modal_intraday`, `more`).
 * Values with other characters than a code has (`add_tad_0_close::close:d`, "Custom TA") are
 * not codes either.
 */
const RANGE_ENTRIES = new Set(['frange', 'range']);
const DIALOG_ENTRIES = /^(modal(_\w+)?|more)$/;
const CODE_VALUE = /^[A-Za-z0-9_.-]+$/;

/**
 * Reads the codes a Finviz screener page offers, in every layout saved from 2018 to 2025:
 * - the filter panel: a `select` with `data-filter="cap"` (id `fs_cap`) a filter, whose options
 *   have the code's value as their `value` (`mega` for `cap_mega`), after a cell with the
 *   filter's title (`span.screener-combo-title`); the panel shows the filters of one tab, the
 *   selected `screener-tabs` cell (old) or `screener_filter-tab` (since 2024), "All" for every one;
 * - `select#signalSelect` and `select#orderSelect`, whose options are links with the code in
 *   `s=` and `o=` (`-` first when the page is sorted descending).
 *
 * Only the part of the page from its first select to the end of the last select it reads is
 * loaded: 240 KB of the 348 KB page of September 2025 (its results and scripts come after),
 * which took the parse from 226 to 137 ms on a loaded machine. It runs on page 1 only.
 *
 * Pure: a page with no panel (a view with its filters hidden, v=110 or 410, or a layout that
 * changed) has `filters` undefined rather than throwing, and so for the selects.
 */
export function parseScreenerPanel(html: string): ScreenerPanel {
  const $ = loadHtml(panelRegion(html));
  try {
    return {
      filters: readFilters($),
      allFilters: selectedTab($) === 'All',
      signals: readLinks($, 'signalSelect', 's'),
      orders: readLinks($, 'orderSelect', 'o'),
    };
  } finally {
    $.root().empty();
  }
}

function readFilters($: CheerioAPI): FilterMenu[] | undefined {
  const menus: FilterMenu[] = [];
  const seen = new Set<string>();
  for (const select of $('select[data-filter]').toArray()) {
    const id = $(select).attr('data-filter') ?? '';
    if (!CODE_VALUE.test(id) || seen.has(id)) continue;
    seen.add(id);
    const choices: CodeChoice[] = [];
    const codes = new Set<string>();
    let custom = false;
    let range = false;
    for (const option of $(select).find('option').toArray()) {
      const value = $(option).attr('value') ?? '';
      if (value === '') continue; // "Any"
      if (RANGE_ENTRIES.has(value) || DIALOG_ENTRIES.test(value)) {
        custom = true;
        range ||= RANGE_ENTRIES.has(value);
        continue;
      }
      const code = `${id}_${value}`;
      // One value may show twice (sh_opt's "restricted": "Short Sale Restricted" and "Halted").
      if (!CODE_VALUE.test(value) || codes.has(code)) continue;
      codes.add(code);
      choices.push({code, name: collapse($(option).text())});
    }
    // The title is in the cell before the select's.
    const title = collapse($(select).closest('td').prevAll('td').first().find('.screener-combo-title').text());
    menus.push({id, name: title === '' ? id : title, choices, custom, range});
  }
  return menus.length === 0 ? undefined : menus;
}

/** The selected filter tab's name ("Descriptive", "All"…), or undefined when the page shows none. */
function selectedTab($: CheerioAPI): string | undefined {
  const tab = $('td.screener-tabs-selected, .screener_filter-tab.is-selected').first();
  return tab.length === 0 ? undefined : collapse(tab.text().replaceAll('&nbsp', ' '));
}

/** The codes in parameter `name` of the links a select offers; undefined without the select. */
function readLinks($: CheerioAPI, id: string, name: 's' | 'o'): CodeChoice[] | undefined {
  const select = $(`select#${id}`);
  if (select.length === 0) return undefined;
  const choices: CodeChoice[] = [];
  const seen = new Set<string>();
  for (const option of select.find('option').toArray()) {
    const link = $(option).attr('value') ?? '';
    const query = link.slice(link.indexOf('?') + 1);
    const value = new URLSearchParams(query).get(name);
    if (value === null) continue; // "None (all stocks)"
    const code = name === 'o' ? value.replace(/^-/, '') : value;
    if (code === '' || !CODE_VALUE.test(code) || seen.has(code)) continue;
    seen.add(code);
    choices.push({code, name: collapse($(option).text())});
  }
  return choices;
}

/** From the first `<select` to the end of the last filter, signal or order select. */
function panelRegion(html: string): string {
  const start = html.indexOf('<select');
  if (start === -1) return '';
  const ends = [/<select\b[^>]*\bdata-filter=/g, /<select\b[^>]*\bid="signalSelect"/g, /<select\b[^>]*\bid="orderSelect"/g].map(
    (pattern) => {
      let last = -1;
      for (const match of html.matchAll(pattern)) last = match.index;
      const close = last === -1 ? -1 : html.indexOf('</select>', last);
      return close === -1 ? -1 : close + '</select>'.length;
    },
  );
  const end = Math.max(...ends);
  return end === -1 ? '' : html.slice(start, end);
}
