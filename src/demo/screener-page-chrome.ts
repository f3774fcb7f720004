/**
 * What a generated screener page has around its results: the title, the counter ("Total: 31 #1"
 * in the old layout, "#1 / 10425 Total" since 2024), the page selector and, after the results,
 * the `<!-- TS … TE -->` comment listing ticker|price|volume a line, as on every saved page since
 * 2021, and above them the filter panel when there is one (./screener-panel-markup.ts). Only a
 * little filler: no navigation or scripts.
 */

/** What the page around the results shows. */
export interface PageFrame {
  /** After "Stock Screener - ": the view's name, e.g. "Overview", "Tickers". */
  readonly viewName: string;
  readonly total: number;
  /** The number of the page's first result: 1, 21, 41, … (1, 1001, … in the tickers view). */
  readonly offset: number;
  readonly rowsPerPage: number;
  /** The results' markup: a table, or the tickers view's grid. */
  readonly results: string;
  /** The page's list of its results, one `ticker|price|volume` a line. */
  readonly tickerLines: readonly string[];
  /** The filter panel's markup, above the results; none on a view that hides it. */
  readonly panel?: string;
}

function pageOf(frame: PageFrame): {readonly page: number; readonly pages: number} {
  return {page: Math.floor((frame.offset - 1) / frame.rowsPerPage) + 1, pages: Math.max(1, Math.ceil(frame.total / frame.rowsPerPage))};
}

function tickerComment(frame: PageFrame): string {
  return `<!-- TS\n${frame.tickerLines.map((line) => `${line}\n`).join('')}TE -->\n`;
}

/** The old layout (2021): tables all the way, the counter in a `td.count-text`. */
export function oldDocument(frame: PageFrame): string {
  const {page, pages} = pageOf(frame);
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html>
<head>
<title>Stock Screener - ${frame.viewName}</title>
<meta charset="UTF-8">
<link rel="stylesheet" href="/assets/dist/finviz_old.e01805e6.css" type="text/css">
</head>
<body onload="ScreenerInit();" style="margin:0" bgcolor="#ffffff">
${frame.panel ?? ''}<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td width="100%">
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td width="140" align="left" valign="bottom" class="count-text"><b>Total: </b>${frame.total} #${frame.offset}</td>
<td align="center" valign="bottom" class="fullview-links"><a href="javascript:void(0)" class="tab-link">save as portfolio</a></td>
<td width="10" align="right" valign="middle" class="count-text"><select id="pageSelect" class="pages-combo"><option selected="selected" value=1>Page ${page}/${pages}</option></select></td>
</tr>
</table>
</td>
</tr>
<tr>
<td>
${frame.results}</td>
</tr>
</table>
${tickerComment(frame)}</body>
</html>
`;
}

/** The layout since 2024: `div#screener-total`, the results in `tr#screener-table`. */
export function newDocument(frame: PageFrame): string {
  const {page, pages} = pageOf(frame);
  return `<!DOCTYPE html>
<html lang="en" class=" dark">
<head>
<title>Stock Screener - ${frame.viewName}</title>
<meta charset="UTF-8"><meta name="viewport" content="width=1024">
<link rel="stylesheet" href="/assets/dist/finviz.css" type="text/css">
</head>
<body class="m-0 min-w-[1009px] table w-full">
<div id="screener-content" class="fv-container">
${frame.panel ?? ''}<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td width="100%">
<div class="relative w-full min-h-6"><div class="absolute bottom-0 left-0 right-0 top-0 flex justify-between items-center space-x-2">
<div id="screener-total" class="count-text whitespace-nowrap">#${frame.offset} / ${frame.total} Total</div>
<div id="screener-page-select" class="flex justify-center items-center space-x-1"><select id="pageSelect" class="pages-combo fv-select"><option selected="selected" value=1>Page ${page} / ${pages}</option></select></div>
</div></div>
</td>
</tr>
<tr id="screener-table"><td><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td>
${frame.results}</td></tr></table>
</td>
</tr>
</table>
</div>
${tickerComment(frame)}</body>
</html>
`;
}
