/**
 * The names nearest to `wanted`, best first, for a "did you mean" hint:
 * names containing it (or contained in it) first, then by edit distance,
 * ignoring case; names too far off to be a slip are left out.
 */
export function closestNames(wanted: string, names: readonly string[], limit = 3): string[] {
  const target = wanted.toLowerCase();
  const scored: {readonly name: string; readonly score: number}[] = [];
  for (const name of names) {
    const candidate = name.toLowerCase();
    const distance = editDistance(target, candidate);
    const contains = target.length >= 3 && (candidate.includes(target) || target.includes(candidate));
    const close = distance <= Math.max(1, Math.floor(target.length / 4));
    // A containing name ranks ahead of any mere near-miss; among them, the shorter difference first.
    if (contains) scored.push({name, score: Math.abs(candidate.length - target.length) / 1000});
    else if (close) scored.push({name, score: distance});
  }
  return scored
    .sort((a, b) => a.score - b.score || names.indexOf(a.name) - names.indexOf(b.name))
    .slice(0, limit)
    .map((entry) => entry.name);
}

/** Levenshtein distance, with a swap of two neighbours counting as one edit. */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({length: b.length + 1}, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
