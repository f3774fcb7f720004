/** The stand-in's made-up market: the words its companies are drawn from, and the day its pages are from. */

/** Sectors and their industries, as Finviz names them. */
export const SECTORS: readonly (readonly [sector: string, industries: readonly string[]])[] = [
  [
    'Technology',
    [
      'Consumer Electronics',
      'Software - Infrastructure',
      'Software - Application',
      'Semiconductors',
      'Communication Equipment',
      'Computer Hardware',
    ],
  ],
  [
    'Healthcare',
    ['Biotechnology', 'Medical Devices', 'Drug Manufacturers - General', 'Diagnostics & Research', 'Health Information Services'],
  ],
  ['Financial', ['Banks - Regional', 'Asset Management', 'Insurance - Property & Casualty', 'Capital Markets', 'Credit Services']],
  ['Consumer Cyclical', ['Auto Manufacturers', 'Specialty Retail', 'Restaurants', 'Internet Retail', 'Apparel Retail']],
  ['Industrials', ['Aerospace & Defense', 'Specialty Industrial Machinery', 'Railroads', 'Airlines', 'Building Products & Equipment']],
  ['Energy', ['Oil & Gas E&P', 'Oil & Gas Integrated', 'Oil & Gas Midstream', 'Uranium']],
  ['Consumer Defensive', ['Beverages - Non-Alcoholic', 'Packaged Foods', 'Discount Stores', 'Household & Personal Products']],
  ['Communication Services', ['Internet Content & Information', 'Telecom Services', 'Entertainment', 'Electronic Gaming & Multimedia']],
  ['Basic Materials', ['Specialty Chemicals', 'Gold', 'Steel', 'Copper']],
  ['Real Estate', ['REIT - Residential', 'REIT - Industrial', 'Real Estate Services']],
  ['Utilities', ['Utilities - Regulated Electric', 'Utilities - Renewable']],
];

/** Weighted: most listings are American. */
export const COUNTRIES: readonly string[] = [
  ...Array<string>(12).fill('USA'),
  'China',
  'United Kingdom',
  'Canada',
  'Israel',
  'Netherlands',
  'Ireland',
  'Switzerland',
];

/** As the header shows them, weighted. */
export const EXCHANGES: readonly string[] = ['NASD', 'NASD', 'NASD', 'NASD', 'NASD', 'NYSE', 'NYSE', 'NYSE', 'NYSE', 'AMEX'];

/** Made-up company names: a word, the ticker, a suffix. */
export const NAME_WORDS: readonly string[] = [
  'Acme',
  'Apex',
  'Atlas',
  'Beacon',
  'Cascade',
  'Summit',
  'Harbor',
  'Keystone',
  'Meridian',
  'Northwind',
  'Pioneer',
  'Redwood',
  'Sterling',
  'Vanguard',
  'Granite',
  'Evergreen',
  'Horizon',
  'Liberty',
  'Orion',
  'Sequoia',
];

export const NAME_SUFFIXES: readonly string[] = [
  'Corp',
  'Inc',
  'Holdings Inc',
  'Group Inc',
  'Technologies Inc',
  'Industries Corp',
  'Systems Inc',
  'Ltd',
  'Co',
  'Therapeutics Inc',
];

/** The day the generated pages pretend to be from (the day of the real reference page). */
export const AS_OF = Date.UTC(2026, 5, 29);
/** One day, in ms. */
export const DAY_MS = 86_400_000;
