import {LAYOUT_LABELS, shownLabel} from '../../src/finviz/snapshot-labels.js';

/** The fields of a quote header in the markup of 2024 to mid-June 2026 (div.quote-header-wrapper), every one shown. */
export const HEADER_FIELDS =
  '<h1 class="quote-header_ticker-wrapper_ticker">XYZ</h1>' +
  '<h2 class="quote-header_ticker-wrapper_company"> Xyz  Corp </h2>' +
  '<a href="screener.ashx?v=111&f=sec_technology">Technology</a><a href="screener.ashx?v=111&f=ind_software">Software</a>' +
  '<a href="screener.ashx?v=111&f=geo_usa">USA</a><a href="screener.ashx?v=111&f=exch_nyse">NYSE</a>';

/**
 * A small page holding one whole quote of the 2026-06 layout (one snapshot table), around
 * hand-written snapshot rows: a first row in the layout's markup (which tells the layout), then
 * `rows`, then every label of the layout in plain cells, so that whatever `rows` lack, the quote
 * is whole. Labels `rows` show come first there, so their values are the ones read.
 */
export function wholeQuotePage(rows: string, header = `<div class="quote-header-wrapper">${HEADER_FIELDS}</div>`): string {
  const labels = LAYOUT_LABELS['2026-06'].map(shownLabel);
  const filler: string[] = [];
  for (let index = 0; index < labels.length; index += 6) {
    filler.push(
      `<tr>${labels
        .slice(index, index + 6)
        .map((label) => `<td>${label}</td><td>1</td>`)
        .join('')}</tr>`,
    );
  }
  const first =
    '<tr><td class="snapshot-td2" data-boxover-html="Shares float"><div class="snapshot-td-label">Shs Float</div></td><td>2</td></tr>';
  return `<html><body>${header}<table class="snapshot-table2">${first}${rows}${filler.join('\n')}</table></body></html>`;
}
