// Paragraph text as the plan format writes it: white space as one space, emphasis as *…* and **…**, list
// labels ("I.", "1.", "a)", "-") told apart from the words after them, typed or from Word's numbering.
import type { WParagraph, WRun } from './wordml.js';

/** A paragraph of the import: one line of the document, with its runs cleaned up. */
export interface Para {
  p: WParagraph;
  runs: WRun[];
  /** The words, one space between them. */
  text: string;
}

const SPACES = /[\s\u00a0\u2007\u202f]+/g;
/** A zero-width space marks where a line may break (an address in a cell), and a BOM nothing: no space. */
const ZERO_WIDTH = /[\u200b\ufeff]/g;

/** One space between words, and NFC: a letter and its mark from two runs make one character again. */
export const clean = (text: string) => text.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim().normalize('NFC');

/** A paragraph broken at its manual line breaks: each line reads as a paragraph of its own. */
export function splitLines(p: WParagraph): Para[] {
  const lines: WRun[][] = [[]];
  for (const run of p.runs) {
    run.text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) lines.at(-1)!.push({ ...run, text: piece });
    });
  }
  return lines.map((runs, i) => para(i === 0 ? p : { ...p, list: undefined }, runs)).filter((l, i) => i === 0 || l.text !== '');
}

export function para(p: WParagraph, runs = p.runs): Para {
  return { p, runs, text: clean(runs.map((r) => r.text).join('')) };
}

/** The runs with their first `count` characters of clean text removed (a typed label). */
export function dropPrefix(runs: WRun[], count: number): WRun[] {
  const out: WRun[] = [];
  let left = count;
  let started = false;
  for (const run of runs) {
    let text = run.text;
    if (left > 0 || !started) {
      // Count only what clean() keeps: leading spaces and runs of spaces count as one.
      let i = 0;
      let lastSpace = !started;
      while (i < text.length && left > 0) {
        const space = /[\s\u00a0]/.test(text[i]!);
        if (!(space && lastSpace)) left--;
        lastSpace = space;
        i++;
      }
      text = text.slice(i);
      if (left === 0) text = text.replace(/^[\s\u00a0]+/, '');
      if (text) started = true;
    }
    if (text) out.push({ ...run, text });
  }
  return out;
}

/** Prose for the plan: emphasis as markers, literal "*" and "{{" escaped, spaces outside the markers. */
export function proseOf(runs: WRun[], withEmphasis = true): string {
  let out = '';
  const merged: WRun[] = [];
  for (const run of runs) {
    const r = withEmphasis ? run : { text: run.text };
    const last = merged.at(-1);
    if (last && !last.bold === !r.bold && !last.italic === !r.italic) last.text += r.text;
    else merged.push({ ...r });
  }
  merged.forEach((run, i) => {
    let text = run.text.replace(ZERO_WIDTH, '').replace(SPACES, ' ');
    if (i === 0) text = text.trimStart();
    if (i === merged.length - 1) text = text.trimEnd();
    text = text.replace(/\\/g, '\\\\').replace(/\*/g, '\\*').replace(/\{\{/g, '\\{{');
    const marker = (run.bold ? '**' : '') + (run.italic ? '*' : '');
    if (!marker || !text.trim()) {
      out += text;
      return;
    }
    const lead = /^ */.exec(text)![0];
    const trail = / *$/.exec(text)![0];
    out += `${lead}${marker}${text.trim()}${[...marker].reverse().join('')}${trail}`;
  });
  return out.replace(/ {2,}/g, ' ').trim().normalize('NFC');
}

/** Every run of the paragraph has this emphasis (ignoring spaces). */
export const allBold = (runs: WRun[]) => runs.every((r) => !r.text.trim() || r.bold);

export type LabelKind = 'roman' | 'decimal' | 'letter' | 'item' | 'subitem';

export interface Labelled {
  kind: LabelKind;
  /** The label as shown: "II.", "3.", "b)", "-". */
  label: string;
  /** The number it stands for (1-based), when it is a number. */
  number?: number;
  /** The runs after the label. */
  runs: WRun[];
  text: string;
  /** Typed into the text (not Word's automatic numbering). */
  typed: boolean;
}

const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
export function romanValue(s: string): number | undefined {
  if (!/^(X{0,3})(IX|IV|V?I{0,3})$/.test(s) || !s) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUE[s[i]!]!;
    const next = ROMAN_VALUE[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const LETTER_ORDER = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

/** The paragraph's label, automatic or typed, and the words after it. */
export function labelOf(line: Para): Labelled | undefined {
  const list = line.p.list;
  if (list) {
    const label = list.label.trim();
    const kind = kindOfAuto(label, list.format);
    if (kind) return { kind, label, number: numberOf(kind, label), runs: line.runs, text: line.text, typed: false };
  }
  const typed = typedLabel(line.text);
  if (!typed) return undefined;
  const runs = dropPrefix(line.runs, typed.length);
  return { ...typed, runs, text: clean(runs.map((r) => r.text).join('')), typed: true };
}

function kindOfAuto(label: string, format: string): LabelKind | undefined {
  // Whether a bullet is a "+" under a "-" depends on the bullets before it (body.ts), not on its level.
  if (format === 'bullet') return label === '+' ? 'subitem' : 'item';
  if (format === 'upperRoman') return 'roman';
  if (format === 'lowerLetter') return 'letter';
  if (/^\d+\.\d+/.test(label)) return 'letter';
  if (format === 'decimal' || format === 'decimalZero') return 'decimal';
  return undefined;
}

function numberOf(kind: LabelKind, label: string): number | undefined {
  const core = label.replace(/[.)]+$/, '');
  if (kind === 'roman') return romanValue(core);
  if (kind === 'decimal') return Number(core) || undefined;
  if (kind === 'letter') {
    const i = LETTER_ORDER.indexOf(core);
    return i >= 0 ? i + 1 : undefined;
  }
  return undefined;
}

export function typedLabel(text: string): { kind: LabelKind; label: string; number?: number; length: number } | undefined {
  let m = /^([IVX]{1,5})\s?[.:]\s*(?=\S)/.exec(text);
  if (m && romanValue(m[1]!) !== undefined) return { kind: 'roman', label: `${m[1]}.`, number: romanValue(m[1]!), length: m[0].length };
  m = /^(\d{1,2})\s?[.)]\s*(?=\S)/.exec(text);
  if (m && !/^\d{1,2}[.)]\d/.test(text)) return { kind: 'decimal', label: `${m[1]}.`, number: Number(m[1]), length: m[0].length };
  m = /^(\d{1,2}\.\d{1,2})\.?\s+(?=\S)/.exec(text);
  if (m) return { kind: 'letter', label: m[1]!, length: m[0].length };
  // "a)" as the decree writes it, or "a." as many offices type it before a capital.
  m = /^([a-zđ])\s?\)\s*(?=\S)/.exec(text) ?? /^([a-zđ])\.\s+(?=\p{Lu})/u.exec(text);
  if (m) return { kind: 'letter', label: `${m[1]})`, number: LETTER_ORDER.indexOf(m[1]!) + 1 || undefined, length: m[0].length };
  m = /^([-–—•∙·▪◦])\s*(?=\S)/.exec(text);
  if (m && !/^[-–—]\s*\d/.test(text)) return { kind: 'item', label: m[1]!, length: m[0].length };
  m = /^\+\s*(?=\S)/.exec(text);
  if (m) return { kind: 'subitem', label: '+', length: m[0].length };
  return undefined;
}
