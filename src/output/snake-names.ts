/**
 * `--header snake`: a column's name as a SQL identifier that needs no quotes, made by rule from
 * the page name, so that a column added later gets one without a list:
 * - lower case, words joined by `_`: `Market Cap` -> `market_cap`, `EPS next Y` -> `eps_next_y`;
 * - a `/` between two abbreviations joins them (`P/E` -> `pe`, `EV/EBITDA` -> `evebitda`,
 *   `EPS Q/Q` -> `eps_qq`), any other is a word break (`Book/sh` -> `book_sh`);
 * - `%` is `pct`, `&` is `and`, `#` is `number`; brackets, dots and other signs break words
 *   (`EPS (ttm)` -> `eps_ttm`, `Oper. Margin` -> `oper_margin`, `Dividend Ex-Date` -> `dividend_ex_date`);
 * - a name that would start with a digit has its first word moved to the end, since an unquoted
 *   identifier cannot start with one: `52W High` -> `high_52w`, `52W Low Distance` -> `low_distance_52w`.
 */
export function snakeName(name: string): string {
  const joined = name
    .replace(/\b([A-Z]+)\/([A-Z]+)\b/g, '$1$2')
    .replaceAll('%', ' pct ')
    .replaceAll('&', ' and ')
    .replaceAll('#', ' number ');
  const words = joined
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  while (words.length > 1 && /^\d/.test(words[0] ?? '')) words.push(words.shift() ?? '');
  const snake = words.join('_');
  // A name of digits alone, or of no letters or digits at all, still needs an identifier.
  return /^[a-z_]/.test(snake) ? snake : `column_${snake}`;
}
