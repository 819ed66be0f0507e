// Writes findings for people (text with a code frame, coloured on a terminal), for machines (JSON), for
// GitHub Actions (workflow annotations) and for GitLab (a Code Quality report, shown in merge requests).
import { displayPath } from '../paths.js';
import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding, Findings } from './finding.js';
import { describe, LABELS, type Lang } from './messages.js';

export type Format = 'text' | 'json' | 'github' | 'gitlab';

export interface ReportOptions {
  format: Format;
  lang: Lang;
  color: boolean;
  /** The text of each file, for code frames. */
  sources: Map<string, string>;
  files: string[];
}

/** Colour only on a terminal, never under NO_COLOR or TERM=dumb; FORCE_COLOR wins. */
export function wantsColor(stream: { readonly isTTY?: boolean }, env = process.env): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined || env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** One plan's findings, as text for people, on stderr: what every command but validate says of a plan. */
export function reportToStderr(findings: Findings, file: string, text: string | undefined, lang: Lang): void {
  const sources = new Map(text !== undefined ? [[file, text]] : []);
  process.stderr.write(renderReport(findings, { format: 'text', lang, color: wantsColor(process.stderr), sources, files: [file] }));
}

export function renderReport(findings: Findings, options: ReportOptions): string {
  switch (options.format) {
    case 'json':
      return JSON.stringify(jsonReport(findings, options), null, 2) + '\n';
    case 'github':
      return findings.sorted().map((f) => githubLine(f, options.lang)).join('');
    case 'gitlab':
      return JSON.stringify(gitlabReport(findings, options.lang), null, 2) + '\n';
    default:
      return textReport(findings, options);
  }
}

/** The stable shape of `--format json`, documented in the README. */
export function jsonReport(findings: Findings, options: Pick<ReportOptions, 'lang' | 'files'>) {
  const sorted = findings.sorted();
  return {
    version: 1,
    ok: findings.errors === 0,
    errors: findings.errors,
    warnings: findings.warnings,
    files: options.files.map((file) => ({
      file: displayPath(file),
      errors: sorted.filter((f) => f.file === file && f.severity === 'error').length,
      warnings: sorted.filter((f) => f.file === file && f.severity === 'warning').length,
    })),
    findings: sorted.map((f) => {
      const { message, fix } = describe(f, options.lang);
      return { file: displayPath(f.file), line: f.line, column: f.column, severity: f.severity, code: f.code, message, fix: fix ?? null, path: f.path ?? null };
    }),
  };
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function githubLine(f: Finding, lang: Lang): string {
  const { message, fix } = describe(f, lang);
  const props = `file=${escapeProperty(displayPath(f.file))},line=${f.line},col=${f.column},title=${escapeProperty(`cchc-plan ${f.code}`)}`;
  return `::${f.severity} ${props}::${escapeData(fix ? `${message} ${fix}` : message)}\n`;
}

/**
 * GitLab's Code Quality format (a JSON array of issues): an error is "major", a warning "minor"; the
 * fingerprint is stable across runs for the same finding at the same place, so GitLab can tell new from old.
 */
function gitlabReport(findings: Findings, lang: Lang) {
  return findings.sorted().map((f) => {
    const { message, fix } = describe(f, lang);
    const path = displayPath(f.file);
    return {
      description: fix ? `${message} ${fix}` : message,
      check_name: `cchc-plan/${f.code}`,
      // Any unique string serves; the finding's place and code are one, without loading node:crypto.
      fingerprint: `${path}:${f.line}:${f.column}:${f.code}`,
      severity: f.severity === 'error' ? 'major' : 'minor',
      location: { path, lines: { begin: f.line } },
    };
  });
}

function textReport(findings: Findings, options: ReportOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const labels = LABELS[options.lang];
  const out: string[] = [];
  for (const f of findings.sorted()) {
    const { message, fix } = describe(f, options.lang);
    const severity = f.severity === 'error' ? c.red.bold(labels.error) : c.yellow.bold(labels.warning);
    out.push(`${c.bold(`${displayPath(f.file)}:${f.line}:${f.column}`)} ${severity} ${c.dim(f.code)}`);
    out.push(`  ${message}`);
    const source = options.sources.get(f.file);
    if (source !== undefined) out.push(codeFrame(source, f.line, f.column, c));
    if (fix) out.push(`  ${c.cyan(`${labels.fix}:`)} ${fix}`);
    out.push('');
  }
  const summary = labels.summary(findings.errors, findings.warnings, options.files.length);
  out.push(findings.errors > 0 ? c.red(summary) : findings.warnings > 0 ? c.yellow(summary) : c.green(`${summary} — ${labels.ok}`));
  return out.join('\n') + '\n';
}

const WIDTH = 100;

/** The lines around a position, with a caret under the column; long lines are cut to a window around it. */
export function codeFrame(source: string, line: number, column: number, c: ChalkInstance = new Chalk({ level: 0 })): string {
  const lines = source.split('\n');
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 1);
  const gutter = String(last).length;
  const start = column > WIDTH - 20 ? column - 40 : 0;
  const clip = (text: string) => {
    const shown = text.replace(/\t/g, ' ');
    const cut = shown.slice(start, start + WIDTH);
    return (start > 0 ? '…' : '') + cut + (shown.length > start + WIDTH ? '…' : '');
  };
  const rows: string[] = [];
  for (let n = first; n <= last; n++) {
    const mark = n === line ? c.red('>') : ' ';
    rows.push(`  ${mark} ${c.dim(String(n).padStart(gutter))} | ${clip(lines[n - 1] ?? '')}`);
    if (n === line) {
      const pad = Math.max(0, column - 1 - start) + (start > 0 ? 1 : 0);
      rows.push(`    ${' '.repeat(gutter)} | ${' '.repeat(pad)}${c.red('^')}`);
    }
  }
  return rows.join('\n');
}
