/**
 * Generated Finviz screener result pages for the stand-in server and the tests.
 *
 * Three markups, each following the real pages' result table cell for cell:
 * - `old`: the 2021 layout (../shared/finviz-pages/screener-old-v110-overview-p1-2021-05-d3an.html):
 *   "Total: 31 #1", a plain table with `td.table-top` header cells (`table-top-s` on the sorted
 *   column) in a row that is never closed, and `tr.table-dark-row-cp` / `tr.table-light-row-cp`
 *   rows of `td.screener-body-table-nw` cells whose text is in `a.screener-link`;
 * - `2025`: the layout of 2024 and 2025 (screener-new-v111-overview-2025-09-hu0573.html):
 *   "#1 / 10425 Total", `table.screener_table` with a `thead` of `th` cells and `tr.styled-row`
 *   rows, and the real page's malformed links (`<a href="…" ">1</a>`, `align="left"data-boxover=…`);
 * - `2026-07`: today's, the same table with July 2026's Ticker cell and `stock?t=` links (see
 *   {@link newTable}); no page of it was saved, so it follows the public reports.
 * The tickers view (v=411) is a grid of spans instead of a table (./tickers-view-grid.ts).
 * The page around the results is ./screener-page-chrome.ts.
 *
 * Values agree with the generated quote pages (./quote-page.ts): a ticker's row shows what its
 * quote page shows, through the screener's column map and in the screener's formats
 * (../finviz/screener-columns.ts). The four screener-only values (50D High, 50D Low, from Open,
 * Gap) are made up from the ticker too.
 */
import {MONTHS} from '../finviz/months.js';
import {
  ALL_CUSTOM_COLUMNS,
  CUSTOM_VIEW_COLUMNS,
  SCREENER_COLUMNS,
  SCREENER_HEADER_FIELDS,
  type ScreenerHeaderField,
} from '../finviz/screener-columns.js';
import {isTickersView, rowsPerPage} from '../finviz/screener-views.js';
import {SNAPSHOT_FIELD_BY_LABEL, type ScreenerConversion} from '../finviz/snapshot-fields.js';
import {cellOf, makeCompany} from './company-model.js';
import {escapeText, percent, rawAttribute} from './page-formats.js';
import {NEWEST_LAYOUT} from './quote-page.js';
import {hashString} from './random.js';
import {newDocument, oldDocument} from './screener-page-chrome.js';
import {filterPanel, showsPanel, type PanelQuery} from './screener-panel-markup.js';
import {customColumnName, viewColumns, type ScreenerLayout} from './screener-view-columns.js';
import {tickersViewGrid, type TickerSpan} from './tickers-view-grid.js';

/** The layout the stand-in answers in unless told otherwise: today's. */
export const DEFAULT_SCREENER_LAYOUT: ScreenerLayout = '2026-07';

/** One stock, as any screener view can show it. */
export interface GeneratedRow {
  readonly ticker: string;
  /**
   * The text of every custom-view column, indexed by column id (0 to 70). Id 0, "No.", is ''
   * here: a page numbers its rows itself.
   */
  readonly cells: readonly string[];
}

export interface ScreenerPageOptions {
  readonly layout: ScreenerLayout;
  /** The view: 111 (overview), 121, 131, 141, 161, 171, a custom view (150 to 152), or the tickers view (411). */
  readonly view: number;
  readonly rows: readonly GeneratedRow[];
  /** How many results the whole screen has, as the page's counter shows. */
  readonly total: number;
  /** The number of the page's first row, as the `r` parameter: 1, 21, 41, … (1, 1001, … in the tickers view) @default 1 */
  readonly offset?: number;
  /** The column ids of a custom view (`c=`), in the order shown. @default ALL_CUSTOM_COLUMNS */
  readonly columns?: readonly number[];
  /**
   * The `o` parameter: a column's sort name, `-` first for descending, e.g. "-marketcap". The
   * header shows no arrow unless it names a column. @default "ticker"
   */
  readonly order?: string;
  /**
   * What the Ticker cell (the tickers view: the span) shows for a ticker, its links and
   * attributes still naming the ticker: for tests of a page whose text and links disagree.
   * @default the ticker
   */
  readonly shownTicker?: (ticker: string) => string;
  /**
   * The query the page answers, for its filter panel (shown on views whose `v=` ends in 1, as
   * on Finviz). @default no panel
   */
  readonly panel?: Omit<PanelQuery, 'view'>;
}

/** What a parser should read back from a rendered page: the headers and the rows' texts. */
export interface ScreenerPageContent {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

// ---------------------------------------------------------------------------------------------
// Rows

/** A fraction in [0, 1) from the ticker and a salt: the same every time. */
function unit(ticker: string, salt: string): number {
  return hashString(`${salt}:${ticker}`) / 4294967296;
}

/** "-10.25%" from a percent text, NaN from "-". */
function percentValue(text: string): number {
  return text.endsWith('%') ? Number(text.slice(0, -1)) : Number.NaN;
}

/** A percent text, "-" for no number. */
function percentOrDash(value: number): string {
  return Number.isFinite(value) ? percent(value) : '-';
}

/** The "(0.38%)" of "1.08 (0.38%)"; "-" without one. */
function yieldOf(text: string): string {
  return /\((\S+%)\)$/.exec(text)?.[1] ?? '-';
}

/** The `index`th of the space-separated parts, "-" if missing. */
function part(text: string, index: number): string {
  return text.split(' ')[index] ?? '-';
}

/** The distance of "317.40 -10.25%" (a 2026 quote's 52-week cell). */
function distanceOf(text: string): string {
  return /(\S+%)$/.exec(text)?.[1] ?? '-';
}

const SESSION_LETTERS: ReadonlyMap<string, string> = new Map([
  ['BMO', 'b'],
  ['AMC', 'a'],
]);

/** "Jul 30 AMC" -> "Jul 30/a". */
function screenerEarnings(text: string): string {
  const match = /^(\S+ \S+) (\S+)$/.exec(text);
  const letter = match?.[2] === undefined ? undefined : SESSION_LETTERS.get(match[2]);
  return match?.[1] === undefined || letter === undefined ? text : `${match[1]}/${letter}`;
}

/** "Dec 02, 1980" -> "12/2/1980". */
function screenerDate(text: string): string {
  const match = /^(\S+) (\d+), (\d{4})$/.exec(text);
  if (match === null) return text;
  const [, month = '', day = '', year = ''] = match;
  return `${MONTHS.indexOf(month) + 1}/${Number(day)}/${year}`;
}

/** The screener's text of a quote cell's text: each conversion (../finviz/snapshot-fields.ts) undone. */
const SCREENER_TEXT: Readonly<Record<ScreenerConversion, (quoteText: string) => string>> = {
  same: (text) => text,
  earnings: screenerEarnings,
  date: screenerDate,
  'volatility-week': (text) => part(text, 0),
  'volatility-month': (text) => part(text, 1),
  distance: distanceOf,
};

/**
 * Screener columns the stand-in fills otherwise than from the label the screener map names: it
 * draws no forward annual dividend and no ROI apart from the quote page's 2026 fields.
 */
const STAND_IN_CHOICES: ReadonlyMap<string, (quoteText: (label: string) => string) => string> = new Map([
  ['Dividend', (quoteText) => yieldOf(quoteText('Dividend Est.'))],
  ['ROI', (quoteText) => quoteText('ROIC')],
]);

/**
 * The row of `ticker`, with every custom-view column filled: what the generated quote page
 * shows (in its newest layout), in the screener's formats, through the screener's column map
 * (../finviz/screener-columns.ts). The four screener-only values are made up from the ticker.
 */
export function generateScreenerRow(ticker: string): GeneratedRow {
  const company = makeCompany(ticker);
  const quoteText = (label: string): string => {
    const field = SNAPSHOT_FIELD_BY_LABEL.get(label);
    return field === undefined ? '-' : cellOf(company, field, NEWEST_LAYOUT).text;
  };
  const header: Readonly<Record<ScreenerHeaderField, string>> = {
    ticker,
    company: company.name,
    sector: company.sector,
    industry: company.industry,
    country: company.country,
  };
  const change = percentValue(quoteText('Change'));
  const high52 = percentValue(distanceOf(quoteText('52W High')));
  const low52 = percentValue(distanceOf(quoteText('52W Low')));
  // The 50-day range lies within the 52-week range; the change splits into the gap and the move since the open.
  const gap = change * unit(ticker, 'Gap');
  const screenerOnly: ReadonlyMap<string, string> = new Map([
    ['No.', ''], // a page numbers its rows itself
    ['50D High', percentOrDash(high52 * unit(ticker, '50D High'))],
    ['50D Low', percentOrDash(low52 * unit(ticker, '50D Low'))],
    ['from Open', percentOrDash(((1 + change / 100) / (1 + gap / 100) - 1) * 100)],
    ['Gap', percentOrDash(gap)],
  ]);
  const cells = CUSTOM_VIEW_COLUMNS.map((name) => {
    const field = SCREENER_HEADER_FIELDS.get(name);
    if (field !== undefined) return header[field];
    const made = screenerOnly.get(name) ?? STAND_IN_CHOICES.get(name)?.(quoteText);
    if (made !== undefined) return made;
    const column = SCREENER_COLUMNS.get(name);
    if (column === undefined) throw new Error(`Expected screener column "${name}" in the screener map, got none`);
    return SCREENER_TEXT[column.conversion](quoteText(column.label));
  });
  return {ticker, cells};
}

// ---------------------------------------------------------------------------------------------
// Pages

/** The column ids a page of `options.view` shows. */
export function screenerPageColumns(options: Pick<ScreenerPageOptions, 'view' | 'columns'>): readonly number[] {
  if (Math.floor(options.view / 10) === 15) return options.columns ?? ALL_CUSTOM_COLUMNS;
  const fixedColumns = viewColumns(options.view);
  if (fixedColumns !== undefined) return fixedColumns;
  throw new RangeError(
    `Expected a table view (111, 121, 131, 141, 151, 152, 161 or 171) or the tickers view (411), got \`${options.view}\``,
  );
}

/** The headers and cell texts a page shows, as a parser should read them back. */
export function screenerPageContent(options: ScreenerPageOptions): ScreenerPageContent {
  const columns = screenerPageColumns(options);
  const offset = options.offset ?? 1;
  const headers = columns.map((id) => {
    const name = customColumnName(id, options.layout);
    if (name === undefined) throw new RangeError(`Expected custom column ids from 0 to ${ALL_CUSTOM_COLUMNS.length - 1}, got \`${id}\``);
    return name;
  });
  const rows = options.rows.map((row, index) => columns.map((id) => (id === 0 ? String(offset + index) : (row.cells[id] ?? '-'))));
  return {headers, rows};
}

/** A screener result page in `options.layout`, the same every time for the same options. */
export function renderScreenerPage(options: ScreenerPageOptions): string {
  const columns = screenerPageColumns(options);
  const content = screenerPageContent(options);
  const shownTicker = options.shownTicker ?? ((ticker: string) => ticker);
  const rows = options.rows.map((row, index): RowMarkup => ({
    ticker: row.ticker,
    shown: shownTicker(row.ticker),
    cells: content.rows[index] ?? [],
    all: row.cells,
  }));
  const frame = {
    viewName: VIEW_NAMES.get(Math.floor(options.view / 10)) ?? 'Screener',
    total: options.total,
    offset: options.offset ?? 1,
    rowsPerPage: rowsPerPage(options.view),
    tickerLines: rows.map((row) => `${row.ticker}|${row.all[PRICE] ?? ''}|${(row.all[VOLUME] ?? '').replaceAll(',', '')}`),
    panel:
      options.panel === undefined || !showsPanel(options.view)
        ? undefined
        : filterPanel({...options.panel, view: options.view}, options.layout),
  };
  if (isTickersView(options.view)) {
    const spans = rows.map((row): TickerSpan => ({
      ticker: row.ticker,
      shown: row.shown,
      ...tooltipFacts(row),
      change: row.all[CHANGE] ?? '-',
    }));
    const results = tickersViewGrid(spans, options.layout);
    return options.layout === 'old' ? oldDocument({...frame, results}) : newDocument({...frame, results});
  }
  const table = {
    layout: options.layout,
    columns,
    headers: content.headers,
    rows,
    query: `v=${options.view}${options.order === undefined ? '' : `&o=${options.order}`}`,
    order: options.order ?? 'ticker',
  };
  return options.layout === 'old' ? oldDocument({...frame, results: oldTable(table)}) : newDocument({...frame, results: newTable(table)});
}

/**
 * Batch mode's page: the custom view (v=152) for these tickers (`t=…`) with these columns
 * (`c=…`), as Finviz answers `screener.ashx?v=152&t=A,B&c=0,1,…`: every ticker on one page,
 * in the order given.
 */
export function renderCustomScreenerPage(
  tickers: readonly string[],
  columns: readonly number[] = ALL_CUSTOM_COLUMNS,
  layout: ScreenerLayout = DEFAULT_SCREENER_LAYOUT,
): string {
  return renderScreenerPage({layout, view: 152, columns, rows: tickers.map(generateScreenerRow), total: tickers.length});
}

// ---------------------------------------------------------------------------------------------
// Markup

interface RowMarkup {
  readonly ticker: string;
  /** What the Ticker cell shows (see ScreenerPageOptions.shownTicker). */
  readonly shown: string;
  /** The cells the page shows, in its column order. */
  readonly cells: readonly string[];
  /** Every custom-view column by id, for the tooltips. */
  readonly all: readonly string[];
}

interface TableMarkup {
  readonly layout: ScreenerLayout;
  readonly columns: readonly number[];
  readonly headers: readonly string[];
  readonly rows: readonly RowMarkup[];
  readonly query: string;
  readonly order: string;
}

/** The sort names of the `o` parameter, by column id (as the pages' header links use them). */
const SORT_NAMES: readonly string[] = [
  '',
  'ticker',
  'company',
  'sector',
  'industry',
  'country',
  'marketcap',
  'pe',
  'forwardpe',
  'peg',
  'ps',
  'pb',
  'pc',
  'pfcf',
  'dividendyield',
  'payoutratio',
  'eps',
  'epsyoy',
  'epsyoy1',
  'eps5years',
  'estltgrowth',
  'sales5years',
  'epsqoq',
  'salesqoq',
  'sharesoutstanding2',
  'sharesfloat',
  'insiderown',
  'insidertrans',
  'instown',
  'insttrans',
  'shortinterestshare',
  'shortinterestratio',
  'roa',
  'roe',
  'roi',
  'curratio',
  'quickratio',
  'ltdebteq',
  'debteq',
  'grossmargin',
  'opermargin',
  'netmargin',
  'perf1w',
  'perf4w',
  'perf13w',
  'perf26w',
  'perf52w',
  'perfytd',
  'beta',
  'averagetruerange',
  'volatility1w',
  'volatility4w',
  'sma20',
  'sma50',
  'sma200',
  'high50d',
  'low50d',
  'high52w',
  'low52w',
  'rsi',
  'changeopen',
  'gap',
  'recom',
  'averagevolume',
  'relativevolume',
  'price',
  'change',
  'volume',
  'earningsdate',
  'targetprice',
  'ipodate',
];

/** Text columns, aligned left; the others are numbers, aligned right. */
const TEXT_COLUMNS = new Set([1, 2, 3, 4, 5]);
/** Columns whose value is colored by its sign (percent changes and distances), and Price, colored like Change. */
const SIGNED_COLUMNS = new Set([17, 18, 19, 20, 21, 22, 23, 42, 43, 44, 45, 46, 47, 52, 53, 54, 55, 56, 57, 58, 60, 61, 66]);
const PRICE = 65;
const CHANGE = 66;
const VOLUME = 67;

type Tone = 'up' | 'down' | undefined;

function toneOf(id: number, text: string, row: RowMarkup, columns: readonly number[]): Tone {
  const signed = id === PRICE ? row.cells[columns.indexOf(CHANGE)] : SIGNED_COLUMNS.has(id) ? text : undefined;
  if (signed === undefined || !signed.endsWith('%')) return undefined;
  const value = Number(signed.slice(0, -1));
  return value > 0 ? 'up' : value < 0 ? 'down' : undefined;
}

/** `-marketcap` sorts column 6 descending; the arrow shows on that header. */
function sortedColumn(order: string): {readonly id: number; readonly descending: boolean} {
  const descending = order.startsWith('-');
  return {id: SORT_NAMES.indexOf(descending ? order.slice(1) : order), descending};
}

/** The tooltip of the ticker and price cells shows these whatever the view's columns. */
function tooltipFacts(row: RowMarkup): {company: string; industry: string; country: string; marketCap: string} {
  const cell = (id: number): string => row.all[id] ?? '-';
  return {company: cell(2), industry: cell(4), country: cell(5), marketCap: cell(6)};
}

// Old layout (2021) ----------------------------------------------------------------------------

function oldTable(table: TableMarkup): string {
  const sorted = sortedColumn(table.order);
  const header = table.columns
    .map((id, index) => {
      const isSorted = id === sorted.id && id !== 0;
      const cls = isSorted ? 'table-top-s' : 'table-top';
      const next = id === 0 ? '' : `&o=${isSorted && !sorted.descending ? '-' : ''}${SORT_NAMES[id] ?? ''}`;
      const arrow = isSorted
        ? `<img align="top" src="gfx/tab_arrow_${sorted.descending ? 'd' : 'u'}.gif" width="14" height="10" alt="" border="0">`
        : '';
      return `<td class="${cls}" onmouseover="this.className='table-top-h';" onmouseout="this.className='${cls}';" onclick="window.location='screener.ashx?${table.query.replace(/&o=[^&]*/, '')}${next}'" style="cursor:pointer;">${arrow}${escapeText(table.headers[index] ?? '')}</td>\n`;
    })
    .join('');
  const rowClass = (index: number): string => (index % 2 === 0 ? 'table-dark-row-cp' : 'table-light-row-cp');
  const rowStart = (index: number): string =>
    `<tr valign="top" class="${rowClass(index)}"  onmouseover="this.className='${rowClass(index)}-h';" onmouseout="this.className='${rowClass(index)}';">\n`;
  const body = table.rows
    .map((row, index) => {
      const link = `quote.ashx?t=${row.ticker}&ty=c&p=d&b=1`;
      const cells = table.columns.map((id, column) => {
        const text = id === 1 ? row.shown : (row.cells[column] ?? '-');
        const align = TEXT_COLUMNS.has(id) ? 'left' : 'right';
        const tone = toneOf(id, text, row, table.columns);
        const shown =
          tone === undefined ? escapeText(text) : `<span class="is-${tone === 'up' ? 'green' : 'red'}">${escapeText(text)}</span>`;
        const linkClass = id === 1 ? 'screener-link-primary' : 'screener-link';
        let title = '';
        if (id === 1 || id === PRICE) {
          const facts = tooltipFacts(row);
          const offsetX = id === 1 ? 100 : -323;
          title = ` title="${rawAttribute(`cssbody=[tabchrtbdy] cssheader=[tabchrthdr] body=[<img src='https://charts2.finviz.com/chart.ashx?s=m&ty=c&t=${row.ticker}'><br>&nbsp;<b>${facts.company}</b><br>&nbsp;${facts.industry} | ${facts.country} | ${facts.marketCap}] offsetx=[${offsetX}] offsety=[${index < 10 ? 0 : -220}] delay=[0]`)}"`;
        }
        return `<td height="10" align="${align}" class="screener-body-table-nw"${title}><a href="${link}" class="${linkClass}">${shown}</a></td>`;
      });
      const end = index === table.rows.length - 1 ? '</tr>' : `</tr>${rowStart(index + 1)}`;
      return `${cells.join('')}${end}`;
    })
    .join('');
  return `<table width="100%" cellpadding="3" cellspacing="1" border="0" bgcolor="#d3d3d3">
<tr align="center" valign="middle">
${header}${table.rows.length > 0 ? rowStart(0) : ''}${body}</table>
`;
}

// Layouts since 2024 ---------------------------------------------------------------------------

/**
 * 2025 (and 2024): `table.screener_table`; cells link to `quote.ashx?t=` through the real page's
 * malformed links (`<a href="…" ">1</a>`; only the ticker's link, `a.tab-link`, has a class), and
 * the ticker and price cells carry a chart tooltip (`align="left"data-boxover=…`, no space).
 *
 * July 2026 (lit26/finvizfinance #157, #158, #159 and the cells quoted in their fixes): links go
 * to `stock?t=`, without the stray quote, and the Ticker cell carries the ticker and its
 * tooltip's facts in `data-boxover-*` attributes and holds the logo link before the ticker's:
 * `<a class="company-ticker" …><img …><span>A</span></a>`, the letter standing in for a logo that
 * does not load, so that the cell's text is "AAAPL".
 */
function newTable(table: TableMarkup): string {
  const july2026 = table.layout === '2026-07';
  const sorted = sortedColumn(table.order);
  const header = table.columns
    .map((id, index) => {
      const isSorted = id === sorted.id && id !== 0;
      const cls = `table-header cursor-pointer${isSorted ? ` is-selected is-${sorted.descending ? 'descending' : 'ascending'}` : ''}`;
      const next = id === 0 ? '' : `&o=${isSorted && !sorted.descending ? '-' : ''}${SORT_NAMES[id] ?? ''}`;
      const chevron = isSorted
        ? `<svg width="16" height="16" class="inline-block -mt-[3px] -mb-0.5">\n    <use href="/assets/dist-icons/icons.svg?rev=29#chevron${sorted.descending ? 'Down' : 'Up'}"/>\n</svg>`
        : '';
      return `<th class="${cls}" align="${TEXT_COLUMNS.has(id) ? 'left' : 'right'}" onclick="window.location='screener.ashx?${table.query.replace(/&o=[^&]*/, '')}${next}'">${escapeText(table.headers[index] ?? '')}${chevron}</th>\n`;
    })
    .join('');
  const rowStart = `<tr class="styled-row is-bordered is-rounded${july2026 ? ' group' : ''} is-hoverable is-striped has-color-text" valign="top">`;
  const body = table.rows
    .map((row, index) => {
      const link = `${july2026 ? 'stock' : 'quote.ashx'}?t=${row.ticker}&ty=c&p=d&b=1`;
      const cells = table.columns.map((id, column) => {
        const text = id === 1 ? row.shown : (row.cells[column] ?? '-');
        const align = TEXT_COLUMNS.has(id) ? 'left' : 'right';
        const tone = toneOf(id, text, row, table.columns);
        const shown =
          tone === undefined
            ? escapeText(text)
            : `<span class="color-text is-${tone === 'up' ? 'positive' : 'negative'}">${escapeText(text)}</span>`;
        if (id === 1 && july2026) {
          const facts = tooltipFacts(row);
          const data = `data-boxover-ticker="${rawAttribute(row.ticker)}" data-boxover-company="${rawAttribute(facts.company)}" data-boxover-industry="${rawAttribute(facts.industry)}" data-boxover-country="${rawAttribute(facts.country)}" data-boxover-value="${rawAttribute(facts.marketCap)}"`;
          const logo = `<a class="company-ticker" href="${link}"><img src="https://logo.finviz.com/${row.ticker}.svg" alt="${row.ticker} logo" loading="lazy"><span>${escapeText(row.ticker.slice(0, 1))}</span></a>`;
          return `<td height="10" align="left" ${data}><span class="flex items-center gap-1 pl-0.5">${logo}<a href="${link}" class="tab-link">${shown}</a></span></td>`;
        }
        let boxover = '';
        if (id === 1 || id === PRICE) {
          const facts = tooltipFacts(row);
          const chart = `https://charts2-node.finviz.com/chart.ashx?cs=m&t=${row.ticker}&tf=d&s=linear&pm=0&am=0&ct=candle_stick&tm=d`;
          const offsets = id === 1 ? 'offsetx=[100] offsety=[0]' : `offsetx=[-324] offsety=[${index < 10 ? 20 : -264}]`;
          // Like the real page: no space before data-boxover.
          boxover = `data-boxover="${rawAttribute(`cssbody=[hoverchart] cssheader=[tabchrthdr] body=[<img  srcset='${chart} 1x, ${chart}&sf=2 2x' width='324' height='180' alt='' loading='lazy'><div><b>${facts.company}</b>${facts.industry} <span>•</span> ${facts.country} <span>•</span> ${facts.marketCap} </div>] ${offsets} delay=[0]`)}"`;
        }
        const anchor = id === 1 ? `<a href="${link}" class="tab-link">` : july2026 ? `<a href="${link}">` : `<a href="${link}" ">`;
        return `<td height="10" align="${align}"${boxover}>${anchor}${shown}</a></td>`;
      });
      const end = index === table.rows.length - 1 ? '</tr>' : `</tr>${rowStart}\n`;
      return `${cells.join('')}${end}`;
    })
    .join('');
  return `<table class="styled-table-new is-rounded is-tabular-nums w-full screener_table">
<thead>
<tr align="center" valign="middle">
${header}</thead>
${table.rows.length > 0 ? `${rowStart}\n` : ''}${body}</table>`;
}

const VIEW_NAMES: ReadonlyMap<number, string> = new Map([
  [11, 'Overview'],
  [12, 'Valuation'],
  [13, 'Ownership'],
  [14, 'Performance'],
  [15, 'Custom'],
  [16, 'Financial'],
  [17, 'Technical'],
  [41, 'Tickers'],
]);
