import type {CodeChoice, ScreenerPanel} from '../finviz/screener-panel.js';

/** One line of `screener filters`: a code a screen takes, and what the site calls it. */
export interface CodeLine {
  readonly kind: 'filter' | 'signal' | 'order';
  /** The filter's id (`cap`), empty for a signal or an order. */
  readonly filter: string;
  /** The filter's title ("Market Cap."), empty for a signal or an order. */
  readonly group: string;
  /** `cap_mega`; for a menu with a custom range, `cap_{from}to{to}`. */
  readonly code: string;
  readonly name: string;
}

/** What a menu's custom-range line says. */
export const RANGE_NAME = 'a custom range: either end may be left out, e.g. 1to10, 0.5to, to20';

/**
 * Every code page 1 offers, filters (menu by menu, each followed by its custom range if it has
 * one) then signals then orders, in the page's order.
 */
export function codeLines(panel: ScreenerPanel): CodeLine[] {
  const lines: CodeLine[] = [];
  for (const menu of panel.filters ?? []) {
    for (const choice of menu.choices) lines.push({kind: 'filter', filter: menu.id, group: menu.name, ...choice});
    if (menu.range) lines.push({kind: 'filter', filter: menu.id, group: menu.name, code: `${menu.id}_{from}to{to}`, name: RANGE_NAME});
  }
  const plain = (kind: 'signal' | 'order', choices: readonly CodeChoice[] | undefined) =>
    (choices ?? []).map((choice): CodeLine => ({kind, filter: '', group: '', ...choice}));
  return [...lines, ...plain('signal', panel.signals), ...plain('order', panel.orders)];
}

/**
 * The lines a person reads (and greps): a heading per kind, then one code a line, its code
 * padded to a column and the filter's title before the option's name, as
 * `cap_mega            Market Cap.: Mega ($200bln and more)`; a blank line between filters.
 */
export function codeText(lines: readonly CodeLine[]): string[] {
  const width = Math.min(32, Math.max(...lines.map((line) => line.code.length)));
  const headings = {
    filter: '# Filters (--filters, comma-separated)',
    signal: '# Signals (--signal)',
    order: "# Orders (--order; a '-' first sorts descending, e.g. -marketcap)",
  } as const;
  const text: string[] = [];
  let previous: CodeLine | undefined;
  for (const line of lines) {
    if (line.kind !== previous?.kind) text.push(...(previous === undefined ? [] : ['']), headings[line.kind]);
    else if (line.kind === 'filter' && line.filter !== previous.filter) text.push('');
    text.push(`${line.code.padEnd(width)}  ${line.group === '' ? '' : `${line.group}: `}${line.name}`);
    previous = line;
  }
  return text;
}
