// "Did you mean …?": the candidate nearest to a misspelt word, if it is near enough to be a likely typo.

/** Longer than any key a plan declares: a word this long is no typo of one, and is not compared. */
const LONGEST_WORD = 64;

export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > LONGEST_WORD) return undefined;
  const tolerance = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = tolerance + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue; // cannot be nearer
    const d = distance(word.toLowerCase(), candidate.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Damerau–Levenshtein (optimal string alignment): a swapped pair of letters counts as one typo. With
 * `limit`, it stops as soon as every alignment costs at least that much and returns `limit`.
 */
export function distance(a: string, b: string, limit = Infinity): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowBest = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowBest = Math.min(rowBest, v);
    }
    if (rowBest >= limit && b.length > 0) return limit;
  }
  return Math.min(d[a.length]![b.length]!, limit);
}

/** The `n` candidates nearest to `word`, nearest first, however far: for "the closest ids are …". */
export function closestAll(word: string, candidates: readonly string[], n: number): string[] {
  const w = word.slice(0, LONGEST_WORD).toLowerCase();
  return candidates
    .map((c, i) => ({ c, i, d: distance(w, c.slice(0, LONGEST_WORD).toLowerCase()) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, n)
    .map((x) => x.c);
}
