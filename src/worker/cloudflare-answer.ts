/**
 * Cloudflare's own answers, as finviz.com serves them: a managed challenge ("Just a moment...",
 * scripts under /cdn-cgi/challenge-platform/, the `cf-mitigated: challenge` header) or a
 * firewall block ("error code: 1010"), seen with 403, 429 and 503; and its rate limiting
 * ("error code: 1015"), which is throttling, not a block.
 */
const CHALLENGE_BODY: ReadonlyArray<readonly [RegExp, string]> = [
  [/<title>\s*just a moment/i, 'a "Just a moment" challenge'],
  [/\/cdn-cgi\/challenge-platform\//i, 'a challenge page'],
  [/error code: 10(?!15)\d\d/i, 'a block (error code: 10xx)'],
  [/<title>\s*attention required/i, 'an "Attention Required" block'],
];

/** Cloudflare's rate limiting ("You are being rate limited"). */
const RATE_LIMITED = /error code: 1015/;

/** Statuses Cloudflare sends its challenges, blocks and rate limiting with. */
const CHALLENGE_STATUSES = new Set([403, 429, 503]);

/**
 * A real quote page is ~250 KB; a challenge page is ~6 KB. A 200 is taken for a challenge by its
 * body only when it is this small, since real pages may load Cloudflare's scripts too.
 */
const SMALL_PAGE_BYTES = 32 * 1024;

/** What Cloudflare said, when the answer is its own: a challenge or block, or throttling. */
export interface CloudflareAnswer {
  readonly kind: 'challenge' | 'throttled';
  /** e.g. `HTTP 403: blocked by Cloudflare (a "Just a moment" challenge)`. */
  readonly message: string;
}

/** Cloudflare's answer, or undefined when the answer is not one of its own. `text(end)` reads the body's start. */
export function cloudflareAnswer(
  status: number,
  headers: Readonly<Record<string, string | string[] | undefined>>,
  text: (end: number) => string,
  length: number,
): CloudflareAnswer | undefined {
  const mitigated = headers['cf-mitigated'];
  if (typeof mitigated === 'string' && mitigated.toLowerCase() === 'challenge') {
    return {kind: 'challenge', message: `HTTP ${status}: Cloudflare challenge (cf-mitigated)`};
  }
  if (!CHALLENGE_STATUSES.has(status) && !(status === 200 && length <= SMALL_PAGE_BYTES)) return undefined;
  const start = text(20_000);
  if (status !== 200 && RATE_LIMITED.test(start))
    return {kind: 'throttled', message: `HTTP ${status}: rate limited by Cloudflare (error code: 1015)`};
  const found = CHALLENGE_BODY.find(([pattern]) => pattern.test(start));
  if (found !== undefined) return {kind: 'challenge', message: `HTTP ${status}: blocked by Cloudflare (${found[1]})`};
  // Finviz sits behind Cloudflare: a 403 that came through it is its block.
  if (status === 403 && headers['cf-ray'] !== undefined) return {kind: 'challenge', message: 'HTTP 403: blocked by Cloudflare'};
  return undefined;
}
