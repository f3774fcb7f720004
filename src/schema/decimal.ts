/**
 * Exact reading of the numbers Finviz shows: "2881.62B", "76,239,268",
 * "-0.38". The scaling by K/M/B/T moves the decimal point in the digit string,
 * so "2881.62B" is exactly "2881620000000" and "0.07" stays "0.07": no
 * floating-point arithmetic touches a value on its way to the output.
 */

/** Powers of ten of Finviz's multipliers. */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['K', 3],
  ['M', 6],
  ['B', 9],
  ['T', 12],
]);

/** A sign, an integer part (plain, or with a comma every three digits) and an optional fraction. */
const DECIMAL = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

export interface DecimalOptions {
  /** Accept a trailing K, M, B or T (thousand, million, billion, trillion). @default false */
  readonly multipliers?: boolean;
}

/**
 * The number `text` shows, as canonical decimal text: no separators, no
 * leading zeros, no trailing zeros after the point, no "+", and "0" for any
 * zero ("-0.00" too). undefined when `text` is not such a number: a
 * value that does not read is never guessed at.
 */
export function readDecimal(text: string, {multipliers = false}: DecimalOptions = {}): string | undefined {
  let body = text;
  let exponent = 0;
  const suffix = MULTIPLIERS.get(text.slice(-1));
  if (multipliers && suffix !== undefined) {
    body = text.slice(0, -1);
    exponent = suffix;
  }
  const match = DECIMAL.exec(body);
  if (match === null) return undefined;
  const [, sign = '', integer = '', fraction = ''] = match;
  const digits = integer.replaceAll(',', '') + fraction;
  const point = digits.length - fraction.length + exponent;
  const whole = digits.length > point ? digits.slice(0, point) : digits.padEnd(point, '0');
  const rest = digits.length > point ? digits.slice(point) : '';
  const canonicalWhole = whole.replace(/^0+/, '') || '0';
  const canonicalRest = rest.replace(/0+$/, '');
  if (canonicalWhole === '0' && canonicalRest === '') return '0';
  return `${sign === '-' ? '-' : ''}${canonicalWhole}${canonicalRest === '' ? '' : `.${canonicalRest}`}`;
}

/** "5.32%" -> "5.32" (percent points); undefined without the "%" or when the rest is no number. */
export function readPercent(text: string): string | undefined {
  return text.endsWith('%') ? readDecimal(text.slice(0, -1)) : undefined;
}
