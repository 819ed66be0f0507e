// Next year's plan from this year's, as text edits on the YAML source: every year that follows the plan's
// own moves forward, the number and date are cleared, and everything else — comments, key order, quoting,
// line breaks — stays byte for byte. What a person must still look at is listed, not guessed.
import { isPair, isScalar, isSeq, Parser, visit, type Scalar } from 'yaml';
import { periodOf } from './references.js';
import type { PlanSource } from './source.js';
import type { Plan } from './types.generated.js';

export interface RolloverEdit {
  offset: number;
  line: number;
  column: number;
  /** Where in the plan, as keys: "preamble[0]", "header.date". */
  field: string;
  before: string;
  after: string;
  /** A few words before the edit, so a reader knows which "2025" it was. */
  context: string;
}

export interface RolloverCheck {
  line: number;
  column: number;
  field: string;
  text: string;
  reason: 'date' | 'comment';
}

export interface Rollover {
  text: string;
  edits: RolloverEdit[];
  checks: RolloverCheck[];
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** A full date names a day something happened (a decree, last year's plan); it does not move with the plan. */
const DATE = /\d{1,2}\/\d{1,2}\/\d{4}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/gi;

export function rollOver(source: PlanSource, plan: Plan, target: number): Rollover {
  const { from, to } = periodOf(plan);
  const shift = target - from;
  // The plan's years, and the year before (whose results the plan reports on: "kết quả … năm 2024").
  const follows = (year: number) => year >= from - 1 && year <= to;
  const text = source.text;
  const edits: RolloverEdit[] = [];
  const checks: RolloverCheck[] = [];
  const at = (offset: number) => source.lines.linePos(offset);

  visit(source.doc, {
    Scalar(key, node, path) {
      if (key === 'key' || !node.range) return;
      const field = fieldOf(path, node);
      const [start, end] = node.range;
      if (field === 'header.number') {
        if (node.value !== null && String(node.value).trim() !== '') replace(start, end, '', field);
        return;
      }
      if (field === 'header.date') {
        if (String(node.value) !== String(target)) replace(start, end, String(target), field);
        return;
      }
      const raw = text.slice(start, end);
      const dates = [...raw.matchAll(DATE)].map((m) => [m.index!, m.index! + m[0].length, m[0]] as const);
      for (const [s, , date] of dates) {
        const { line, col } = at(start + s);
        checks.push({ line, column: col, field, text: date, reason: 'date' });
      }
      for (const m of raw.matchAll(YEAR)) {
        const year = Number(m[0]);
        if (!follows(year) || dates.some(([s, e]) => m.index! >= s && m.index! < e)) continue;
        replace(start + m.index!, start + m.index! + 4, String(year + shift), field);
      }
    },
  });

  for (const comment of comments(text)) {
    if ([...comment.source.matchAll(YEAR)].some((m) => follows(Number(m[0])))) {
      const { line, col } = at(comment.offset);
      checks.push({ line, column: col, field: '#', text: comment.source.trim(), reason: 'comment' });
    }
  }

  edits.sort((a, b) => a.offset - b.offset);
  let out = '';
  let last = 0;
  for (const e of edits) {
    out += text.slice(last, e.offset) + e.after;
    last = e.offset + e.before.length;
  }
  out += text.slice(last);
  checks.sort((a, b) => a.line - b.line || a.column - b.column);
  return { text: out, edits, checks };

  function replace(startOffset: number, endOffset: number, after: string, field: string) {
    // A cleared value leaves "number:" rather than "number: " before its comment or line end.
    const s = after === '' && text[startOffset - 1] === ' ' && text[endOffset] !== ' ' ? startOffset - 1 : startOffset;
    const { line, col } = at(startOffset);
    const lineStart = text.lastIndexOf('\n', startOffset - 1) + 1;
    const context = text.slice(Math.max(lineStart, startOffset - 32), startOffset).replace(/^\S*\s/, '').trimStart();
    edits.push({ offset: s, line, column: col, field, before: text.slice(s, endOffset), after, context });
  }
}

/** "sections[2].parts[0].text", from the ancestors the visitor passes. */
function fieldOf(path: readonly unknown[], node: Scalar): string {
  let out = '';
  const chain = [...path, node];
  for (let k = 0; k < chain.length - 1; k++) {
    const parent = chain[k];
    const child = chain[k + 1];
    if (isPair(parent) && child === parent.value) out += `${out ? '.' : ''}${isScalar(parent.key) ? String(parent.key.value) : '?'}`;
    else if (isSeq(parent)) out += `[${parent.items.indexOf(child as never)}]`;
  }
  return out;
}

/** Every comment in the source with its offset, from the YAML library's concrete syntax tree. */
function comments(text: string): { offset: number; source: string }[] {
  const found: { offset: number; source: string }[] = [];
  const walk = (value: unknown) => {
    if (!value || typeof value !== 'object') return;
    const token = value as { type?: string; offset?: number; source?: string };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      found.push({ offset: token.offset, source: token.source });
      return;
    }
    for (const child of Object.values(value)) walk(child);
  };
  for (const token of new Parser().parse(text)) walk(token);
  return found.sort((a, b) => a.offset - b.offset);
}
