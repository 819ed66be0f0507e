// The body between the subject and "Nơi nhận": preamble paragraphs, sections (I.), parts (1.) and points
// (a)) with their text, bullets and closing paragraphs, body tables, and the plan's closing paragraph.
// Order is kept: where the plan format cannot hold an order (a bullet after a closing paragraph), the
// bullet is kept as a paragraph with its dash typed, and the review list says so.
import type { Grid, Item, Paragraphs, Section } from '../plan/types.generated.js';
import type { Notes, PlanPath } from './notes.js';
import { gridOf } from './tables.js';
import { allBold, labelOf, proseOf, splitLines, type LabelKind, type Labelled, type Para } from './text.js';
import type { WBlock, WTable } from './wordml.js';

type Entry = string | { table: Grid };

interface Node {
  title?: string;
  text?: Entry[];
  items?: Item[];
  parts?: Node[];
  closing?: Entry[];
}

export interface BodyRead {
  preamble: Entry[];
  sections: Section[];
  closing: Entry[];
}

type Line = { kind: 'p'; line: Para; block: WBlock } | { kind: 'table'; table: WTable; title?: string; block: WBlock };

const isTableTitle = (b: WBlock) => b.type === 'p' && /^table title$/i.test(b.styleName);

function linesOf(blocks: WBlock[]): Line[] {
  const out: Line[] = [];
  blocks.forEach((block, i) => {
    if (block.type === 'table') {
      const before = blocks[i - 1];
      const title = before && isTableTitle(before) ? proseOf(splitLines(before as never)[0]!.runs, false) : undefined;
      out.push({ kind: 'table', table: block, block, ...(title && { title }) });
    } else if (!(isTableTitle(block) && blocks[i + 1]?.type === 'table')) {
      for (const line of splitLines(block)) if (line.text) out.push({ kind: 'p', line, block });
    }
  });
  return out;
}

/** Where the plan's own closing starts: "Trên đây là …", or a last paragraph ending "./.". */
function closingStart(lines: Line[]): number {
  let start = lines.length;
  while (start > 0) {
    const l = lines[start - 1]!;
    if (l.kind !== 'p' || labelOf(l.line) || l.line.p.heading !== undefined) break;
    start--;
  }
  for (let i = start; i < lines.length; i++) if (/^Trên đây/iu.test((lines[i] as { line: Para }).line.text)) return i;
  const last = lines.at(-1);
  return last?.kind === 'p' && start < lines.length && /\.\/\.$/.test(last.line.text) ? lines.length - 1 : lines.length;
}

const TITLE_MAX = 120;

/**
 * A numbered line is a title by its shape: bold throughout, or short with no sentence end. Not by its
 * style: offices put long numbered paragraphs in Heading styles to number them.
 */
function isTitle(l: Labelled): boolean {
  if (l.text.length === 0) return false;
  if (allBold(l.runs) && l.text.length <= TITLE_MAX) return true;
  return l.text.length <= 80 && !/[.;:,]$/.test(l.text) && !/[.;:]\s/.test(l.text);
}

const titleOf = (l: Labelled) => proseOf(l.runs, !allBold(l.runs));

const STRUCTURAL: LabelKind[] = ['roman', 'decimal', 'letter'];

/**
 * How deep a numbered paragraph stands: 1 a section (I.), 2 a part (1.), 3 a point (a)). Typed numbers go
 * by their kind, ranked among the kinds the body uses (a school's plan numbered "1." then "a)" has no
 * Roman sections: its "1." are the sections). Word's automatic numbers go by their list level within their
 * list: a list first met inside a section holds its parts, whatever its format ("a." at level 2, "1.1."),
 * and a list restarted for each section is still one list.
 */
class Depths {
  private readonly rank = new Map<LabelKind, number>();
  private readonly lists = new Map<string, { level: number; depth: number }>();

  constructor(labels: (Labelled | undefined)[]) {
    const typed = new Set(labels.filter((l) => l?.typed).map((l) => l!.kind));
    for (const kind of STRUCTURAL.filter((k) => typed.has(k))) this.rank.set(kind, this.rank.size + 1);
  }

  of(label: Labelled, line: Para, open: number): number {
    const list = line.p.list;
    if (label.typed || !list) return this.rank.get(label.kind) ?? STRUCTURAL.indexOf(label.kind) + 1;
    if (label.kind === 'roman') return 1;
    let known = this.lists.get(list.list);
    if (!known) this.lists.set(list.list, (known = { level: list.level, depth: Math.min(3, open + 1) }));
    if (list.level < known.level) known = { level: list.level, depth: Math.max(1, known.depth - (known.level - list.level)) };
    this.lists.set(list.list, known);
    return Math.max(1, Math.min(3, known.depth + list.level - known.level));
  }
}

export function readBody(blocks: WBlock[], notes: Notes): BodyRead {
  const lines = linesOf(blocks);
  const end = closingStart(lines);
  const labels = lines.map((l, i) => (l.kind === 'p' && i < end ? labelOf(l.line) : undefined));
  const depths = new Depths(labels);
  const out: BodyRead = { preamble: [], sections: [], closing: [] };
  const stack: { node: Node; path: PlanPath }[] = [];
  const entryOf = (l: Line, path: PlanPath): Entry | undefined => {
    if (l.kind === 'p') return proseOf(l.line.runs);
    const grid = gridOf(l.table, l.title, notes, path);
    if (!grid) notes.add(l.table, path, 'Bảng trống đã bỏ qua.', 'An empty table was left out.');
    return grid && { table: grid };
  };

  // The list level of the last automatic "-" bullet: a deeper automatic bullet is a "+" under it.
  let bulletLevel: number | undefined;
  for (const [i, l] of lines.entries()) {
    if (i >= end) {
      const entry = entryOf(l, ['closing', out.closing.length]);
      if (entry) out.closing.push(entry);
      continue;
    }
    const label = labels[i];
    const level = l.kind === 'p' ? l.line.p.list?.level : undefined;
    if (label?.kind === 'item' && !label.typed && level !== undefined) {
      if (bulletLevel !== undefined && level > bulletLevel) label.kind = 'subitem';
      else bulletLevel = level;
    } else if (label?.kind !== 'subitem') {
      bulletLevel = undefined;
    }
    const heading = l.kind === 'p' ? l.line.p.heading : undefined;
    const structural = label && l.kind === 'p' && STRUCTURAL.includes(label.kind);
    const depth = structural ? depths.of(label, l.line, stack.length) : !label && heading !== undefined ? Math.min(3, heading) : 0;
    if (l.kind === 'p' && depth > 0 && depth <= stack.length + 1) {
      const parent = depth === 1 ? undefined : stack[depth - 2]!;
      const siblings = parent ? (parent.node.parts ??= []) : (out.sections as unknown as Node[]);
      const path: PlanPath = parent ? [...parent.path, 'parts', siblings.length] : ['sections', siblings.length];
      if (parent?.node.closing?.length) {
        notes.add(l.block, path, 'Có đoạn văn giữa các tiểu mục; đoạn đó sẽ in sau các tiểu mục khi dựng.', 'A paragraph sat between numbered parts; the build prints it after them.');
      }
      const lab = label ?? { kind: 'roman', label: '', runs: l.line.runs, text: l.line.text, typed: false } as Labelled;
      const node: Node = {};
      if (depth === 1 || isTitle(lab)) node.title = titleOf(lab);
      else if (lab.text) node.text = [proseOf(lab.runs)];
      if (depth === 1 && !node.title) node.title = lab.label;
      siblings.push(node);
      stack.length = depth - 1;
      stack.push({ node, path });
      const expected = siblings.length;
      if (label?.number !== undefined && label.number !== expected) {
        notes.add(l.block, path, `Số thứ tự gốc là "${label.label}"; khi dựng sẽ được đánh lại theo thứ tự.`, `Numbered "${label.label}" in the document; the build numbers it by its place.`);
      }
      continue;
    }
    const current = stack.at(-1);
    if (!current) {
      const entry = entryOf(l, ['preamble', out.preamble.length]);
      const autoLabel = label && !label.typed ? `${label.label} ` : '';
      if (entry) out.preamble.push(typeof entry === 'string' ? autoLabel + entry : entry);
      if (autoLabel) notes.add(l.block, ['preamble', out.preamble.length - 1], 'Đoạn đánh số tự động trước mục I được giữ như đoạn mở đầu, số gõ vào chữ.', 'An automatically numbered paragraph before section I was kept as a preamble paragraph, its number typed in.');
      continue;
    }
    const { node, path } = current;
    if (label && l.kind === 'p' && (label.kind === 'item' || label.kind === 'subitem') && !node.closing?.length && !node.parts?.length) {
      const items = (node.items ??= []);
      const text = proseOf(label.runs);
      const last = items.at(-1);
      if (label.kind === 'subitem' && last !== undefined) {
        const item = typeof last === 'string' ? { text: last, items: [text] as [string, ...string[]] } : { ...last, items: [...(last.items ?? []), text] as [string, ...string[]] };
        items[items.length - 1] = item;
      } else {
        if (label.kind === 'subitem') notes.add(l.block, [...path, 'items', items.length], 'Ý "+" không đứng sau ý "-" nào; đã ghi thành ý "-".', 'A "+" point with no "-" point before it became a "-" point.');
        items.push(text);
      }
      continue;
    }
    const field = node.items?.length || node.parts?.length ? 'closing' : 'text';
    const list = (node[field] ??= []);
    const keepLabel = label && l.kind === 'p' && !label.typed ? `${label.label} ` : '';
    if (label && (label.kind === 'item' || label.kind === 'subitem') && field === 'closing') {
      notes.add(l.block, [...path, field, list.length], `Gạch đầu dòng sau đoạn văn được giữ nguyên thứ tự như một đoạn có dấu "${label.label}".`, `A bullet after a paragraph keeps its place as a paragraph starting "${label.label}".`);
    }
    if (depth > 0) notes.add(l.block, [...path, field, list.length], `Đoạn đánh số "${label?.label ?? ''}" không có mục cấp trên phù hợp; giữ như đoạn văn.`, `The numbered paragraph "${label?.label ?? ''}" has no matching level above it; kept as a paragraph.`);
    const entry = entryOf(l, [...path, field, list.length]);
    if (entry !== undefined) list.push(typeof entry === 'string' && keepLabel ? `${keepLabel}${entry}` : entry);
  }
  return { ...out, sections: (out.sections as Node[]).map(toPlanNode) as unknown as Section[] };
}

/** Drops empty fields; a single paragraph is written as a string. */
function toPlanNode(node: Node): Record<string, unknown> {
  return {
    ...(node.title !== undefined && { title: node.title }),
    ...(node.text?.length && { text: paragraphs(node.text) }),
    ...(node.items?.length && { items: node.items }),
    ...(node.parts?.length && { parts: node.parts.map(toPlanNode) }),
    ...(node.closing?.length && { closing: paragraphs(node.closing) }),
  };
}

const paragraphs = (entries: Entry[]): Paragraphs => (entries.length === 1 && typeof entries[0] === 'string' ? entries[0] : entries) as Paragraphs;
