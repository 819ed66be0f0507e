// The redline: the newer plan's document model with every difference from the older one marked as a
// tracked change, so the same renderer as `build` writes it. The comparison is of what the documents say
// (paragraphs, table rows, cells, words), so it holds for any templates.
import { mergeRuns, textOf, type Appendix, type Block, type Change, type DocModel, type Row, type Run, type Table, type Text } from '../doc/model.js';
import { align, interleave, type AlignOptions } from './align.js';
import { editScript } from './words.js';

export interface Redline {
  model: DocModel;
  /** What the redline shows in some other way than a plain tracked change, in the reader's words. */
  notes: string[];
}

interface StyledToken { text: string; run: Run }

function tokens(text: Text): StyledToken[] {
  return text.flatMap((run) => [...run.text.matchAll(/\S+\s*|^\s+/g)].map((m) => ({ text: m[0], run })));
}

const sameStyle = (a: Run, b: Run) => !a.bold === !b.bold && !a.italic === !b.italic;

/** Word by word: kept words in the newer wording, the older's deleted, the newer's inserted. */
export function mergeText(older: Text, newer: Text): Text {
  const a = tokens(older);
  const b = tokens(newer);
  const out: Run[] = [];
  const push = (t: StyledToken, change?: Change) => out.push({ text: t.text, ...(t.run.bold && { bold: true }), ...(t.run.italic && { italic: true }), ...(change && { change }) });
  for (const edit of editScript(a, b, (x, y) => x.text.trim() === y.text.trim() && sameStyle(x.run, y.run))) {
    if (edit[0] === '=') push(b[edit[2]]!);
    else if (edit[0] === '-') push(a[edit[1]]!, 'del');
    else push(b[edit[1]]!, 'ins');
  }
  return mergeRuns(out);
}

export function marked(text: Text, change: Change): Text {
  return text.map((r) => ({ ...r, change }));
}

/** A whole table inserted or deleted: every row is, so accepting or rejecting removes it entirely. */
function markTable(t: Table, change: Change): Table {
  return {
    title: marked(t.title, change),
    columns: t.columns.map((c) => ({ ...c, label: marked(c.label, change) })),
    rows: t.rows.map((r) => ({ cells: r.cells.map((c) => marked(c, change)), change })),
  };
}

const tableText = (t: Table) => [t.title, ...t.columns.map((c) => c.label), ...t.rows.flatMap((r) => r.cells)].map(textOf).join(' ');

class Merger {
  readonly notes: string[] = [];
  private moved = 0;

  /**
   * Two lists woven together: pairs merged, the rest marked deleted or inserted where they stood. A pair
   * merges into a list of items, as a rule one; a table whose columns changed becomes two (the old
   * deleted, the new inserted). The list is explicit because an item may be an array itself (a line's runs).
   */
  weave<T>(olds: readonly T[], news: readonly T[], options: AlignOptions<T>, merge: (a: T, b: T) => T[], mark: (t: T, change: Change) => T): T[] {
    const alignment = align(olds, news, options);
    this.moved += alignment.moved.size;
    return interleave(alignment, olds.length).flatMap((step) =>
      step.new === undefined ? [mark(olds[step.old]!, 'del')] : step.old === undefined ? [mark(news[step.new]!, 'ins')] : merge(olds[step.old]!, news[step.new]!));
  }

  lines(olds: Text[], news: Text[]): Text[] {
    return this.weave(olds, news, { keys: [textOf], text: textOf, threshold: 0.5 }, (a, b) => [mergeText(a, b)], marked);
  }

  /** Paragraphs merged word by word; a table of the body as an appendix table is, row by row. */
  body(olds: Block[], news: Block[]): Block[] {
    const text = (b: Block) => (b.table ? tableText(b.table) : textOf(b.runs));
    return this.weave(olds, news,
      { keys: [(b) => `${b.kind} ${text(b)}`], text, threshold: 0.5, compatible: (a, b) => a.kind === b.kind },
      (a, b): Block[] => (a.table && b.table
        ? this.tables([a.table], [b.table], 'Nội dung').map((table) => ({ kind: 'table', runs: [], table }))
        : [{ kind: b.kind, runs: mergeText(a.runs, b.runs) }]),
      (b, change) => (b.table ? { kind: 'table', runs: [], table: markTable(b.table, change) } : { kind: b.kind, runs: marked(b.runs, change), change }));
  }

  rows(olds: Row[], news: Row[]): Row[] {
    const text = (r: Row) => r.cells.map(textOf).join(' | ');
    return this.weave(olds, news, { keys: [text], text, threshold: 0.5 },
      (a, b) => [{ cells: b.cells.map((cell, k) => mergeText(a.cells[k] ?? [], cell)) }],
      (r, change) => ({ cells: r.cells.map((c) => marked(c, change)), change }));
  }

  tables(olds: Table[], news: Table[], where: string): Table[] {
    const alignment = align(olds, news, { keys: [(t) => textOf(t.title)], text: (t) => textOf(t.title), threshold: 0.4, pairLone: true });
    return interleave(alignment, olds.length).flatMap((step) => {
      if (step.new === undefined) return [markTable(olds[step.old]!, 'del')];
      if (step.old === undefined) return [markTable(news[step.new]!, 'ins')];
      const a = olds[step.old]!;
      const b = news[step.new]!;
      if (a.columns.length !== b.columns.length) {
        this.notes.push(`${where}, ${textOf(b.title) ? `bảng "${textOf(b.title)}"` : 'một bảng không tên'}: số cột đổi từ ${a.columns.length} thành ${b.columns.length}; bảng cũ được đánh dấu xóa cả bảng và bảng mới đánh dấu chèn cả bảng.`);
        return [markTable(a, 'del'), markTable(b, 'ins')];
      }
      return [{
        title: mergeText(a.title, b.title),
        columns: b.columns.map((c, k) => ({ ...c, label: mergeText(a.columns[k]!.label, c.label) })),
        rows: this.rows(a.rows, b.rows),
      }];
    });
  }

  appendices(olds: Appendix[], news: Appendix[]): Appendix[] {
    const markAppendix = (x: Appendix, change: Change): Appendix => {
      this.notes.push(`${textOf(x.heading)} "${textOf(x.title)}" ${change === 'ins' ? 'được thêm' : 'bị bỏ'}: nội dung được đánh dấu ${change === 'ins' ? 'chèn' : 'xóa'}, nhưng ngắt trang (ngắt phần) của phụ lục không đánh dấu được; ${change === 'ins' ? 'khi từ chối thay đổi, hãy xóa trang trống còn lại' : 'khi chấp nhận thay đổi, hãy xóa trang trống còn lại'}.`);
      return { heading: marked(x.heading, change), title: marked(x.title, change), reference: marked(x.reference, change), tables: this.tables(change === 'del' ? x.tables : [], change === 'ins' ? x.tables : [], textOf(x.heading)) };
    };
    const alignment = align(olds, news, { keys: [(x) => textOf(x.title)], text: (x) => textOf(x.title), threshold: 0.4, pairLone: true });
    return interleave(alignment, olds.length).map((step) => {
      if (step.new === undefined) return markAppendix(olds[step.old]!, 'del');
      if (step.old === undefined) return markAppendix(news[step.new]!, 'ins');
      const a = olds[step.old]!;
      const b = news[step.new]!;
      return { heading: mergeText(a.heading, b.heading), title: mergeText(a.title, b.title), reference: mergeText(a.reference, b.reference), tables: this.tables(a.tables, b.tables, textOf(b.heading)) };
    });
  }

  finish(): string[] {
    if (this.moved > 0) this.notes.unshift(`${this.moved} đoạn, dòng hoặc bảng đổi chỗ: Word không có dấu "chuyển chỗ" cho chúng ở đây, nên mỗi cái được đánh dấu xóa ở chỗ cũ và chèn ở chỗ mới.`);
    return this.notes;
  }
}

const optional = (a: Text | undefined, b: Text | undefined): Text | undefined =>
  a && b ? mergeText(a, b) : a ? marked(a, 'del') : b ? marked(b, 'ins') : undefined;

export function redline(older: DocModel, newer: DocModel, revision: { author: string; date: string }): Redline {
  const merger = new Merger();
  const h = (k: 'national' | 'motto' | 'number' | 'date') => mergeText(older.header[k], newer.header[k]);
  const name = optional(older.signature.name, newer.signature.name);
  const model: DocModel = {
    header: { parent: merger.lines(older.header.parent, newer.header.parent), agency: merger.lines(older.header.agency, newer.header.agency), national: h('national'), motto: h('motto'), number: h('number'), date: h('date') },
    docType: mergeText(older.docType, newer.docType),
    subject: mergeText(older.subject, newer.subject),
    body: merger.body(older.body, newer.body),
    signature: {
      heading: mergeText(older.signature.heading, newer.signature.heading),
      recipients: merger.lines(older.signature.recipients, newer.signature.recipients),
      lines: merger.lines(older.signature.lines, newer.signature.lines),
      ...(name && { name }),
    },
    appendices: merger.appendices(older.appendices, newer.appendices),
    meta: { ...newer.meta, revision },
  };
  return { model, notes: merger.finish() };
}
