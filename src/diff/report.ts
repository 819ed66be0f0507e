// The comparison as people read it: grouped by part of the document, changed words with a little context.
// Text for the terminal (coloured on a TTY), Markdown for a briefing note, JSON for tools.
import { Chalk, type ChalkInstance } from 'chalk';
import { PATH_SEPARATOR, summarize, type Change, type ChangeKind } from './changes.js';
import type { Op } from './words.js';

export interface ReportInput {
  older: string;
  newer: string;
  changes: Change[];
  ignoreYear: boolean;
}

/** Words kept on each side of a change. */
const CONTEXT = 4;
/** Values this short read best whole: "80% → 85%". */
const SHORT = 12;

const VERB: Record<ChangeKind, string> = { added: 'thêm', removed: 'bỏ', changed: 'sửa', moved: 'chuyển chỗ' };

const wordCount = (s: string | undefined) => (s ? s.split(/\s+/).filter(Boolean).length : 0);

/** The changed stretches with up to CONTEXT words around them; the rest becomes "…". */
export function hunks(ops: Op[]): Op[] {
  const out: Op[] = [];
  ops.forEach((op, k) => {
    if (op.op !== '=') return void out.push(op);
    const words = op.text.split(/(?<=\s)/);
    const before = k > 0;
    const after = k < ops.length - 1;
    if (words.length <= CONTEXT * (before && after ? 2 : 1) + 1) return void out.push(op);
    const head = before ? words.slice(0, CONTEXT).join('') : '';
    const tail = after ? words.slice(-CONTEXT).join('') : '';
    out.push({ op: '=', text: `${head}${head && !/\s$/.test(head) ? ' ' : ''}… ${tail}` });
  });
  return out;
}

/** Neighbouring changes in the same part of the document, in document order. */
function groupByPart(changes: Change[]): [string, Change[]][] {
  const groups: [string, Change[]][] = [];
  for (const change of changes) {
    const part = change.path.slice(0, -1).join(PATH_SEPARATOR);
    const last = groups.at(-1);
    if (last && last[0] === part) last[1].push(change);
    else groups.push([part, [change]]);
  }
  return groups;
}

function summaryLine(changes: Change[]): string {
  const counts = summarize(changes);
  const parts = (Object.keys(counts) as ChangeKind[]).filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${VERB[k]}`);
  return `${changes.length} thay đổi: ${parts.join(', ')}.`;
}

export function renderText(input: ReportInput, color: boolean): string {
  const c: ChalkInstance = new Chalk({ level: color ? 1 : 0 });
  const out = [`${c.bold('So sánh')} ${input.older} → ${input.newer}${input.ignoreYear ? ' (bỏ qua năm)' : ''}`, ''];
  if (input.changes.length === 0) return `${out[0]}\n\nHai kế hoạch giống nhau.\n`;
  const mark: Record<ChangeKind, string> = { added: c.green('+'), removed: c.red('-'), changed: c.yellow('~'), moved: c.cyan('↕') };
  const words = (ops: Op[]) =>
    hunks(ops).map((o) => (o.op === '=' ? o.text : o.op === '-' ? c.red(`[-${o.text.trim()}-]`) + trailing(o.text) : c.green(`{+${o.text.trim()}+}`) + trailing(o.text))).join('').trim();
  for (const [part, changes] of groupByPart(input.changes)) {
    if (part) out.push(c.bold(part));
    for (const change of changes) {
      const label = change.path.at(-1)!;
      const value = change.kind === 'added' ? change.new : change.kind === 'removed' ? change.old : undefined;
      // An added unit or section is named by its own text: say it once.
      const paint = change.kind === 'added' ? c.green : c.red;
      out.push(`  ${mark[change.kind]} ${value && label.endsWith(value) ? paint(label) : `${label}: ${describe(change, words, c)}`}`);
    }
    out.push('');
  }
  out.push(summaryLine(input.changes));
  return out.join('\n') + '\n';
}

const trailing = (s: string) => (/\s$/.test(s) ? ' ' : '');

function describe(change: Change, words: (ops: Op[]) => string, c: ChalkInstance): string {
  switch (change.kind) {
    case 'added': return c.green(change.new ?? '');
    case 'removed': return c.red(change.old ?? '');
    case 'moved': return `từ vị trí ${change.old} đến vị trí ${change.new}`;
    case 'changed':
      if (!change.words || (wordCount(change.old) <= SHORT && wordCount(change.new) <= SHORT)) return `${c.red(change.old ?? '')} → ${c.green(change.new ?? '')}`;
      return words(change.words);
  }
}

const md = (s: string) => s.replace(/([\\`*_[\]<>|~])/g, '\\$1');

export function renderMarkdown(input: ReportInput): string {
  const out = [`# So sánh kế hoạch: ${md(input.older)} → ${md(input.newer)}`, ''];
  if (input.ignoreYear) out.push('*Các năm đi theo năm của kế hoạch không được tính là thay đổi.*', '');
  if (input.changes.length === 0) return [...out, 'Hai kế hoạch giống nhau.', ''].join('\n');
  out.push(summaryLine(input.changes), '');
  const words = (ops: Op[]) =>
    hunks(ops).map((o) => (o.op === '=' ? md(o.text) : o.op === '-' ? `~~${md(o.text.trim())}~~${trailing(o.text)}` : `**${md(o.text.trim())}**${trailing(o.text)}`)).join('').trim();
  for (const [part, changes] of groupByPart(input.changes)) {
    if (part) out.push(`## ${md(part)}`, '');
    for (const change of changes) {
      const label = md(change.path.at(-1)!);
      const verb = VERB[change.kind];
      const body =
        change.kind === 'added' ? md(change.new ?? '')
        : change.kind === 'removed' ? `~~${md(change.old ?? '')}~~`
        : change.kind === 'moved' ? `từ vị trí ${md(change.old ?? '')} đến vị trí ${md(change.new ?? '')}`
        : !change.words || (wordCount(change.old) <= SHORT && wordCount(change.new) <= SHORT) ? `${md(change.old ?? '')} → ${md(change.new ?? '')}`
        : words(change.words);
      const value = change.kind === 'added' ? change.new : change.kind === 'removed' ? change.old : undefined;
      out.push(`- *${verb[0]!.toLocaleUpperCase('vi')}${verb.slice(1)}* — ${value && change.path.at(-1)!.endsWith(value) ? (change.kind === 'removed' ? `~~${label}~~` : label) : `${label}: ${body}`}`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}

/** The stable shape of `diff --format json`, documented in the README; `redline` when --docx wrote one. */
export function renderJson(input: ReportInput, redline?: { file: string; notes: string[] }): string {
  return JSON.stringify({
    version: 1,
    old: input.older,
    new: input.newer,
    ignoreYear: input.ignoreYear,
    identical: input.changes.length === 0,
    summary: summarize(input.changes),
    changes: input.changes.map(({ kind, path, old, new: after }) => ({ kind, path, ...(old !== undefined && { old }), ...(after !== undefined && { new: after }) })),
    ...(redline && { redline }),
  }, null, 2) + '\n';
}
