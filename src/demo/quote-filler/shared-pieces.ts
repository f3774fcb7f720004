/**
 * The filler of a quote page that is the same for every ticker and layout, built once on first
 * use: the head, the chart's data, what lies around the ratings, news and insider tables (each
 * ticker's own, ../quote-markup/tables.ts), the footer, and the not-found page's frame. The server compresses each shared piece once (../stand-in-server.ts).
 */

import {shared, type PagePiece} from '../page-piece.js';
import {fixed, slug} from '../page-formats.js';
import {hashString, Rng} from '../random.js';
import {AS_OF, DAY_MS} from '../reference-data.js';
import {chartData, LAST_NAMES, settingsScript} from './filler-rows.js';
import {ELITE_MODAL, footerHtml, HEAD_SCRIPT, navHtml, PROMO_BANNER} from './site-chrome.js';

/** The pieces of a quote page (and of the not-found page) that are the same for every ticker. */
export interface SharedPieces {
  readonly head: PagePiece;
  readonly bodyTop: PagePiece;
  readonly chart: PagePiece;
  /** Before the ratings table. */
  readonly middle: PagePiece;
  /** After the ratings, up to the news table's rows. */
  readonly newsOpen: PagePiece;
  /** After the news table's rows, up to the profile. */
  readonly newsClose: PagePiece;
  /** After the profile, up to the insider table. */
  readonly bottom: PagePiece;
  /** After the insider table, to the end of the page. */
  readonly end: PagePiece;
  readonly notFoundHead: PagePiece;
  readonly notFoundTail: PagePiece;
}

let sharedPieces: SharedPieces | undefined;

/** The shared pieces, built on first use. */
export function getSharedPieces(): SharedPieces {
  sharedPieces ??= buildSharedPieces();
  return sharedPieces;
}

function buildSharedPieces(): SharedPieces {
  const rng = new Rng(hashString('finviz stand-in filler'));
  const head = shared(
    HEAD_SCRIPT +
      settingsScript(rng, 'FinvizFeatureFlags', 140) +
      `<script>FinvizSettings = {hasUserPremium: false, name: "", chartsDomain: "https://charts.example.com", hoverCharts: {timeframe: "d", width: 466, height: 219}};</script>\n`,
  );
  const bodyTop = shared(
    `</head>
          <body class="m-0 is-quote min-w-[1009px] table w-full"><div id="js-elite-features-root"></div>
${settingsScript(rng, 'FinvizAdSlots', 110)}${navHtml()}<div id="js-feature-discovery-root"></div><div class="content ">
${PROMO_BANNER}`,
  );
  const chart = shared(`${chartData(rng)};
                        data.instrument = 'stock';
                        window.globalChartConfig.quoteData = data;
                    </script></div><div class="sticky-w-full">
<div class="fv-container">
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td align="center" valign="top">
<div class="content" data-testid="stock-data-content"><table style="table-layout:fixed" width="100%"><tr>
<td align="center" valign="top">
<div class="mt-1"><div id="IC_D_970x91_1" class="relative overflow-hidden flex items-center justify-center w-full mx-auto" style="width:970px;height:100px;max-height:100px"></div></div>`);

  const fundamentals: string[] = [];
  for (let index = 0; index < 12; index++) fundamentals.push(`{"name":"${2015 + index}","value":${fixed(rng.between(1, 500), 3)}}`);
  const middle = shared(`</td>
</tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td style="height:10px;font-size:0"><img src="gfx/nic2x2.gif" style="width:685px;height:10px"></td></tr>
<tr>
<td width="100%" align="center">
<script id="fa-init-data-0" type="application/json">{"annual":{"values":[[${fundamentals.join(',')}],[${fundamentals.join(',')}]]}}</script><div class="js-fa-root"></div></td>
</tr>
<tr><td style="height:10px;font-size:0"><img src="gfx/nic2x2.gif" style="width:685px;height:10px"></td></tr>
`);
  const newsOpen = shared(`<tr><td style="height:10px;font-size:0"><img src="gfx/nic2x2.gif" style="width:685px;height:10px"></td></tr>
<tr>
<td>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td><div class="body-table-news-wrapper news-table_wrapper"><table width="100%" cellpadding="1" cellspacing="0" border="0" id="news-table" class="fullview-news-outer news-table">
`);
  const newsClose = shared(`</table>
</div>
</td><td width="300" valign="top" style="padding-left: 10px"><div id="stocktwits-widget-news" class="fullview-news-outer quote_stocktwits box-content w-[300px]"></div></td></tr></table></td>
</tr>
<tr><td style="height:10px;font-size:0"><img src="gfx/nic2x2.gif" style="width:685px;height:10px"></td></tr>
<tr><td><table cellspacing="0" cellpading="0" border="0" width="100%" class="h-px">
<tr class="table-light3-row" height="1px">
`);

  const managers: string[] = [];
  for (let index = 0; index < 30; index++) {
    const name = `${rng.pick(LAST_NAMES)} ${rng.pick(['Capital Management LLC', 'Advisors Inc', 'Asset Management', 'Investment Partners LP'])}`;
    managers.push(
      `{"investorId":"${rng.int(10_000, 9_999_999)}","name":"${name}","slug":"${slug(name)}","percOwnership":${rng.between(0.05, 8)}}`,
    );
  }
  const insiderMonths: string[] = [];
  for (let index = 0; index < 13; index++) {
    insiderMonths.push(
      `{"date":${AS_OF - (12 - index) * 30 * DAY_MS},"saleAggregated":${fixed(rng.between(0, 5e7), 1)},"saleTransactionCount":${rng.int(0, 9)},"buyAggregated":0,"buyTransactionCount":0}`,
    );
  }
  const bottom =
    shared(`<script id="institutional-ownership-init-data-0" type="application/json">{"managersOwnership":[${managers.join(',')}]}</script>
</tr>
</table>
</td>
</tr>
<tr><td style="height:10px;font-size:0"><img src="gfx/nic2x2.gif" style="width:685px;height:10px"></td></tr>
<tr><td width="100%"><div id="statements"></div></td></tr>
                <tr><td>
                    <script id="insider-init-data-0" type="application/json">[${insiderMonths.join(',')}]</script>
                    <div class="insider-trading-chart"></div>
                </td></tr>
`);
  const end = shared(`</table>
</td></tr>
</table>
</div>
</div>
</div>
</div>
${footerHtml()}${ELITE_MODAL}${settingsScript(rng, 'FinvizDeferred', 110)}<script src="/assets/dist/quote.v1.js" onerror="window.onAssetFailed(this)" defer></script>
</body>
</html>
`);

  const notFoundHead = shared(
    `<meta charset="UTF-8"><meta name="viewport" content="width=1024"><meta name="description" content="Stock screener for investors and traders, financial visualizations.">
${HEAD_SCRIPT}</head>
<body class="m-0 min-w-[1009px] table w-full">
${navHtml()}`,
  );
  const notFoundTail = shared(
    `${footerHtml()}${settingsScript(new Rng(hashString('not found filler')), 'FinvizDeferred', 60)}</body>
</html>
`,
  );
  return {head, bodyTop, chart, middle, newsOpen, newsClose, bottom, end, notFoundHead, notFoundTail};
}
