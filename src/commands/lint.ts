// `cchc-plan lint FILE.docx… [--format text|json|github] [--render] | --rules`: any official document
// checked against Nghị định 30, clause by clause. Exit 0 when no rule is broken (warnings allowed), 1 when
// one is, 2 when a file cannot be read as a Word document or the command line is wrong.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { wantsColor } from '../diagnostics/report.js';
import { say, systemError } from '../i18n.js';
import type { LintFinding } from '../lint/checks.js';
import type { Where } from '../lint/read.js';
import { rules } from '../nd30/rules.js';
import { displayPath } from '../paths.js';

export interface LintOptions {
  format: 'text' | 'json' | 'github';
  rules?: boolean;
  render?: boolean;
  lang: 'vi' | 'en';
}

/** A place in the document as a person finds it in Word. */
export function whereText(w: Where): string {
  if (w.header) return say('đầu trang', 'page header');
  if (w.paragraph !== undefined) return say(`đoạn ${w.paragraph}`, `paragraph ${w.paragraph}`);
  if (w.table !== undefined) {
    const cell = say(`bảng ${w.table}, hàng ${w.row}, ô ${w.cell}`, `table ${w.table}, row ${w.row}, cell ${w.cell}`);
    return w.inCell && w.inCell > 1 ? `${cell}, ${say(`dòng ${w.inCell}`, `line ${w.inCell}`)}` : cell;
  }
  return say('cả văn bản', 'whole document');
}

const t = (w: { vi: string; en: string }) => say(w.vi, w.en);

export async function lint(files: string[], options: LintOptions): Promise<number> {
  if (options.rules) {
    if (options.format === 'json') {
      process.stdout.write(`${JSON.stringify(rules.map((r) => ({ id: r.id, clause: r.clause, severity: r.severity, render: !!r.render, title: t(r.title), checks: t(r.checks) })), null, 2)}\n`);
    } else {
      for (const r of rules) process.stdout.write(`${r.id}${r.render ? ' (--render)' : ''} — ${r.clause}\n  ${t(r.checks)}\n`);
    }
    return 0;
  }
  if (files.length === 0) {
    process.stderr.write(say('cchc-plan: hãy ghi văn bản cần kiểm tra (van-ban.docx), hoặc --rules để xem các quy tắc\n', 'cchc-plan: name the documents to check (document.docx), or --rules to list the rules\n'));
    return 2;
  }
  const { lintDocx } = await import('../lint/lint.js');
  const { ImportError } = await import('../import/package.js');
  const results: { file: string; findings: LintFinding[] }[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(resolve(file));
    } catch (error) {
      process.stderr.write(say(`cchc-plan: không đọc được ${file}: ${systemError(error)}\n`, `cchc-plan: cannot read ${file}: ${systemError(error)}\n`));
      return 2;
    }
    let findings: LintFinding[];
    try {
      findings = lintDocx(bytes);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      const { problemMessage } = await import('../import/messages.js');
      const { message, fix } = problemMessage(error, file, options.lang);
      process.stderr.write(`cchc-plan: ${message}${fix ? `\n  ${fix}` : ''}\n`);
      return 2;
    }
    if (options.render) {
      const { renderFindings } = await import('../lint/render.js');
      const rendered = await renderFindings(bytes, file);
      if (typeof rendered === 'string') {
        process.stderr.write(`cchc-plan: ${rendered}\n`);
        return 2;
      }
      findings.push(...rendered);
    }
    results.push({ file, findings });
  }
  process.stdout.write(render(results, options));
  return results.some((r) => r.findings.some((f) => f.rule.severity === 'error')) ? 1 : 0;
}

function render(results: { file: string; findings: LintFinding[] }[], options: LintOptions): string {
  const all = results.flatMap((r) => r.findings.map((f) => ({ file: r.file, f })));
  const errors = all.filter(({ f }) => f.rule.severity === 'error').length;
  const warnings = all.length - errors;
  if (options.format === 'json') {
    return `${JSON.stringify({
      version: 1,
      ok: errors === 0,
      errors,
      warnings,
      files: results.map((r) => ({ file: displayPath(resolve(r.file)), errors: r.findings.filter((f) => f.rule.severity === 'error').length, warnings: r.findings.filter((f) => f.rule.severity === 'warning').length })),
      findings: all.map(({ file, f }) => ({
        file: displayPath(resolve(file)), rule: f.rule.id, clause: f.rule.clause, severity: f.rule.severity,
        where: { ...f.where, order: undefined }, place: whereText(f.where), quote: f.quote ?? null, message: `${t(f.rule.title)}: ${f.detail}`, fix: t(f.rule.fix),
      })),
    }, null, 2)}\n`;
  }
  if (options.format === 'github') {
    const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return all.map(({ file, f }) => `::${f.rule.severity} file=${escape(displayPath(resolve(file)))},title=${escape(`cchc-plan lint ${f.rule.id}`)}::${escape(`${whereText(f.where)}: ${t(f.rule.title)}: ${f.detail}. ${f.rule.clause}. ${t(f.rule.fix)}`)}\n`).join('');
  }
  const c = new Chalk({ level: wantsColor(process.stdout) ? 1 : 0 });
  const out: string[] = [];
  for (const { file, f } of all) {
    const severity = f.rule.severity === 'error' ? c.red.bold(say('lỗi', 'error')) : c.yellow.bold(say('cảnh báo', 'warning'));
    out.push(`${c.bold(`${displayPath(resolve(file))}: ${whereText(f.where)}${f.quote ? ` ("${f.quote}")` : ''}`)} ${severity} ${c.dim(f.rule.id)}`);
    out.push(`  ${t(f.rule.title)}: ${f.detail}.`);
    out.push(`  ${c.dim(f.rule.clause)}`);
    out.push(`  ${c.cyan(`${say('cách sửa', 'fix')}:`)} ${t(f.rule.fix)}`);
    out.push('');
  }
  const summary = say(`${results.length} văn bản: ${errors} lỗi, ${warnings} cảnh báo`, `${results.length} document${results.length === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  out.push(errors > 0 ? c.red(summary) : warnings > 0 ? c.yellow(summary) : c.green(`${summary} — ${say('đúng thể thức', 'follows the decree')}`));
  return `${out.join('\n')}\n`;
}
