/** Numbers, dates and text in the formats Finviz's pages show them. */

import {MONTHS} from '../finviz/months.js';

/** What Finviz shows for no value. */
export const DASH = '-';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) =>
    char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '"' ? '&quot;' : '&#39;',
  );
}

/** Text as the screener's pages escape it: `&`, `<`, `>` and `"`, not `'`. */
export function escapeText(value: string): string {
  return value.replace(/[&<>"]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&quot;'));
}

/** An attribute value as the screener's pages write it: "&", "<" and "'" raw; only a '"' would end one. */
export function rawAttribute(value: string): string {
  return value.replaceAll('"', '&quot;');
}

/** "ind_oilgasep" style filter slug. */
export function slug(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function fixed(value: number, digits = 2): string {
  const text = value.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

export function percent(value: number): string {
  return `${fixed(value)}%`;
}

/** `4183.77B`, `696.85M`, `869.28K`. */
export function abbreviated(value: number): string {
  const size = Math.abs(value);
  if (size >= 1e9) return `${fixed(value / 1e9)}B`;
  if (size >= 1e6) return `${fixed(value / 1e6)}M`;
  if (size >= 1e3) return `${fixed(value / 1e3)}K`;
  return fixed(value);
}

/** `3,803,656`. */
export function withCommas(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function dateParts(time: number): {month: string; day: number; year: number; monthNumber: number} {
  const date = new Date(time);
  return {
    month: MONTHS[date.getUTCMonth()] ?? 'Jan',
    day: date.getUTCDate(),
    year: date.getUTCFullYear(),
    monthNumber: date.getUTCMonth() + 1,
  };
}

/** `May 11, 2026`. */
export function longDate(time: number): string {
  const {month, day, year} = dateParts(time);
  return `${month} ${String(day).padStart(2, '0')}, ${year}`;
}

/** `Jul 30`. */
export function shortDate(time: number): string {
  const {month, day} = dateParts(time);
  return `${month} ${String(day).padStart(2, '0')}`;
}

/** `6/15/2026`. */
export function numericDate(time: number): string {
  const {monthNumber, day, year} = dateParts(time);
  return `${monthNumber}/${day}/${year}`;
}
