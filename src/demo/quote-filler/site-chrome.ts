/** What every Finviz page has around its content: the head's scripts, the navigation, banners and the footer. */

export function navHtml(): string {
  const links = [
    'Home',
    'News',
    'Screener',
    'Charts',
    'Maps',
    'Groups',
    'Portfolio',
    'Insider',
    'Futures',
    'Forex',
    'Crypto',
    'Backtests',
    'Pricing',
  ];
  const cells = links
    .map(
      (link, index) =>
        `<td><a class="nav-link${index === 0 ? ' is-first' : ''}" href="/${index === 0 ? '' : link.toLowerCase()}">${link}</a></td>`,
    )
    .join('');
  return `<div id="notifications-container"></div><div id="notifications-react-root"></div><div id="dialogs-react-root"></div><table class="header sticky-w-full">
    <tr class="align-top">
        <td>
            <table class="header-container">
                <tr>
                    <td class="w-[30%]">
                        <table class="w-full">
                            <tr><td class="h-[50px] align-middle"><a href="/" class="logo"><svg width="225" height="32" class="block"><use href="/img/logo.svg#free"/></svg></a></td></tr>
                            <tr><td id="search" style="padding-top: 7px"><div class="navbar-search-placeholder"><input placeholder="Search ticker, company or profile" class="search-input is-free"/></div></td></tr>
                        </table>
                    </td>
                    <td class="relative w-[730px] text-right"><div id="banner_position" class="overflow-hidden absolute top-0 right-0 w-full h-[96px]"></div></td>
                </tr>
            </table>
        </td>
    </tr>
</table>
            <table class="navbar sticky-w-full">
                <tr>
                    <td class="h-[30px]">
                        <table class="header-container">
                            <tr>${cells}
                <td><a href="/login" class="nav-link sign-in">Login</a></td>
                <td><a href="/register" class="nav-link sign-up">Register</a></td>
                            </tr>
                        </table>
                    </td>
                </tr>
            </table>
`;
}

export function footerHtml(): string {
  const links = ['Affiliate', 'Advertise', 'Careers', 'Contact', 'Blog', 'Help', 'Privacy'];
  return `            <div class="footer" style="margin-top: 20px;padding-bottom: 215px">
                <div class="footer_links">
${links.map((link) => `                    <a class="tab-link" href="/${link.toLowerCase()}">${link}</a>`).join('\n                    <span class="footer_dot"> &bull; </span>\n')}
                </div>
    Quotes delayed 15 minutes for NASDAQ, NYSE and AMEX.
    <br>
    Copyright &copy; 2007-2026 Finviz.com. All Rights Reserved.
            </div>
`;
}

export const HEAD_SCRIPT = `
            <link rel="preload" href="/fonts/sans-latin-normal.woff2" as="font" type="font/woff2" crossorigin>
            <link rel="preload" href="/fonts/sans-latin-italic.woff2" as="font" type="font/woff2" crossorigin>
            <script>
        window.pendingNotices = [];
        window.onAssetFailed = function (element) {
            window.pendingNotices.push(element);
            window.onAssetFailed = function () {};
        };
        window.showMessage ??= (message) => alert(message);
        window.askConfirm ??= (message) => new Promise((resolve) => resolve(confirm(message) || undefined));
    </script><link rel="stylesheet" href="/assets/dist/redesign.css" type="text/css" onerror="window.onAssetFailed(this)">
<link rel="stylesheet" href="/assets/dist/main.css" type="text/css" onerror="window.onAssetFailed(this)">
<script src="/assets/dist/vendor.v1.js" onerror="window.onAssetFailed(this)" defer></script>
<script>
    window.dataLayer = window.dataLayer || [];
    function trackEvent(name, params) {
        window.dataLayer.push(Object.assign({ event: name }, params || {}));
    }
    function trackAndOpenNews(event, source, url) {
        trackEvent('news_click', { source: source });
        if (event.target.tagName !== 'A') window.open(url, '_blank');
    }
</script><link rel="icon" type="image/png" href="/favicon_2x.png" sizes="32x32">
<link rel="icon" type="image/png" href="/favicon.png" sizes="16x16">
`;

export const PROMO_BANNER = `
<div class="py-4.5 bg-secondary" data-fv-notice="promo-banner-stock">
    <div class="relative flex min-h-110 items-start justify-center overflow-hidden rounded-lg bg-gray-900 fv-container">
        <div class="relative z-10 flex max-w-160 flex-col items-center px-4 pt-18 pb-12 text-center font-sans">
            <p class="m-0 text-3xl font-extrabold leading-tight md:text-4xl">Screen smarter this summer</p>
            <p class="m-0 mt-3 text-base leading-relaxed">Real-time quotes, advanced charts, backtests and alerts in one place.</p>
            <a href="/elite?utm_source=finviz&utm_medium=banner&utm_campaign=summer" class="mt-6 inline-flex items-center rounded-md px-5 py-2.5 text-sm font-semibold">See plans</a>
        </div>
        <button type="button" class="absolute right-3 top-3 js-notice-close" aria-label="Close">&times;</button>
    </div>
</div>
<script>
    (function () {
        var notice = document.querySelector('[data-fv-notice="promo-banner-stock"]');
        var close = notice && notice.querySelector('.js-notice-close');
        if (close) close.addEventListener('click', function () { notice.remove(); });
    })();
</script>
`;

export const ELITE_MODAL = `<div id="modal-elite-ad" class="modal-elite-ad">
    <div id="modal-elite-ad_content" class="modal-elite-ad_content">
        <button id="modal-elite-ad-close" type="button" class="modal-elite-ad_close">&times;</button>
        <div id="modal-elite-ad-content-1" style="display: block">
            <h2>Go further with Elite</h2>
            <p>
                Real-time data, intraday charts, screener exports and backtesting for active investors.
            </p>
            <a href="/elite?utm_source=finviz&utm_medium=banner&utm_campaign=modal-1" id="modal-elite-ad-btn-1" class="modal-elite_button" target="_blank">Learn more</a>
        </div>
    </div>
</div>
`;
