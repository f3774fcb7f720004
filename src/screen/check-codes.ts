import {UsageError} from '../errors.js';
import type {FilterMenu, ScreenerPanel} from '../finviz/screener-panel.js';
import {closestNames} from '../output/closest-names.js';
import type {ScreenQuery} from './screener-query.js';

/**
 * A custom value the site takes where a menu has a "Custom" entry: a range `{from}to{to}`
 * (`fa_pe_10to20`, `cap_0.5to10`, `sh_price_5to`, `fa_roe_to-10`), either end open, or a date
 * range `{MM-DD-YYYY}x{MM-DD-YYYY}` (the earnings and IPO dates' dialog); one end at least.
 */
const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const DATE = String.raw`\d{2}-\d{2}-\d{4}`;
const CUSTOM_VALUE = new RegExp(`^(?=.*\\d)(?:(?:${NUMBER})?to(?:${NUMBER})?|(?:${DATE})?x(?:${DATE})?)$`);

/** The codes of a query that page 1 could not vouch for, by kind, for one warning. */
export interface CodeCheck {
  /** Codes the page has no menu for (a layout screener does not read, or one tab of the panel). */
  readonly unchecked: readonly string[];
}

/**
 * Checks a screen's codes against what page 1 offers (./../finviz/screener-panel.ts). Throws one
 * UsageError naming every unknown code with the closest known ones; returns the codes it could
 * not check, because the page showed no such menu. A filter code is known when its menu lists it,
 * or when its menu has a "Custom" entry and its value is a range (see CUSTOM_VALUE); a code of a
 * filter the panel lacks is unknown only when the panel shows every filter (its "All" tab).
 */
export function checkScreenCodes(query: Pick<ScreenQuery, 'filters' | 'signal' | 'order'>, panel: ScreenerPanel): CodeCheck {
  const problems: string[] = [];
  const unchecked: string[] = [];
  for (const code of query.filters) {
    if (panel.filters === undefined) {
      unchecked.push(code);
      continue;
    }
    const menu = menuOf(code, panel.filters);
    if (menu === undefined) {
      if (!panel.allFilters) unchecked.push(code);
      else problems.push(unknown('filter', code, allFilterCodes(panel.filters)));
      continue;
    }
    if (menu.choices.some((choice) => choice.code === code)) continue;
    const value = code.slice(menu.id.length + 1);
    if (menu.custom && CUSTOM_VALUE.test(value)) continue;
    const own = menu.choices.map((choice) => choice.code);
    const near = closestNames(code, own);
    const shown = near.length > 0 ? near : own.slice(0, 3);
    const custom = menu.range ? `, or a range such as ${menu.id}_1to5` : '';
    problems.push(
      `unknown filter code "${code}": ${menu.name} offers ${quoted(shown)}${near.length === 0 && own.length > shown.length ? ', …' : ''}${custom}`,
    );
  }
  if (query.signal !== undefined) {
    if (panel.signals === undefined) unchecked.push(query.signal);
    else if (!panel.signals.some((choice) => choice.code === query.signal)) {
      problems.push(
        unknown(
          'signal',
          query.signal,
          panel.signals.map((choice) => choice.code),
        ),
      );
    }
  }
  if (query.order !== undefined) {
    const code = query.order.replace(/^-/, '');
    if (panel.orders === undefined) unchecked.push(query.order);
    else if (!panel.orders.some((choice) => choice.code === code)) {
      problems.push(
        unknown(
          'order',
          query.order,
          panel.orders.map((choice) => choice.code),
        ),
      );
    }
  }
  if (problems.length > 0) {
    throw new UsageError(`${problems.join('; ')} (checked against Finviz's screener page; \`screener filters\` lists its codes)`);
  }
  return {unchecked};
}

/** The menu whose codes `code` is one of: the longest id it starts with, then '_' (`ta_perf2_…` is not `ta_perf`'s). */
function menuOf(code: string, menus: readonly FilterMenu[]): FilterMenu | undefined {
  let found: FilterMenu | undefined;
  for (const menu of menus) {
    if (code.startsWith(`${menu.id}_`) && menu.id.length > (found?.id.length ?? 0)) found = menu;
  }
  return found;
}

function allFilterCodes(menus: readonly FilterMenu[]): string[] {
  return menus.flatMap((menu) => menu.choices.map((choice) => choice.code));
}

function unknown(kind: 'filter' | 'signal' | 'order', code: string, known: readonly string[]): string {
  const wanted = kind === 'order' ? code.replace(/^-/, '') : code;
  const sign = kind === 'order' && code.startsWith('-') ? '-' : '';
  const near = closestNames(wanted, known).map((name) => `${sign}${name}`);
  return `unknown ${kind} code "${code}"${near.length === 0 ? '' : `: did you mean ${quoted(near)}?`}`;
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
