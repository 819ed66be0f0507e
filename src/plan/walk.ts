// Every piece of plan text that is compiled as a template or names a unit, with its data path, so checks
// (and later, comparisons) see all of them in one place.
import type { DataPath } from './locate.js';
import type { Grid, Item, Paragraphs, Plan } from './types.generated.js';
import type { PlanNode } from './view.js';

export interface TextField {
  path: DataPath;
  text: string;
  /** 'cell': a unit key or text (lead, with); 'prose': text with {{…}} references and *emphasis*. */
  kind: 'prose' | 'cell';
  /** Whether {{quarter}} is defined here (a rota's task). */
  quarter?: boolean;
  /** A bullet item, where a typed "- " glyph would be doubled. */
  item?: boolean;
}

function* paragraphs(value: Paragraphs | undefined, path: DataPath): Generator<TextField> {
  if (value === undefined) return;
  if (typeof value === 'string') return yield { path, text: value, kind: 'prose' };
  for (const [i, entry] of value.entries()) {
    if (typeof entry === 'string') {
      yield { path: [...path, i], text: entry, kind: 'prose' };
      continue;
    }
    const at: DataPath = [...path, i, 'table'];
    if (entry.table.title !== undefined) yield { path: [...at, 'title'], text: entry.table.title, kind: 'prose' };
    for (const [r, row] of entry.table.rows.entries()) for (const [c, cell] of row.entries()) yield { path: [...at, 'rows', r, c], text: cell, kind: 'prose' };
  }
}

/** Every table of the body (in a paragraph field), with its data path. */
export function* bodyTables(plan: Plan): Generator<{ path: DataPath; table: Grid }> {
  function* inField(value: Paragraphs | undefined, path: DataPath): Generator<{ path: DataPath; table: Grid }> {
    if (typeof value !== 'object') return;
    for (const [i, entry] of value.entries()) if (typeof entry === 'object') yield { path: [...path, i, 'table'], table: entry.table };
  }
  function* inNode(n: PlanNode, path: DataPath): Generator<{ path: DataPath; table: Grid }> {
    yield* inField(n.text, [...path, 'text']);
    for (const [i, part] of (n.parts ?? []).entries()) yield* inNode(part, [...path, 'parts', i]);
    yield* inField(n.closing, [...path, 'closing']);
  }
  yield* inField(plan.preamble, ['preamble']);
  for (const [i, section] of plan.sections.entries()) yield* inNode(section, ['sections', i]);
  yield* inField(plan.closing, ['closing']);
}

function* items(list: Item[] | undefined, path: DataPath): Generator<TextField> {
  for (const [i, item] of (list ?? []).entries()) {
    if (typeof item === 'string') {
      yield { path: [...path, i], text: item, kind: 'prose', item: true };
      continue;
    }
    yield { path: [...path, i, 'text'], text: item.text, kind: 'prose', item: true };
    for (const [j, sub] of (item.items ?? []).entries()) {
      yield { path: [...path, i, 'items', j], text: sub, kind: 'prose', item: true };
    }
  }
}

function* node(n: PlanNode, path: DataPath): Generator<TextField> {
  if (n.title !== undefined) yield { path: [...path, 'title'], text: n.title, kind: 'prose' };
  yield* paragraphs(n.text, [...path, 'text']);
  yield* items(n.items, [...path, 'items']);
  for (const [i, part] of (n.parts ?? []).entries()) yield* node(part, [...path, 'parts', i]);
  yield* paragraphs(n.closing, [...path, 'closing']);
}

function* cells(value: string | string[] | undefined, path: DataPath): Generator<TextField> {
  if (value === undefined) return;
  if (typeof value === 'string') yield { path, text: value, kind: 'cell' };
  else for (const [i, text] of value.entries()) yield { path: [...path, i], text, kind: 'cell' };
}

export function* textFields(plan: Plan): Generator<TextField> {
  yield { path: ['title'], text: plan.title, kind: 'prose' };
  yield* paragraphs(plan.preamble, ['preamble']);
  for (const [i, section] of plan.sections.entries()) yield* node(section, ['sections', i]);
  yield* paragraphs(plan.closing, ['closing']);
  for (const [a, appendix] of (plan.appendices ?? []).entries()) {
    const at: DataPath = ['appendices', a];
    yield { path: [...at, 'title'], text: appendix.title, kind: 'prose' };
    for (const [t, table] of appendix.tables.entries()) {
      const tp: DataPath = [...at, 'tables', t];
      if (table.title !== undefined) yield { path: [...tp, 'title'], text: table.title, kind: 'prose' };
      if (table.kind === 'table') {
        for (const [r, row] of table.rows.entries()) {
          for (const [c, cell] of row.entries()) yield { path: [...tp, 'rows', r, c], text: cell, kind: 'prose' };
        }
      } else if (table.kind === 'rota') {
        if (table.task !== undefined) yield { path: [...tp, 'task'], text: table.task, kind: 'prose', quarter: true };
        for (const [r, row] of table.rows.entries()) {
          const rp: DataPath = [...tp, 'rows', r];
          if (row.task !== undefined) yield { path: [...rp, 'task'], text: row.task, kind: 'prose', quarter: true };
          yield* cells(row.lead, [...rp, 'lead']);
          yield* cells(row.with, [...rp, 'with']);
        }
      } else {
        for (const [r, row] of table.rows.entries()) {
          const rp: DataPath = [...tp, 'rows', r];
          yield { path: [...rp, 'content'], text: row.content, kind: 'prose' };
          yield { path: [...rp, 'form'], text: row.form, kind: 'prose' };
          yield* cells(row.lead, [...rp, 'lead']);
          yield* cells(row.with, [...rp, 'with']);
          if (row.when !== undefined) yield { path: [...rp, 'when'], text: row.when, kind: 'prose' };
        }
      }
    }
  }
}
