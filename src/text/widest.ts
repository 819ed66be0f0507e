// The width of a column of text for padding: the longest length, counted in a loop. Math.max(...list)
// passes every length as an argument and overflows the stack on a list of some hundred thousand.

/** The longest of `texts` (their length, or `length` of each), and at least `least`. */
export function widest<T>(texts: Iterable<T>, least = 0, length: (t: T) => number = (t) => String(t).length): number {
  let most = least;
  for (const text of texts) most = Math.max(most, length(text));
  return most;
}
