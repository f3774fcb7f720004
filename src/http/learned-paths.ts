/**
 * Paths the site moved, learned from its redirects during a run: when `/quote.ashx?t=A` is
 * redirected to `/stock?t=A` (the same query on another path of the same site), every later
 * request goes to `/stock` straight away, so a moved path costs one extra request a run, not
 * one a page.
 */
export class LearnedPaths {
  readonly #moved = new Map<string, string>();

  /** `url` with its path replaced by where the site moved it, if it did. */
  apply(url: URL): URL {
    const path = this.#moved.get(url.pathname);
    if (path === undefined) return url;
    const moved = new URL(url);
    moved.pathname = path;
    return moved;
  }

  /** Learns from one redirect: only a move of the path with the query kept says the path moved. */
  onRedirect(from: URL, to: URL): void {
    if (from.origin !== to.origin || from.pathname === to.pathname) return;
    if (!sameQuery(from.searchParams, to.searchParams)) return;
    this.#moved.set(from.pathname, to.pathname);
  }
}

function sameQuery(a: URLSearchParams, b: URLSearchParams): boolean {
  const sorted = (params: URLSearchParams): string =>
    [...params]
      .map(([key, value]) => `${key}=${value}`)
      .sort()
      .join('&');
  return sorted(a) === sorted(b);
}
