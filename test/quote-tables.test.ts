import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {PageNotRecognisedError} from '../src/errors.js';
import {
  parseQuoteTables,
  QUOTE_TABLE_NAMES,
  type QuoteTableName,
  type QuoteTables,
  type RawTableRow,
} from '../src/finviz/quote-tables/index.js';
import {referenceTables} from './helpers/quote-tables-reference.js';

/** The saved pages are read in place: CI clones the repository with ../shared beside it. */
const PAGES = new URL('../../shared/finviz-pages/', import.meta.url);
const QUOTE_PAGES = readdirSync(PAGES)
  .filter((name) => /^quote-(old|new)-.*\.html$/.test(name))
  .sort();

function readPage(name: string): Buffer {
  return readFileSync(new URL(name, PAGES));
}

/** The ticker in a saved page's name, quote-<layout>-<TICKER>-… */
function tickerOf(name: string): string {
  return /^quote-\w+-([A-Z0-9.-]+?)-/.exec(name)?.[1] ?? '';
}

interface Expected {
  readonly counts: Readonly<Record<keyof QuoteTables, number>>;
  /** The first and the last item of each table, as the page shows them (checked in the HTML). */
  readonly news: readonly RawTableRow[];
  readonly ratings: readonly RawTableRow[];
  readonly insider: readonly RawTableRow[];
  /** The description's first 50 characters, the peers, the funds. */
  readonly profile: RawTableRow | undefined;
}

/** Every saved quote page, by hand: a page added to the folder must be added here too. */
const EXPECTED: Readonly<Record<string, Expected>> = {
  'quote-new-AACT-2025-06-finvizor_rust.html': {
    counts: {news: 4, ratings: 0, insider: 0, profile: 1},
    news: [
      [
        'Apr-22-25 06:30AM',
        'Ares Acquisition Corporation II Announces Preliminary Redemption Results of Approximately 1.3% of Public Shares',
        '(Business Wire)',
        'https://www.businesswire.com/news/home/20250421250558/en/',
      ],
      [
        '08:00AM',
        'Kodiak, a Leading Provider of AI-Powered Autonomous Vehicle Technology, to Go Public Via Business Combination With Ares Acquisition Corporation II',
        '(PR Newswire)',
        'https://www.prnewswire.com/news-releases/kodiak-a-leading-provider-of-ai-powered-autonomous-vehicle-technology-to-go-public-via-business-combination-with-ares-acquisition-corporation-ii-302427427.html',
      ],
    ],
    ratings: [],
    insider: [],
    profile: ['Ares Acquisition Corp. II is a blank check company', '', 'SPC SPAQ SPCZ'],
  },
  'quote-new-AAPL-2026-04-bullpen.html': {
    counts: {news: 100, ratings: 20, insider: 21, profile: 1},
    news: [
      [
        'Today 07:38AM',
        "What the Allbirds 'Hail Mary' says about the AI trade right now",
        '(Yahoo Finance)',
        'https://finance.yahoo.com/news/what-the-allbirds-hail-mary-says-about-the-ai-trade-right-now-113847747.html',
      ],
      [
        '03:51PM',
        "Intel Stock Gains 50% in 8 Days. Why the Company Has a 'Renewed Lease on Life.'",
        '(Barrons.com)',
        'https://www.barrons.com/articles/intel-stock-price-analysts-winning-streak-a1bdcdf4?mod=bar_FV',
      ],
    ],
    ratings: [
      ['Apr-17-26', 'Upgrade', 'BNP Paribas Exane', 'Neutral → Outperform', ''],
      ['Dec-05-25', 'Reiterated', 'CLSA', 'Outperform', '$265 → $330'],
    ],
    insider: [
      [
        "O'BRIEN DEIRDRE",
        'Senior Vice President',
        "Apr 02 '26",
        'Sale',
        '255.35',
        '30,002',
        '7,660,875',
        '136,810',
        'Apr 03 06:30 PM',
        'http://www.sec.gov/Archives/edgar/data/320193/000114036126013192/xslF345X06/form4.xml',
      ],
      [
        'KEVAN PAREKH',
        'Officer',
        "Apr 23 '25",
        'Proposed Sale',
        '199.74',
        '4,570',
        '912,812',
        '',
        'Apr 23 04:22 PM',
        'http://www.sec.gov/Archives/edgar/data/320193/000195004725002536/xsl144X01/primary_doc.xml',
      ],
    ],
    profile: [
      'Apple, Inc. engages in the design, manufacture, an',
      'MSFT SONY DELL GOOGL HPQ AMZN NVDA IBM META NFLX',
      'VTI VOO IVV SPY VUG QQQ VGT IWF XLK SPYM',
    ],
  },
  'quote-new-AAPL-2026-06-12-diversen.html': {
    counts: {news: 100, ratings: 20, insider: 26, profile: 1},
    news: [
      [
        'Today 12:06AM',
        "Commentary: At WWDC 2026, Apple's AI platform eclipses the OS",
        '(DigiTimes)',
        'https://www.digitimes.com/news/a20260611PD208/apple-wwdc-2026-apple-intelligence-siri.html',
      ],
      [
        '01:40PM',
        'Apple Stock Rises With Developer Conference Under Way',
        '(The Wall Street Journal)',
        'https://www.wsj.com/livecoverage/stock-market-today-dow-sp-500-nasdaq-06-08-2026/card/apple-stock-rises-with-developer-conference-under-way-quxGKOdhv6UfnF8vw5s6?mod=wsj_FV',
      ],
    ],
    ratings: [
      ['May-26-26', 'Reiterated', 'BofA Securities', 'Buy', '$330 → $380'],
      ['Dec-09-25', 'Reiterated', 'Citigroup', 'Buy', '$315 → $330'],
    ],
    insider: [
      [
        'LEVINSON ARTHUR D',
        'Director',
        "May 27 '26",
        'Sale',
        '311.02',
        '50,000',
        '15,551,000',
        '3,764,576',
        'May 29 06:30 PM',
        'http://www.sec.gov/Archives/edgar/data/320193/000114036126023363/xslF345X06/form4.xml',
      ],
      [
        "O'BRIEN DEIRDRE",
        'Officer',
        "Aug 08 '25",
        'Proposed Sale',
        '223.20',
        '34,821',
        '7,772,065',
        '',
        'Aug 08 04:07 PM',
        'http://www.sec.gov/Archives/edgar/data/320193/000196922325000586/xsl144X01/primary_doc.xml',
      ],
    ],
    profile: [
      'Apple, Inc. engages in the design, manufacture, an',
      'MSFT GOOG META AMZN NVDA AVGO TSM SONY DELL HPQ',
      'VTI VOO IVV SPY VUG QQQ VGT IWF XLK SPYM',
    ],
  },
  'quote-new-AAPL-2026-06-29-diversen.html': {
    counts: {news: 100, ratings: 20, insider: 27, profile: 1},
    news: [
      [
        'Today 09:43AM',
        "'Magnificent 7' stocks are having a dreadful year",
        '(Yahoo Finance)',
        'https://finance.yahoo.com/markets/article/magnificent-7-stocks-are-having-a-dreadful-year-134333813.html',
      ],
      [
        '04:03PM',
        'How Qualcomm is evolving to grab a piece of the AI data center explosion.',
        '(Yahoo Finance)',
        'https://finance.yahoo.com/technology/article/how-qualcomm-is-evolving-to-grab-a-piece-of-the-ai-data-center-explosion-200314570.html',
      ],
    ],
    ratings: [
      ['May-26-26', 'Reiterated', 'BofA Securities', 'Buy', '$330 → $380'],
      ['Dec-09-25', 'Reiterated', 'Citigroup', 'Buy', '$315 → $330'],
    ],
    insider: [
      [
        'Borders Ben',
        'Principal Accounting Officer',
        "Jun 16 '26",
        'Sale',
        '295.14',
        '116',
        '34,236',
        '38,713',
        'Jun 17 06:30 PM',
        'http://www.sec.gov/Archives/edgar/data/320193/000114036126025620/xslF345X06/form4.xml',
      ],
      [
        "O'BRIEN DEIRDRE",
        'Officer',
        "Aug 08 '25",
        'Proposed Sale',
        '223.20',
        '34,821',
        '7,772,065',
        '',
        'Aug 08 04:07 PM',
        'http://www.sec.gov/Archives/edgar/data/320193/000196922325000586/xsl144X01/primary_doc.xml',
      ],
    ],
    profile: [
      'Apple, Inc. engages in the design, manufacture, an',
      'MSFT GOOG META AMZN NVDA AVGO TSM SONY DELL HPQ',
      'VTI VOO IVV SPY VUG QQQ VGT XLK SPYM IWF',
    ],
  },
  'quote-new-ADMA-2024-11-rjs7273.html': {
    counts: {news: 100, ratings: 15, insider: 21, profile: 1},
    news: [
      [
        'Nov-12-24 09:15AM',
        'ADMA Biologics Inc (ADMA) Hits Fresh High: Is There Still Room to Run?',
        '(Zacks)',
        'https://finance.yahoo.com/news/adma-biologics-inc-adma-hits-141511648.html',
      ],
      [
        'Feb-28-24 05:30PM',
        'Adma Biologics: Q4 Earnings Snapshot',
        '(Associated Press Finance)',
        'https://finance.yahoo.com/news/adma-biologics-q4-earnings-snapshot-223023831.html',
      ],
    ],
    ratings: [
      ['Jul-19-23', 'Resumed', 'Raymond James', 'Strong Buy', '$5'],
      ['Dec-01-14', 'Reiterated', 'Maxim Group', 'Buy', '$16 → $18'],
    ],
    insider: [
      [
        'Guiheen Lawrence P.',
        'Director',
        "Sep 09 '24",
        'Option Exercise',
        '10.80',
        '9,000',
        '97,200',
        '162,941',
        'Sep 11 09:00 PM',
        'http://www.sec.gov/Archives/edgar/data/1368514/000114036124040872/xslF345X05/form4.xml',
      ],
      [
        'ELMS STEVE',
        'Director',
        "Mar 15 '24",
        'Sale',
        '6.01',
        '183,008',
        '1,099,878',
        '2,577,387',
        'Mar 15 09:00 PM',
        'http://www.sec.gov/Archives/edgar/data/1250195/000114036124013634/xslF345X05/form4.xml',
      ],
    ],
    profile: [
      'ADMA Biologics, Inc. operates as a biopharmaceutic',
      'CSL GRFS BAX BMY PFE JNJ MRK LLY COHR GILD',
      'IJR VTI IWM XBI VXF IJT SPSM IWO IBB SLYG',
    ],
  },
  'quote-old-A-multiticker-2021-09-kvokka.html': {
    counts: {news: 100, ratings: 20, insider: 39, profile: 1},
    news: [
      [
        'Aug-26-21 09:31AM',
        '10 Must-Watch Earnings Reports',
        'Insider Monkey',
        'https://finance.yahoo.com/news/10-must-watch-earnings-reports-133137601.html',
      ],
      [
        'Jun-14-21 12:20PM',
        'Surging Earnings Estimates Signal Upside for Agilent (A) Stock',
        'Zacks',
        'https://finance.yahoo.com/news/surging-earnings-estimates-signal-upside-162004901.html',
      ],
    ],
    ratings: [
      ['Mar-18-21', 'Upgrade', 'Citigroup', 'Neutral → Buy', '$135 → $150'],
      ['Oct-18-19', 'Downgrade', 'UBS', 'Buy → Neutral', '$82'],
    ],
    insider: [
      [
        'Grau Dominique',
        'Senior Vice President',
        'Aug 18',
        'Option Exercise',
        '40.80',
        '9,033',
        '368,546',
        '90,453',
        'Aug 20 11:28 AM',
        'http://www.sec.gov/Archives/edgar/data/1090872/000112760221024086/xslF345X03/form4.xml',
      ],
      [
        'Grau Dominique',
        'Senior Vice President',
        'Oct 09',
        'Sale',
        '105.00',
        '6,485',
        '680,925',
        '97,669',
        'Oct 13 02:32 PM',
        'http://www.sec.gov/Archives/edgar/data/1090872/000112760220026835/xslF345X03/form4.xml',
      ],
    ],
    profile: ['Agilent Technologies, Inc. provides application fo', '', ''],
  },
  'quote-old-AAPL-2018-11-joseraul.html': {
    counts: {news: 100, ratings: 20, insider: 35, profile: 1},
    news: [
      [
        'Nov-25-18 02:45PM',
        '4 Stocks Billionaire David Tepper Bought in Q3 (and 1 He Dumped)',
        'Insider Monkey',
        'https://finance.yahoo.com/news/4-stocks-billionaire-david-tepper-194548564.html',
      ],
      [
        '08:03AM',
        'Theres a darker message for investors in the FAANG selloff',
        'MarketWatch',
        'https://www.marketwatch.com/story/theres-a-darker-message-for-investors-in-the-faang-selloff-2018-11-20?siteid=yhoof2&yptr=yahoo',
      ],
    ],
    ratings: [
      ['Nov-20-18', 'Reiterated', 'Goldman', 'Neutral', '$209 → $182'],
      ['May-30-18', 'Downgrade', 'Maxim Group', 'Buy → Hold', '$204 → $200'],
    ],
    insider: [
      [
        'KONDO CHRIS',
        'Principal Accounting Officer',
        'Nov 19',
        'Sale',
        '190.00',
        '3,408',
        '647,520',
        '8,940',
        'Nov 21 06:31 PM',
        'http://www.sec.gov/Archives/edgar/data/320193/000032019318000149/xslF345X03/wf-form4_154284308216532.xml',
      ],
      [
        'Cue Eduardo H',
        'Senior Vice President',
        'Nov 30',
        'Sale',
        '171.60',
        '65,361',
        '11,215,918',
        '1,700',
        'Dec 04 06:32 PM',
        'http://www.sec.gov/Archives/edgar/data/320193/000032019317000085/xslF345X03/wf-form4_151243036024161.xml',
      ],
    ],
    profile: ['Apple Inc. designs, manufactures, and markets mobi', '', ''],
  },
  'quote-old-AAPL-2020-11-d3an.html': {
    counts: {news: 100, ratings: 20, insider: 13, profile: 1},
    news: [
      [
        'Nov-24-20 12:57PM',
        'Dow Jones Stocks To Buy And Watch In November 2020: Apple Tumbles Below Key Support Level',
        "Investor's Business Daily",
        'https://www.investors.com/research/dow-jones-stocks/?src=A00220',
      ],
      [
        '12:01PM',
        'Modifications to Section 230 could create a greater risk of liability for Big Tech: NYU Professor',
        'Yahoo Finance Video',
        'https://finance.yahoo.com/video/modifications-section-230-could-create-170111045.html',
      ],
    ],
    ratings: [
      ['Oct-26-20', 'Resumed', 'Atlantic Equities', 'Overweight', '$150'],
      ['Jul-31-20', 'Reiterated', 'Credit Suisse', 'Neutral', '$340 → $380'],
    ],
    insider: [
      [
        'Adams Katherine L.',
        'SVP, GC and Secretary',
        'Nov 03',
        'Sale',
        '110.42',
        '17,000',
        '1,877,109',
        '306,396',
        'Nov 05 06:30 PM',
        'http://www.sec.gov/Archives/edgar/data/320193/000032019320000099/xslF345X03/wf-form4_160461904119340.xml',
      ],
      [
        'GORE ALBERT JR',
        'Director',
        'Jan 27',
        'Option Exercise',
        '28.86',
        '32,889',
        '949,081',
        '113,585',
        'Jan 29 06:30 PM',
        'http://www.sec.gov/Archives/edgar/data/320193/000032019320000011/xslF345X03/wf-form4_158034061831540.xml',
      ],
    ],
    profile: ['Apple Inc. designs, manufactures, and markets smar', '', ''],
  },
  'quote-old-AAPL-2021-12-d3an.html': {
    counts: {news: 100, ratings: 20, insider: 15, profile: 1},
    news: [
      ['Dec-27-21 03:20PM', 'Anatomy of a 10-Bagger', 'GuruFocus.com', 'https://finance.yahoo.com/news/anatomy-10-bagger-202039495.html'],
      [
        '11:15AM',
        '3 Top Energy Stocks Ready for a Bull Run',
        'Motley Fool',
        'https://www.fool.com/investing/2021/12/18/3-top-energy-stocks-ready-for-a-bull-run/?source=eptyholnk0000202&utm_source=yahoo-host&utm_medium=feed&utm_campaign=article',
      ],
    ],
    ratings: [
      ['Dec-14-21', 'Upgrade', 'BofA Securities', 'Neutral → Buy', '$160 → $210'],
      ['Jul-20-21', 'Reiterated', 'UBS', 'Buy', '$155 → $166'],
    ],
    insider: [
      [
        'KONDO CHRIS',
        'Principal Accounting Officer',
        'Nov 12',
        'Sale',
        '150.00',
        '9,005',
        '1,350,750',
        '37,197',
        'Nov 16 06:30 PM',
        'http://www.sec.gov/Archives/edgar/data/320193/000032019321000114/xslF345X03/wf-form4_163710541081314.xml',
      ],
      [
        'Adams Katherine L.',
        'SVP, GC and Secretary',
        'Feb 01',
        'Sale',
        '133.75',
        '17,000',
        '2,273,749',
        '316,581',
        'Feb 03 06:30 PM',
        'http://www.sec.gov/Archives/edgar/data/320193/000032019321000019/xslF345X03/wf-form4_161239502964926.xml',
      ],
    ],
    profile: ['Apple Inc. designs, manufactures, and markets smar', '', ''],
  },
  'quote-old-AAPL-2023-07-stonksjs.html': {
    counts: {news: 100, ratings: 20, insider: 15, profile: 1},
    news: [
      [
        'Jul-04-23 01:44PM',
        '3 Top Warren Buffett Dividend Stocks to Buy Now',
        '(Motley Fool)',
        'https://finance.yahoo.com/m/1b741c30-8e93-3477-892d-04f2d7c2ae73/3-top-warren-buffett-dividend.html',
      ],
      [
        '04:56PM',
        'These 3 Companies Are Cash-Generating Machines',
        '(Zacks)',
        'https://finance.yahoo.com/news/3-companies-cash-generating-machines-205600421.html',
      ],
    ],
    ratings: [
      ['Jun-30-23', 'Initiated', 'Citigroup', 'Buy', '$240'],
      ['Apr-06-23', 'Reiterated', 'BofA Securities', 'Neutral', '$158 → $168'],
    ],
    insider: [
      [
        'KONDO CHRIS',
        'Principal Accounting Officer',
        'May 08',
        'Sale',
        '173.26',
        '4,092',
        '708,980',
        '33,946',
        'May 10 06:30 PM',
        'http://www.sec.gov/Archives/edgar/data/320193/000032019323000066/xslF345X04/wf-form4_168375780902324.xml',
      ],
      [
        'Adams Katherine L.',
        'SVP, GC and Secretary',
        'Aug 03',
        'Sale',
        '164.77',
        '25,000',
        '4,119,155',
        '427,334',
        'Aug 05 06:30 PM',
        'http://www.sec.gov/Archives/edgar/data/320193/000032019322000072/xslF345X03/wf-form4_165973862846098.xml',
      ],
    ],
    profile: ['Apple Inc. designs, manufactures, and markets smar', '', ''],
  },
  'quote-old-AEZS-2020-11-d3an.html': {
    counts: {news: 100, ratings: 20, insider: 0, profile: 1},
    news: [
      [
        'Nov-16-20 08:05AM',
        'Aeterna Zentaris Amends License Agreement with Novo Nordisk for Commercialization and Development of Macimorelin',
        'GlobeNewswire',
        'https://finance.yahoo.com/news/aeterna-zentaris-amends-license-agreement-130500364.html',
      ],
      [
        'Aug-10-18 07:27AM',
        'What is Behind Aeterna Zentaris Incs (TSE:AEZS) Superior ROE?',
        'Simply Wall St.',
        'https://finance.yahoo.com/news/behind-aeterna-zentaris-inc-tse-112736314.html',
      ],
    ],
    ratings: [
      ['Jul-19-17', 'Reiterated', 'Maxim Group', 'Buy', '$2 → $4'],
      ['Oct-03-07', 'Reiterated', 'Rodman & Renshaw', 'Mkt Outperform', '$8 → $6'],
    ],
    insider: [],
    profile: ['Aeterna Zentaris Inc., a specialty biopharmaceutic', '', ''],
  },
  'quote-old-AMZN-2023-05-bs4normalized-pyfinviz.html': {
    counts: {news: 100, ratings: 20, insider: 91, profile: 1},
    news: [
      [
        'May-29-23 01:30PM',
        'Jeff Bezos, The Wealthiest Groom Ever, Prepares For A Massive Prenup To Protect His $138 Billion In His Second Marriage',
        '(Benzinga)',
        'https://finance.yahoo.com/news/jeff-bezos-wealthiest-groom-ever-173038140.html',
      ],
      [
        '05:50AM',
        "Are AI Stocks in a Bubble That's About to Burst?",
        '(Motley Fool)',
        'https://finance.yahoo.com/m/abc847d7-4d14-31c9-9ab0-0c79fd6b7543/are-ai-stocks-in-a-bubble.html',
      ],
    ],
    ratings: [
      ['Apr-24-23', 'Reiterated', 'UBS', 'Buy', '$127 → $125'],
      ['Oct-28-22', 'Reiterated', 'Raymond James', 'Outperform', '$164 → $130'],
    ],
    insider: [
      [
        'BEZOS JEFFREY P',
        'Executive Chair',
        'May 25',
        'Buy',
        '114.77',
        '1',
        '115',
        '990,545,661',
        'May 26 04:20 PM',
        'http://www.sec.gov/Archives/edgar/data/1018724/000110465923065485/xslF345X04/tm2317086-1_4seq1.xml',
      ],
      [
        'Selipsky Adam',
        'CEO Amazon Web Services',
        'Aug 15',
        'Sale',
        '142.38',
        '12,320',
        '1,754,104',
        '117,720',
        'Aug 17 04:46 PM',
        'http://www.sec.gov/Archives/edgar/data/1018724/000112760222021216/xslF345X03/form4.xml',
      ],
    ],
    profile: ['Amazon.com, Inc. engages in the retail sale of con', '', ''],
  },
  'quote-old-ATHE-2020-11-d3an.html': {
    counts: {news: 20, ratings: 0, insider: 0, profile: 1},
    news: [
      [
        'Nov-16-20 10:42AM',
        'Alterity Therapeutics stock more than doubles on massive volume after new patent announcement',
        'MarketWatch',
        'https://www.marketwatch.com/story/alterity-therapeutics-stock-more-than-doubles-on-massive-volume-after-new-patent-announcement-2020-11-16?siteid=yhoof2',
      ],
      [
        'May-03-19 08:00AM',
        'Alterity Therapeutics Presents at the American Academy of Neurology Annual Meeting',
        'Business Wire',
        'https://finance.yahoo.com/news/alterity-therapeutics-presents-american-academy-120000180.html',
      ],
    ],
    ratings: [],
    insider: [],
    profile: ['Alterity Therapeutics Limited researches and devel', '', ''],
  },
  'quote-old-C-multiticker-2021-09-kvokka.html': {
    counts: {news: 100, ratings: 20, insider: 6, profile: 1},
    news: [
      [
        'Sep-01-21 04:48AM',
        'Burger Kings Biggest Franchisee Picks Turkey IPO Banks',
        'Bloomberg',
        'https://finance.yahoo.com/news/burger-king-biggest-franchisee-picks-084807130.html',
      ],
      [
        '03:51PM',
        'Oil Dips to One-Month Low on Strong Dollar and OPEC+ Uncertainty',
        'Bloomberg',
        'https://finance.yahoo.com/news/oil-extends-losses-u-stockpile-235610174.html',
      ],
    ],
    ratings: [
      ['Jul-07-21', 'Resumed', 'Keefe Bruyette', 'Outperform', '$85'],
      ['Apr-01-20', 'Downgrade', 'Keefe Bruyette', 'Outperform → Mkt Perform', ''],
    ],
    insider: [
      [
        'Whitaker Michael',
        'Head of Enterprise O&T',
        'May 07',
        'Sale',
        '74.47',
        '7,000',
        '521,290',
        '0',
        'May 07 04:04 PM',
        'http://www.sec.gov/Archives/edgar/data/831001/000120919121030876/xslF345X03/doc4.xml',
      ],
      [
        'REINER GARY M',
        'Director',
        'Oct 14',
        'Sale',
        '102.74',
        '485',
        '49,829',
        '0',
        'Oct 16 04:02 PM',
        'http://www.sec.gov/Archives/edgar/data/831001/000120919120055049/xslF345X03/doc4.xml',
      ],
    ],
    profile: ['Citigroup Inc., a diversified financial services h', '', ''],
  },
  'quote-old-GOOG-2020-11-d3an.html': {
    counts: {news: 100, ratings: 20, insider: 58, profile: 1},
    news: [
      [
        'Nov-24-20 09:52AM',
        'Lookback: Wedgewood Partners 2019 Alphabet Inc (GOOGL) Thesis',
        'Insider Monkey',
        'https://finance.yahoo.com/news/lookback-wedgewood-partners-2019-alphabet-145239472.html',
      ],
      [
        '03:07PM',
        'Soros Regrets Early Investment in Peter Thiels Palantir',
        'Bloomberg',
        'https://finance.yahoo.com/news/soros-regrets-early-investment-peter-192239542.html',
      ],
    ],
    ratings: [
      ['Jul-31-20', 'Reiterated', 'Pivotal Research Group', 'Buy', '$1575 → $1725'],
      ['Jan-30-18', 'Reiterated', 'Needham', 'Buy', '$1150 → $1350'],
    ],
    insider: [
      [
        'HENNESSY JOHN L',
        'Director',
        'Nov 05',
        'Sale',
        '1766.62',
        '60',
        '105,997',
        '3,364',
        'Nov 06 02:10 PM',
        'http://www.sec.gov/Archives/edgar/data/1198046/000120919120057237/xslF345X03/doc4.xml',
      ],
      [
        'Drummond David C',
        'SVP, Corporate Development',
        'Dec 02',
        'Sale',
        '1289.62',
        '56,860',
        '73,327,679',
        '0',
        'Dec 02 08:24 PM',
        'http://www.sec.gov/Archives/edgar/data/1295030/000120919119058615/xslF345X03/doc4.xml',
      ],
    ],
    profile: ['Alphabet Inc. provides online advertising services', '', ''],
  },
  'quote-old-META-2023-05-bs4normalized-pyfinviz.html': {
    counts: {news: 100, ratings: 20, insider: 100, profile: 1},
    news: [
      [
        'May-29-23 10:10AM',
        "Nvidia lines up new AI supercomputers and services after its stock's blistering rally",
        '(Yahoo Finance)',
        'https://finance.yahoo.com/news/nvidia-lines-up-new-ai-supercomputers-and-services-after-its-stocks-blistering-rally-141021961.html',
      ],
      [
        '02:36PM',
        'Meta fined record $1.3 billion for violating Ireland privacy laws',
        '(Fox Business)',
        'https://finance.yahoo.com/news/meta-fined-record-1-3-183617005.html',
      ],
    ],
    ratings: [
      ['May-15-23', 'Upgrade', 'Loop Capital', 'Hold → Buy', '$220 → $320'],
      ['Apr-27-23', 'Reiterated', 'Deutsche Bank', 'Buy', '$260 → $290'],
    ],
    insider: [
      [
        'Newstead Jennifer',
        'Chief Legal Officer',
        'May 23',
        'Sale',
        '247.06',
        '722',
        '178,377',
        '38,088',
        'May 25 06:11 PM',
        'http://www.sec.gov/Archives/edgar/data/1326801/000095010323007890/xslF345X04/dp194204_4-newstead.xml',
      ],
      [
        'Newstead Jennifer',
        'Chief Legal Officer',
        'Sep 27',
        'Sale',
        '137.92',
        '342',
        '47,169',
        '21,954',
        'Sep 29 08:28 PM',
        'http://www.sec.gov/Archives/edgar/data/1326801/000095010322016776/xslF345X03/dp181279_4-newstead.xml',
      ],
    ],
    profile: ['Meta Platforms, Inc. engages in the development of', '', ''],
  },
  'quote-old-NFLX-2020-11-d3an.html': {
    counts: {news: 100, ratings: 20, insider: 84, profile: 1},
    news: [
      [
        'Nov-24-20 11:57AM',
        '20 Best Stocks To Buy Right Now According To Hedge Funds',
        'Insider Monkey',
        'https://finance.yahoo.com/news/20-best-stocks-buy-now-165741041.html',
      ],
      [
        '06:45AM',
        'Vietnam scolds Netflix, Apple, for lack of tax payments',
        'Reuters',
        'https://finance.yahoo.com/news/vietnam-scolds-netflix-apple-lack-114550541.html',
      ],
    ],
    ratings: [
      ['Oct-21-20', 'Reiterated', 'Wells Fargo', 'Equal Weight', '$470 → $510'],
      ['Jul-29-20', 'Reiterated', 'Loop Capital', 'Buy', '$500 → $600'],
    ],
    insider: [
      [
        'Hoag Jay C',
        'Director',
        'Nov 10',
        'Option Exercise',
        '52.09',
        '21,119',
        '1,100,079',
        '21,119',
        'Nov 12 07:21 PM',
        'http://www.sec.gov/Archives/edgar/data/1065280/000108290620000028/xslF345X03/edgar.xml',
      ],
      [
        'HASTINGS REED',
        'CEO',
        'Nov 25',
        'Sale',
        '312.04',
        '54,516',
        '17,011,377',
        '0',
        'Nov 26 07:31 PM',
        'http://www.sec.gov/Archives/edgar/data/1033331/000106528019000406/xslF345X03/edgardoc.xml',
      ],
    ],
    profile: ['Netflix, Inc. provides subscription streaming ente', '', ''],
  },
  'quote-old-TSLA-2021-12-d3an.html': {
    counts: {news: 100, ratings: 20, insider: 100, profile: 1},
    news: [
      [
        'Dec-27-21 03:45PM',
        "Nio, Xpeng, Li Auto To Report December Sales As This Dark Horse Emerges In China's EV Race",
        "Investor's Business Daily",
        'https://www.investors.com/news/nio-stock-xpeng-li-auto-report-december-sales-dark-horse-emerges-byd/?src=A00220',
      ],
      [
        '09:59AM',
        'US STOCKS-Wall Street subdued as Omicron concerns linger',
        'Reuters',
        'https://finance.yahoo.com/news/us-stocks-wall-street-subdued-145951469.html',
      ],
    ],
    ratings: [
      ['Dec-20-21', 'Initiated', 'Guggenheim', 'Neutral', '$924'],
      ['Aug-12-21', 'Reiterated', 'UBS', 'Neutral', '$660 → $725'],
    ],
    insider: [
      [
        'Musk Elon',
        'CEO',
        'Dec 22',
        'Option Exercise',
        '6.24',
        '2,105,171',
        '13,136,267',
        '3,260,035',
        'Dec 22 09:24 PM',
        'http://www.sec.gov/Archives/edgar/data/1318605/000089924321049477/xslF345X03/doc4.xml',
      ],
      [
        'Baglino Andrew D',
        'SVP Powertrain and Energy Eng.',
        'Apr 27',
        'Sale',
        '717.17',
        '1,500',
        '1,075,755',
        '18,614',
        'Apr 29 08:20 PM',
        'http://www.sec.gov/Archives/edgar/data/1318605/000179056521000006/xslF345X03/edgardoc.xml',
      ],
    ],
    profile: ['Tesla, Inc. designs, develops, manufactures, lease', '', ''],
  },
};

describe('the quote tables of every saved page', () => {
  test('every saved quote page is listed', () => {
    assert.deepEqual(Object.keys(EXPECTED).sort(), QUOTE_PAGES);
  });

  for (const name of QUOTE_PAGES) {
    test(`${name}: item counts, first and last items`, () => {
      const expected = EXPECTED[name];
      assert.ok(expected !== undefined);
      const tables = parseQuoteTables(readPage(name), QUOTE_TABLE_NAMES, tickerOf(name));
      const counts = Object.fromEntries(QUOTE_TABLE_NAMES.map((table) => [table, tables[table]?.length]));
      assert.deepEqual(counts, expected.counts);
      for (const table of ['news', 'ratings', 'insider'] as const) {
        const rows = tables[table] ?? [];
        assert.deepEqual(rows.length === 0 ? [] : [rows[0], rows.at(-1)], expected[table], table);
      }
      const [profile] = tables.profile ?? [];
      assert.deepEqual(profile === undefined ? undefined : [profile[0]?.slice(0, 50), profile[1], profile[2]], expected.profile);
    });

    test(`${name}: read from each table's bytes, as from cheerio's tree of the whole page`, () => {
      const bytes = readPage(name);
      assert.deepEqual(
        parseQuoteTables(bytes, QUOTE_TABLE_NAMES, tickerOf(name)),
        referenceTables(bytes.toString('utf8'), QUOTE_TABLE_NAMES, tickerOf(name)),
      );
    });
  }

  test('a page without ratings or insider tables gives no rows there, and no error', () => {
    const athe = parseQuoteTables(readPage('quote-old-ATHE-2020-11-d3an.html'), ['ratings', 'insider']);
    assert.deepEqual(athe, {ratings: [], insider: []});
    const aezs = parseQuoteTables(readPage('quote-old-AEZS-2020-11-d3an.html'), ['insider']);
    assert.deepEqual(aezs, {insider: []});
  });

  test('only the tables asked for are read', () => {
    assert.deepEqual(Object.keys(parseQuoteTables(readPage('quote-new-AAPL-2026-04-bullpen.html'), ['ratings'])), ['ratings']);
  });

  test("a page of several quotes gives the tables of the ticker's quote, and without a ticker is not recognised", () => {
    const page = readPage('quote-old-A-multiticker-2021-09-kvokka.html');
    const a = parseQuoteTables(page, ['insider'], 'A').insider ?? [];
    const m = parseQuoteTables(page, ['insider'], 'm').insider ?? [];
    assert.equal(a.length, 39);
    assert.equal(m.length, 12);
    assert.notDeepEqual(a[0], m[0]);
    assert.throws(() => parseQuoteTables(page, ['insider']), PageNotRecognisedError);
  });
});

describe('a table whose markup changed is not recognised', () => {
  const bullpen = readPage('quote-new-AAPL-2026-04-bullpen.html').toString('utf8');
  const old = readPage('quote-old-AAPL-2020-11-d3an.html').toString('utf8');

  /** `page` with its first `from` replaced, which must be there. */
  function changed(page: string, from: string, to: string): string {
    assert.ok(page.includes(from), `the page holds ${from}`);
    return page.replace(from, to);
  }

  const cases: readonly (readonly [string, string, QuoteTableName, RegExp])[] = [
    [
      changed(bullpen, '<th width="320" align="left">Rating Change</th>', '<th width="320" align="left">Rating</th>'),
      'a ratings header renamed',
      'ratings',
      /ratings table has the header/,
    ],
    [
      changed(bullpen, '<th class="" align="right">#Shares Total</th>', ''),
      'an insider header column gone',
      'insider',
      /insider table has the header/,
    ],
    [
      changed(bullpen, '<td class="value" align="right">136,810</td>', ''),
      'an insider row a cell short',
      'insider',
      /insider table has a row of 8 cells, not 9/,
    ],
    [
      changed(old, '<td width="150" align="left">$150</td>', ''),
      'an old rating a cell short',
      'ratings',
      /ratings table has a row of 4 cells/,
    ],
    [
      changed(bullpen, 'class="tab-link-news"', 'class="news-link"'),
      'a headline link of another class',
      'news',
      /news table has an item with 0 headline links/,
    ],
    [
      changed(bullpen, '<td width="130" align="right">', '<td></td><td width="130" align="right">'),
      'a news row with another cell',
      'news',
      /news table has a row of 3 cells/,
    ],
    [
      changed(bullpen, '>Held by</a>', '>Owned by</a>'),
      'a ticker list of another label',
      'profile',
      /profile table lists tickers under "Owned by"/,
    ],
  ];
  for (const [page, what, table, message] of cases) {
    test(`${what}: PageNotRecognisedError naming the ${table} table`, () => {
      assert.throws(
        () => parseQuoteTables(page, [table], 'AAPL'),
        (error: unknown) => {
          assert.ok(error instanceof PageNotRecognisedError);
          assert.match(error.message, message);
          return true;
        },
      );
      // The other tables of the page still read.
      for (const other of QUOTE_TABLE_NAMES.filter((name) => name !== table)) parseQuoteTables(page, [other], 'AAPL');
    });
  }
});

describe('each table is read from its bytes by the rules cheerio reads the whole page by', () => {
  const header = '<thead><tr><th>Date</th><th>Action</th><th>Analyst</th><th>Rating Change</th><th>Price Target Change</th></tr></thead>';
  const pages: Readonly<Record<string, string>> = {
    "an element left open is closed by its cell's end tag": `<tr><td><b><a href="x">Apr-17-26</td><td>Upgrade</b></td><td>UBS</td><td>Buy</td><td>$1</td></tr>`,
    'an end tag nothing opened is ignored': `<tr><td>Apr-17-26</span></td><td>Upgrade</td><td>UBS</div></td><td>Buy</td><td>$1</td></tr>`,
    'a cell and a row closed by the next': `<tr><td>Apr-17-26<td>Upgrade<td>UBS<td>Buy<td>$1<tr><td>Apr-16-26<td>Reiterated<td>UBS<td>Hold<td>$2</tr>`,
    "a script's text is not markup, nor shown": `<tr><td>Apr-17-26<script>var x = "</td><td>";</script></td><td>Upgrade</td><td>UBS</td><td>Buy</td><td>$1</td></tr>`,
    'comments and character references': `<tr><td><!-- </td> -->Apr-17-26</td><td>Up&shy;grade</td><td>AT&amp;T &#x41;</td><td>Buy &rarr; Sell</td><td>$1</td></tr>`,
  };
  for (const [what, rows] of Object.entries(pages)) {
    test(what, () => {
      const page = `<html><body><table class="js-table-ratings">${header}${rows}</table></body></html>`;
      const fast = parseQuoteTables(page, ['ratings']);
      assert.deepEqual(fast, referenceTables(page, ['ratings'], 'XYZ'));
      assert.ok((fast.ratings?.length ?? 0) >= 1);
    });
  }
});
