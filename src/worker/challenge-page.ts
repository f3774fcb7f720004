/**
 * Cloudflare's challenges and blocks, as finviz.com serves them: a managed challenge ("Just a
 * moment...", scripts under /cdn-cgi/challenge-platform/, the `cf-mitigated: challenge` header)
 * or a firewall block ("error code: 1010"). Seen with 403, 429 and 503.
 */
const CHALLENGE_BODY: ReadonlyArray<readonly [RegExp, string]> = [
  [/<title>\s*just a moment/i, 'a "Just a moment" challenge'],
  [/\/cdn-cgi\/challenge-platform\//i, 'a challenge page'],
  // 1015 is Cloudflare's rate limiting: throttling, not a block (see ../classify-response.ts).
  [/error code: 10(?!15)\d\d/i, 'a block (error code: 10xx)'],
  [/<title>\s*attention required/i, 'an "Attention Required" block'],
];

/** Statuses Cloudflare sends its challenges and blocks with. */
const CHALLENGE_STATUSES = new Set([403, 429, 503]);

/**
 * A real quote page is ~250 KB; a challenge page is ~6 KB. A 200 is taken for a challenge by its
 * body only when it is this small, since real pages may load Cloudflare's scripts too.
 */
const SMALL_PAGE_BYTES = 32 * 1024;

/**
 * Why this answer is a challenge or block page, e.g. `HTTP 403: blocked by Cloudflare (a "Just a
 * moment" challenge)`, or undefined when it is not one. `text(end)` reads the body's start.
 */
export function challengeIn(
  status: number,
  headers: Readonly<Record<string, string | string[] | undefined>>,
  text: (end: number) => string,
  length: number,
): string | undefined {
  const mitigated = headers['cf-mitigated'];
  if (typeof mitigated === 'string' && mitigated.toLowerCase() === 'challenge')
    return `HTTP ${status}: Cloudflare challenge (cf-mitigated)`;
  if (!CHALLENGE_STATUSES.has(status) && !(status === 200 && length <= SMALL_PAGE_BYTES)) return undefined;
  const start = text(20_000);
  const found = CHALLENGE_BODY.find(([pattern]) => pattern.test(start));
  if (found !== undefined) return `HTTP ${status}: blocked by Cloudflare (${found[1]})`;
  // Finviz sits behind Cloudflare: a 403 that came through it is its block.
  if (status === 403 && headers['cf-ray'] !== undefined) return 'HTTP 403: blocked by Cloudflare';
  return undefined;
}
