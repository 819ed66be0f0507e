// The primitives of a comparison of two plans: a value, a text word by word, a cell of unit names, a
// list paired by identity. PlanDiff (plan-diff.ts) walks the parts of a plan with them.
import { fillProse } from '../plan/prose.js';
import { proseContext, UNIT_KEY, type ProseContext } from '../plan/references.js';
import type { Grid, Paragraphs, Plan } from '../plan/types.generated.js';
import { oneLine as squash, paragraphList as asList, paragraphText, type Paragraph } from '../plan/view.js';
import { align, interleave, type AlignOptions } from './align.js';
import type { Change } from './changes.js';
import { changed, diffTokens, tokenize, type Token, type TokenEquals } from './words.js';

export abstract class Comparison {
  readonly changes: Change[] = [];
  protected readonly a: ProseContext;
  protected readonly b: ProseContext;

  constructor(older: Plan, newer: Plan, protected readonly equals: TokenEquals) {
    this.a = proseContext(older);
    this.b = proseContext(newer);
  }

  protected compare(path: string[], x: Token[] | undefined, y: Token[] | undefined) {
    const shown = (t: Token[]) => squash(t.map((k) => k.shown).join(''));
    if (!x?.length && !y?.length) return;
    if (!x?.length) return void this.changes.push({ kind: 'added', path, new: shown(y!) });
    if (!y?.length) return void this.changes.push({ kind: 'removed', path, old: shown(x) });
    const words = diffTokens(x, y, this.equals);
    if (changed(words)) this.changes.push({ kind: 'changed', path, old: shown(x), new: shown(y), words });
  }

  protected prose(path: string[], x: string | undefined, y: string | undefined, ctxA: object = this.a, ctxB: object = this.b) {
    this.compare(path, x === undefined ? undefined : tokenize(x, (r) => fillProse(r, ctxA)), y === undefined ? undefined : tokenize(y, (r) => fillProse(r, ctxB)));
  }

  protected value(path: string[], x: string | undefined, y: string | undefined) {
    this.compare(path, x === undefined ? undefined : tokenize(x), y === undefined ? undefined : tokenize(y));
  }

  /** A cell naming units: keys print as the unit's short name; a key and its name are the same word. */
  protected cell(path: string[], x: string | string[] | undefined, y: string | string[] | undefined) {
    const tokens = (value: string | string[] | undefined, ctx: ProseContext): Token[] | undefined => {
      if (value === undefined) return undefined;
      const list = typeof value === 'string' ? [value] : value;
      return list.flatMap((v, k) => {
        const sep = k < list.length - 1 ? ', ' : '';
        const unit = UNIT_KEY.test(v) ? ctx.units[v] : undefined;
        return unit ? [{ raw: v + sep, shown: unit.short + sep }] : tokenize(v + sep, (r) => fillProse(r, ctx));
      });
    };
    this.compare(path, tokens(x, this.a), tokens(y, this.b));
  }

  /** Pairs two lists and reports the removed, the added and the moved; `each` compares a pair. */
  protected list<T>(
    olds: readonly T[], news: readonly T[], options: AlignOptions<T>,
    label: (item: T, index: number, side: 'old' | 'new') => string[],
    show: (item: T, side: 'old' | 'new') => string,
    each?: (path: string[], x: T, y: T) => void,
  ) {
    const alignment = align(olds, news, options);
    for (const step of interleave(alignment, olds.length, { splitMoves: false })) {
      if (step.new === undefined) {
        this.changes.push({ kind: 'removed', path: label(olds[step.old]!, step.old, 'old'), old: show(olds[step.old]!, 'old') });
      } else if (step.old === undefined) {
        this.changes.push({ kind: 'added', path: label(news[step.new]!, step.new, 'new'), new: show(news[step.new]!, 'new') });
      } else {
        const path = label(news[step.new]!, step.new, 'new');
        if (alignment.moved.has(step.new)) {
          this.changes.push({ kind: 'moved', path, old: String(step.old + 1), new: String(step.new + 1) });
        }
        each?.(path, olds[step.old]!, news[step.new]!);
      }
    }
  }

  protected fill(text: string, side: 'old' | 'new'): string {
    return squash(fillProse(text, side === 'old' ? this.a : this.b));
  }

  /** Two tables of the body, cell by cell (the plan's free-table comparison). */
  protected abstract grid(path: string[], x: Grid, y: Grid): void;

  /**
   * Paragraph lists, "Đoạn 1", "Đoạn 2", and the tables among them, "Bảng 3"; a single paragraph on both
   * sides is `single` (or the path itself).
   */
  protected paragraphs(path: string[], x: Paragraphs | undefined, y: Paragraphs | undefined, name = 'Đoạn', single?: string) {
    const olds = asList(x);
    const news = asList(y);
    const one = (list: Paragraph[]) => (list.length === 0 || (list.length === 1 && typeof list[0] === 'string'));
    if (one(olds) && one(news)) return this.prose(single ? [...path, single] : path, olds[0] as string | undefined, news[0] as string | undefined);
    const key = (p: Paragraph) => (typeof p === 'string' ? squash(p) : `bảng ${p.table.columns.join(' | ')}`);
    this.list(olds, news, { keys: [key], text: (p) => squash(paragraphText(p)), threshold: 0.4, compatible: (a, b) => typeof a === typeof b },
      (p, i) => [...path, `${typeof p === 'string' ? name : 'Bảng'} ${i + 1}`],
      (p, side) => (typeof p === 'string' ? this.fill(p, side) : squash(paragraphText(p))),
      (p, a, b) => (typeof a === 'string' || typeof b === 'string' ? this.prose(p, a as string, b as string) : this.grid(p, a.table, b.table)));
  }

  protected lines(path: string[], x: readonly string[], y: readonly string[], name: string) {
    this.list(x, y, { keys: [squash], text: squash, threshold: 0.5 },
      (_, i) => [...path, `${name} ${i + 1}`], (line) => squash(line),
      (p, a, b) => this.value(p, a, b));
  }
}
