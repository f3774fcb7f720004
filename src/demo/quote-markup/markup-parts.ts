/** Markup several layouts share. */

import {escapeHtml, slug} from '../page-formats.js';

/** A header link to a screener filter, as all layouts show sector, industry, country and (since mid-2023) exchange. */
export function filterLink(base: string, filter: string, text: string, attributes: string): string {
  return `<a href="${base}?v=111&f=${filter}_${slug(text)}" ${attributes}>${escapeHtml(text)}</a>`;
}

/** `cssbody=[…] body=[tip] …`: the tooltip as boxover.js read it until 2025. */
export function boxover(tip: string): string {
  return escapeHtml(`cssbody=[tooltip_short_bdy] cssheader=[tooltip_short_hdr] body=[${tip}] offsetx=[10] offsety=[20] delay=[300]`);
}
