// `cchc-plan diff OLD NEW`: what changed between two plans, as a report (text, md, json) and optionally
// as a Word redline. Exit codes like diff(1): 0 the same, 1 different, 2 trouble.
import { resolve } from 'node:path';
import type { Lang } from '../diagnostics/messages.js';
import { wantsColor } from '../diagnostics/report.js';
import { displayPath } from '../paths.js';
import { isoSeconds } from '../doc/model.js';
import { diffPlans } from '../diff/plan-diff.js';
import { renderJson, renderMarkdown, renderText, type ReportInput } from '../diff/report.js';
import { resolvePlanArgs } from '../plan/files.js';
import type { Plan } from '../plan/types.generated.js';
import { loadValidPlan } from './load.js';
import { usageFinding } from './usage.js';
import { say } from '../i18n.js';

export interface DiffCommandOptions {
  format: 'text' | 'md' | 'json';
  ignoreYear?: boolean;
  docx?: string;
  author?: string;
  date?: string;
  templates?: string;
  referenceDoc?: string;
  lang: Lang;
}

export async function diff(older: string, newer: string, options: DiffCommandOptions): Promise<number> {
  const date = options.date === undefined ? undefined : revisionDate(options.date);
  if (date === null) {
    process.stderr.write(say(
      `cchc-plan: --date '${options.date}' không phải một ngày có thật; ghi như 2025-01-15 hoặc 2025-01-15T08:30:00Z\n`,
      `cchc-plan: --date '${options.date}' is not a date; write it as 2025-01-15 or 2025-01-15T08:30:00Z\n`,
    ));
    return 2;
  }
  const resolved = resolvePlanArgs([older, newer]);
  if (!resolved.ok) {
    process.stderr.write(usageFinding(resolved, options.lang));
    return 2;
  }
  const [oldFile, newFile] = resolved.files as [string, string];
  const plans: Plan[] = [];
  for (const file of [oldFile, newFile]) {
    const loaded = await loadValidPlan(file, options.lang, ['so sánh', 'comparing']);
    if (!loaded) return 2;
    plans.push(loaded.plan);
  }
  const [a, b] = plans as [Plan, Plan];
  const input: ReportInput = { older: displayPath(oldFile), newer: displayPath(newFile), changes: diffPlans(a, b, { ignoreYear: options.ignoreYear }), ignoreYear: !!options.ignoreYear };

  let redline: { file: string; notes: string[] } | undefined;
  if (options.docx) {
    const { writeRedline } = await import('../diff/write-redline.js');
    const written = await writeRedline(a, b, resolve(options.docx), { author: options.author, date, templates: options.templates, referenceDoc: options.referenceDoc });
    if (!written.ok) {
      process.stderr.write(`cchc-plan: ${written.message}\n`);
      return 2;
    }
    redline = { file: displayPath(written.file), notes: written.notes };
  }

  if (options.format === 'json') {
    process.stdout.write(renderJson(input, redline));
  } else {
    process.stdout.write(options.format === 'md' ? renderMarkdown(input) : renderText(input, wantsColor(process.stdout)));
    if (redline) process.stdout.write(redlineNotes(redline, options.format === 'md'));
  }
  return input.changes.length > 0 ? 1 : 0;
}

function redlineNotes(redline: { file: string; notes: string[] }, markdown: boolean): string {
  const lines = [`${markdown ? '\n' : '\n'}Bản so sánh có đánh dấu thay đổi: ${redline.file}`];
  if (redline.notes.length > 0) {
    lines.push('Không thể hiện như một thay đổi thông thường:');
    for (const note of redline.notes) lines.push(`- ${note}`);
  }
  return lines.join('\n') + '\n';
}

/** An ISO date or date-time, as Word records it (UTC, no milliseconds); null when it isn't one. */
function revisionDate(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/.test(text)) return null;
  const date = new Date(/T/.test(text) ? text : `${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || (!/T/.test(text) && date.toISOString().slice(0, 10) !== text)) return null;
  return isoSeconds(date);
}
