// Which item of the older list is which item of the newer one: by identity first (an id, a key), then
// by likeness of content. Pairs out of their old order are moves.
import { similarity } from './words.js';

export interface AlignOptions<T> {
  /** Identities tried in turn (an explicit id, a unique key, the exact text); undefined means none. */
  keys?: ((item: T) => string | undefined)[];
  /** The text compared for likeness, when no key matched. */
  text: (item: T) => string;
  /** Least likeness for two items to be one item changed, 0–1. */
  threshold?: number;
  /** May these two be the same item at all (same kind of table)? */
  compatible?: (a: T, b: T) => boolean;
  /** Pair a single leftover on each side whatever its likeness (one appendix renamed). */
  pairLone?: boolean;
}

export interface Alignment {
  /** [old index, new index], in new order. */
  pairs: [number, number][];
  removed: number[];
  added: number[];
  /** New indices of pairs whose order changed relative to the others. */
  moved: Set<number>;
}

/** Quadratic likeness matching stops being worth it past this many comparisons; the rest are added/removed. */
const MAX_COMPARISONS = 250_000;

export function align<T>(olds: readonly T[], news: readonly T[], options: AlignOptions<T>): Alignment {
  const oldTaken = new Array<number>(olds.length).fill(-1);
  const newTaken = new Array<number>(news.length).fill(-1);
  const pair = (i: number, j: number) => { oldTaken[i] = j; newTaken[j] = i; };

  for (const key of options.keys ?? []) {
    const oldByKey = uniqueKeys(olds, key, oldTaken);
    const newByKey = uniqueKeys(news, key, newTaken);
    for (const [k, j] of newByKey) {
      const i = oldByKey.get(k);
      if (i !== undefined && (options.compatible?.(olds[i]!, news[j]!) ?? true)) pair(i, j);
    }
  }

  const restOld = olds.map((_, i) => i).filter((i) => oldTaken[i]! < 0);
  const restNew = news.map((_, j) => j).filter((j) => newTaken[j]! < 0);
  if (restOld.length > 0 && restNew.length > 0 && restOld.length * restNew.length <= MAX_COMPARISONS) {
    const threshold = options.threshold ?? 0.5;
    const candidates: [number, number, number][] = [];
    const oldText = new Map(restOld.map((i) => [i, options.text(olds[i]!)]));
    for (const j of restNew) {
      const text = options.text(news[j]!);
      for (const i of restOld) {
        if (options.compatible && !options.compatible(olds[i]!, news[j]!)) continue;
        const score = similarity(oldText.get(i)!, text);
        if (score >= threshold) candidates.push([score, i, j]);
      }
    }
    // Best likeness first; on a tie, the pair nearest its old position.
    candidates.sort((a, b) => b[0] - a[0] || Math.abs(a[1] - a[2]) - Math.abs(b[1] - b[2]));
    for (const [, i, j] of candidates) if (oldTaken[i]! < 0 && newTaken[j]! < 0) pair(i, j);
  }

  if (options.pairLone) {
    const lonelyOld = olds.map((_, i) => i).filter((i) => oldTaken[i]! < 0);
    const lonelyNew = news.map((_, j) => j).filter((j) => newTaken[j]! < 0);
    if (lonelyOld.length === 1 && lonelyNew.length === 1 && (options.compatible?.(olds[lonelyOld[0]!]!, news[lonelyNew[0]!]!) ?? true)) {
      pair(lonelyOld[0]!, lonelyNew[0]!);
    }
  }

  const pairs = news.flatMap((_, j) => (newTaken[j]! >= 0 ? [[newTaken[j]!, j] as [number, number]] : []));
  const kept = longestIncreasing(pairs.map(([i]) => i));
  const moved = new Set(pairs.filter((_, k) => !kept.has(k)).map(([, j]) => j));
  return {
    pairs,
    removed: olds.map((_, i) => i).filter((i) => oldTaken[i]! < 0),
    added: news.map((_, j) => j).filter((j) => newTaken[j]! < 0),
    moved,
  };
}

function uniqueKeys<T>(items: readonly T[], key: (item: T) => string | undefined, taken: number[]): Map<string, number> {
  const seen = new Map<string, number>();
  const twice = new Set<string>();
  items.forEach((item, i) => {
    if (taken[i]! >= 0) return;
    const k = key(item);
    if (k === undefined) return;
    if (seen.has(k)) twice.add(k);
    else seen.set(k, i);
  });
  for (const k of twice) seen.delete(k);
  return seen;
}

/** Positions (in `values`) of one longest strictly increasing subsequence: the items that kept their order. */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let k = 0; k < values.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < values[k]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const kept = new Set<number>();
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k]!) kept.add(k);
  return kept;
}

export type Step = { old: number; new?: undefined } | { old?: undefined; new: number } | { old: number; new: number };

/**
 * Both lists woven into one reading order, as a redline shows them: kept items in new order, each removed
 * item just before what replaced it. A moved item is removed at its old place and added at its new one,
 * or with `splitMoves: false` kept whole at its new place.
 */
export function interleave(alignment: Alignment, oldLength: number, { splitMoves = true } = {}): Step[] {
  const anchor = new Map(alignment.pairs.filter(([, j]) => !alignment.moved.has(j)).map(([i, j]) => [j, i]));
  const movedTo = new Map(alignment.pairs.filter(([, j]) => alignment.moved.has(j)).map(([i, j]) => [j, i]));
  const anchoredOld = new Set(splitMoves ? anchor.values() : alignment.pairs.map(([i]) => i));
  const steps: Step[] = [];
  let next = 0;
  const flushOld = (until: number) => {
    for (; next < until; next++) if (!anchoredOld.has(next)) steps.push({ old: next });
  };
  const newLength = alignment.pairs.length + alignment.added.length;
  let added: Step[] = [];
  for (let j = 0; j < newLength; j++) {
    const i = anchor.get(j);
    if (i === undefined) {
      const from = movedTo.get(j);
      added.push(from !== undefined && !splitMoves ? { old: from, new: j } : { new: j });
      continue;
    }
    flushOld(i); // what was removed reads before what took its place
    for (const step of added) steps.push(step); // a loop: a spread of a long list overflows the stack
    steps.push({ old: i, new: j });
    added = [];
    next = i + 1;
  }
  flushOld(oldLength);
  for (const step of added) steps.push(step);
  return steps;
}
