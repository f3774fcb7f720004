import type {QuoteLayoutName} from '../../finviz/quote-layouts.js';
import {MARKUP_2023_05, MARKUP_OLD} from './markup-2018.js';
import {MARKUP_NEW} from './markup-2024.js';
import {MARKUP_2026_06, MARKUP_2026_06B} from './markup-2026.js';
import type {QuoteMarkup} from './quote-markup.js';

/** Each quote layout's markup (../../finviz/quote-layouts.ts names and tells them apart). */
export const QUOTE_MARKUPS: Readonly<Record<QuoteLayoutName, QuoteMarkup>> = {
  '2026-06b': MARKUP_2026_06B,
  '2026-06': MARKUP_2026_06,
  new: MARKUP_NEW,
  old: MARKUP_OLD,
  'old/2023-05': MARKUP_2023_05,
};
