// How much of one text survives in another: the longest common subsequence of their words. A word is a
// token with a letter or a digit in it; bullet glyphs and dashes are layout, not words.
export const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** The share of `source`'s words found, in order, in `copy`. */
export function wordsKept(source: string, copy: string): number {
  const a = words(source);
  const b = words(copy);
  let previous = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const current = new Uint32Array(b.length + 1);
    for (let j = 1; j <= b.length; j++) current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    previous = current;
  }
  return a.length === 0 ? 1 : previous[b.length]! / a.length;
}
