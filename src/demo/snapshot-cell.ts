/** The markup of one snapshot value, as Finviz colours and wraps it. */

import {DASH, fixed, percent} from './page-formats.js';

export type Tone = 'positive' | 'negative' | undefined;

/** A snapshot value: its text as a parser reads it, and its markup. */
export interface Cell {
  readonly text: string;
  readonly html: string;
  /** Dash cells are not wrapped in the field's link. */
  readonly dash?: boolean;
}

function colored(text: string, tone: Tone): string {
  return tone === undefined ? text : `<span class="color-text is-${tone}">${text}</span>`;
}

export function signTone(value: number): Tone {
  return value > 0 ? 'positive' : value < 0 ? 'negative' : undefined;
}

/** Tone by thresholds: `good` above/below `high`/`low` depending on `higherIsBetter`. */
export function thresholdTone(value: number, low: number, high: number, higherIsBetter: boolean): Tone {
  if (value > high) return higherIsBetter ? 'positive' : 'negative';
  if (value < low) return higherIsBetter ? 'negative' : 'positive';
  return undefined;
}

export const dashCell: Cell = {text: DASH, html: `<b>${DASH}</b>`, dash: true};

export function plain(text: string, tone?: Tone): Cell {
  return {text, html: `<b>${colored(text, tone)}</b>`};
}

export function numberCell(value: number | undefined, tone?: (value: number) => Tone): Cell {
  if (value === undefined || !Number.isFinite(value)) return dashCell;
  return plain(fixed(value), tone?.(value));
}

export function percentCell(value: number | undefined, tone?: (value: number) => Tone): Cell {
  if (value === undefined || !Number.isFinite(value)) return dashCell;
  return plain(percent(value), tone?.(value));
}

export function small(text: string): Cell {
  return {text, html: `<b><small class="text-2xs">${text}</small></b>`};
}

/** `4.26% 4.98%` in a small tag, or `- -` when unknown. */
export function percentPair(first: number | undefined, second: number | undefined): Cell {
  const format = (value: number | undefined): string => (value === undefined ? DASH : percent(value));
  return small(`${format(first)} ${format(second)}`);
}

export function tonedPair(first: number | undefined, second: number | undefined): Cell {
  if (first === undefined || second === undefined) return dashCell;
  const a = percent(first);
  const b = percent(second);
  return {
    text: `${a} ${b}`,
    html: `<b><small class="text-2xs">${colored(a, signTone(first))} ${colored(b, signTone(second))}</small></b>`,
  };
}

/** `317.40 -10.25%`: a price level and the distance from it. */
export function levelCell(level: number, distance: number): Cell {
  const pct = percent(distance);
  return {
    text: `${fixed(level)} ${pct}`,
    html: `<b>${fixed(level)} <small class="text-2xs">${colored(pct, signTone(distance))}</small></b>`,
  };
}

const LOCK_SVG =
  '<a href="/elite?utm_source=finviz&utm_medium=banner&utm_campaign=etf-fundamentals"><svg width="16" height="16" class="text-muted -ml-0.5">\n' +
  '    <use href="/assets/dist-icons/icons.svg?rev=2445753073#lockOutline"/>\n</svg></a>';

/** The lock icon the free page shows for a field only Finviz Elite shows (Trades). */
export const lockedCell: Cell = {text: '', html: LOCK_SVG};
