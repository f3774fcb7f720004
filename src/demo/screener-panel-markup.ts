/**
 * The stand-in's filter panel, order and signal selects: what a Finviz screener page shows above
 * its results, with the filters, signals and orders the stand-in implements (./stand-in-filters.ts),
 * in the markup of the saved pages: since 2024 (screener-new-v111-overview-2025-09-hu0573.html:
 * `div.screener_filter-tab` tabs, `select.fv-select` menus with `data-filter`, titles in
 * `span.screener-combo-title` with a `data-boxover` tooltip), and before (2018 to 2021:
 * `td.screener-tabs-selected` tabs, tooltips in `title`). Generated here, never copied.
 */
import {escapeText, rawAttribute} from './page-formats.js';
import type {ScreenerLayout} from './screener-view-columns.js';
import {STAND_IN_FILTERS, STAND_IN_ORDERS, STAND_IN_SIGNALS, type StandInFilter} from './stand-in-filters.js';

/** The query a page answers, as its panel's links repeat it. */
export interface PanelQuery {
  readonly view: number;
  /** `f=`, comma-separated. */
  readonly filters: string;
  /** `s=` */
  readonly signal: string;
  /** `o=` */
  readonly order: string;
  /** `ft=4`: the "All" tab, every filter; otherwise the Descriptive tab's. */
  readonly allFilters: boolean;
}

/** The filter panel's tabs, as Finviz's `ft=` numbers them. */
const TABS: readonly (readonly [name: string, ft: string])[] = [
  ['Descriptive', ''],
  ['Fundamental', '2'],
  ['Technical', '3'],
  ['All', '4'],
];

/** A view shows its filter panel when its `v=` ends in 1 (111, 411); 110 and 410 hide it. */
export function showsPanel(view: number): boolean {
  return view % 10 === 1;
}

/** The markup of the panel in `layout`, for the page answering `query`. */
export function filterPanel(query: PanelQuery, layout: ScreenerLayout): string {
  const old = layout === 'old';
  const base = (extra: string) => link(query, extra);
  const selected = new Set(query.filters.split(',').filter((code) => code !== ''));
  const tab = query.allFilters ? 'All' : 'Descriptive';
  const shown = STAND_IN_FILTERS.filter((filter) => query.allFilters || filter.tab === tab);
  const tooltip = (header: string) =>
    `cssbody=[tooltip_bdy] cssheader=[tooltip_hdr] header=[${header}] body=[<table width=300><tr><td class='tooltip_tab'>${header}.</td></tr></table>] delay=[500]`;
  const tip = (header: string) => (old ? `title="${rawAttribute(tooltip(header))}"` : `data-boxover="${rawAttribute(tooltip(header))}"`);
  const selectClass = old ? 'body-combo-text' : 'body-combo-text fv-select';

  const orders = STAND_IN_ORDERS.map(
    ({code, name}) =>
      `<option${query.order.replace(/^-/, '') === code ? ' selected="selected"' : ''} value="${base(`o=${query.order.startsWith('-') ? '-' : ''}${code}`)}">${escapeText(name)}</option>`,
  ).join('');
  const signals = [
    `<option${query.signal === '' ? ' selected="selected"' : ''} value="${link({...query, signal: ''}, '')}">None (all stocks)</option>`,
    ...STAND_IN_SIGNALS.map(
      ({code, name}) =>
        `<option${query.signal === code ? ' selected="selected"' : ''} value="${link({...query, signal: code}, '')}">${escapeText(name)}</option>`,
    ),
  ].join('');
  const top = `<table id="filter-table-top" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td class="screener-groups_filter-label text-right" width="6%">
<span class="body-combo-title" style="cursor:pointer;" ${tip('Order by')}>Order by</span></td>
<td align="left" width="20%" class="pl-1">
<select id="orderSelect" style="width:100%;" class="${selectClass}" onchange='window.location=document.getElementById("orderSelect").value'>
${orders}</select>
</td>
<td class="screener-groups_filter-label text-right" width="6%">
<span class="body-combo-title" style="cursor:pointer;" ${tip('Signal')}>Signal</span></td>
<td align="left" width="15%" class="pl-1">
<select id="signalSelect" style="width: 100%;" class="${selectClass}" onchange='window.location=document.getElementById("signalSelect").value'>
${signals}</select>
</td>
</tr>
</table>
`;
  const tabs = TABS.map(([name, ft]) => {
    const target = base(ft === '' ? '' : `ft=${ft}`);
    return old
      ? `<td class="screener-tabs-${name === tab ? 'selected' : 'gray'}" style="cursor:pointer;" onclick="window.location='${target}'">&nbsp&nbsp ${name} &nbsp&nbsp</td>`
      : `<div class="screener-tabs screener_filter-tab has-badge ${name === tab ? 'is-selected' : 'is-gray'}" onclick="window.location='${target}'">${name}</div>`;
  }).join('\n');
  const tabRow = old
    ? `<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr class="screener-tabs-body-row">\n<td width="50%"><b>Filters:</b> ${selected.size}</td>\n${tabs}\n</tr></table>\n`
    : `<div class="screener_filter-tabs-section"><div class="screener_filter-tabs-wrapper">${tabs}\n</div></div>\n`;

  const cells = shown.map((filter) => {
    const value = [...selected].find((code) => code.startsWith(`${filter.id}_`))?.slice(filter.id.length + 1) ?? '';
    return `<td width="10%" class="filters-cells" align="center">
<span class="screener-combo-title" style="cursor:pointer;" ${tip(filter.title)}>${escapeText(filter.title)}</span></td>
<td width="10%" class="filters-cells${old ? '' : ' relative'}">
${menu(filter, query, value, old)}
</td>`;
  });
  const rows: string[] = [];
  for (let start = 0; start < cells.length; start += 5) rows.push(`<tr>\n${cells.slice(start, start + 5).join('\n')}\n</tr>`);
  const table = `<table id="filter-table-filters" class="${old ? 'filters-border' : 'screener-groups_settings-table is-dimmer-text'}" width="100%" cellpadding="1" cellspacing="1" style="table-layout:fixed;">
${rows.join('\n')}
</table>
`;
  return `${top}${tabRow}${table}`;
}

function menu(filter: StandInFilter, query: PanelQuery, value: string, old: boolean): string {
  const others = query.filters
    .split(',')
    .filter((code) => code !== '' && !code.startsWith(`${filter.id}_`))
    .join(',');
  const tabPart = query.allFilters ? '&ft=4' : '';
  const url = `v=${query.view}${others === '' ? '' : `&f=${others}`}${tabPart}`;
  const withSelected = `v=${query.view}&f=${[others, `${filter.id}_selected_filter`].filter((part) => part !== '').join(',')}${tabPart}`;
  const options = [
    `<option${value === '' ? ' selected="selected"' : ''} value="">Any</option>`,
    ...filter.options.map(
      (option) =>
        `<option${value === option.value ? ' selected="selected"' : ''} value="${option.value}">${escapeText(option.name)}</option>`,
    ),
    `<option value="${filter.custom}">Custom (Elite only)</option>`,
  ].join('');
  const classes = old ? 'screener-combo-text' : `screener-combo-text${value === '' ? '' : ' is-selected is-highlight'} fv-select`;
  const selectedAttribute = old ? '' : ` data-selected="${value}"`;
  return `<select id="fs_${filter.id}" style="width:100%" class="${classes}" onchange="ScreenerSelectOnChange(this)" data-filter="${filter.id}" data-url="${url}" data-url-selected="${withSelected}"${selectedAttribute}>
${options}</select>`;
}

/** `screener.ashx?v=…&f=…&s=…&o=…` plus `extra` (a replacement `o=`, or `ft=`), as the panel's links. */
function link(query: PanelQuery, extra: string): string {
  const parts = [`v=${query.view}`];
  if (query.filters !== '') parts.push(`f=${query.filters}`);
  if (query.signal !== '') parts.push(`s=${query.signal}`);
  if (query.order !== '' && !extra.startsWith('o=')) parts.push(`o=${query.order}`);
  if (extra !== '') parts.push(extra);
  return `screener.ashx?${parts.join('&')}`;
}
