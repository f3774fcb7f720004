import {RedirectError} from '../errors.js';
import type {Answer} from './answer.js';
import {fetchPage, type FetchPageOptions} from './fetch-page.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

export interface FetchWithinHostOptions extends FetchPageOptions {
  /** Told of every redirect followed, so that a caller can go to the new address next time. */
  readonly onRedirect?: (from: URL, to: URL) => void;
}

/**
 * fetchPage, following redirects only while they stay on the host of `url`:
 * nothing outside --base-url is ever fetched.
 */
export async function fetchWithinHost(url: URL, options: FetchWithinHostOptions): Promise<Answer> {
  let current = url;
  for (let redirects = 0; ; redirects++) {
    const response = await fetchPage(current, options);
    const location = response.headers['location'];
    if (!REDIRECTS.has(response.status) || typeof location !== 'string') return response;
    if (redirects === MAX_REDIRECTS) throw new RedirectError(`more than ${MAX_REDIRECTS} redirects`);
    const next = new URL(location, current);
    if (next.host !== url.host || next.protocol !== url.protocol) {
      throw new RedirectError(`redirect to ${next.origin} refused (only ${url.origin} is fetched)`);
    }
    options.onRedirect?.(current, next);
    current = next;
  }
}
