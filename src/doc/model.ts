// The one document model both writers render: what the plan says, in the order and wording the templates
// chose. It knows nothing of Word or Markdown; the format rules live in src/nd30/format.ts.
// A redline (cchc-plan diff --docx) is the same model with some runs, paragraphs and rows marked as
// inserted or deleted.
import type { Run as InlineRun } from '../plan/prose.js';

/** A tracked change: the text was inserted or deleted since the older plan. */
export type Change = 'ins' | 'del';

export interface Run extends InlineRun {
  change?: Change;
}

/** Every piece of text in the model is a list of runs, so any of it can carry emphasis or a change. */
export type Text = Run[];

export interface DocHeader {
  /** The parent agency's lines, regular; none for a People's Committee. */
  parent: Text[];
  /** The issuing agency's lines, bold. */
  agency: Text[];
  national: Text;
  motto: Text;
  number: Text;
  date: Text;
}

export type BlockKind = 'preamble' | 'p' | 'closing' | 'h1' | 'h2' | 'h3' | 'item' | 'subitem' | 'table';

export interface Block {
  kind: BlockKind;
  /** The paragraph's text; none for a table. */
  runs: Text;
  /** A table in the body, where a paragraph could be (kind 'table'). */
  table?: Table;
  /** The whole paragraph was inserted or deleted. */
  change?: Change;
}

export interface Signature {
  heading: Text;
  /** Each line with its punctuation ("Sở Nội vụ;" … "Lưu: VT, TCCB."). */
  recipients: Text[];
  /** Signature lines from the top: "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC". */
  lines: Text[];
  name?: Text;
}

export interface Column {
  label: Text;
  /** Relative width; the writer turns weights into exact widths. */
  weight: number;
  /** How the column's cells are aligned, when the plan says so (otherwise table-layout.ts decides). */
  align?: 'left' | 'center' | 'right';
}

export interface Row {
  cells: Text[];
  change?: Change;
}

export interface Table {
  title: Text;
  columns: Column[];
  rows: Row[];
}

export interface Appendix {
  heading: Text;
  title: Text;
  reference: Text;
  tables: Table[];
}

export interface DocModel {
  header: DocHeader;
  docType: Text;
  subject: Text;
  body: Block[];
  signature: Signature;
  appendices: Appendix[];
  /** For document properties and reproducible output; `revision` names who made the tracked changes. */
  meta: { title: string; agency: string; date: Date; revision?: { author: string; date: string } };
}

/** A time as Word records it in tracked changes and document properties: UTC, whole seconds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function plain(text: string): Text {
  return text ? [{ text }] : [];
}

export function textOf(text: Text): string {
  return text.map((r) => r.text).join('');
}

/** Adjacent runs with the same emphasis and change joined into one. */
export function mergeRuns(text: Text): Text {
  const out: Text = [];
  for (const run of text) {
    const last = out.at(-1);
    if (last && !last.bold === !run.bold && !last.italic === !run.italic && last.change === run.change) last.text += run.text;
    else if (run.text) out.push({ ...run });
  }
  return out;
}
