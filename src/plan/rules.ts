// The checks a JSON Schema cannot express: references that must exist, months that must fit their
// quarter, real dates, the number and code formats, and warnings for what is legal but probably a slip.
import type { Finding, Findings } from '../diagnostics/finding.js';
import { paddedKey } from '../text/characters.js';
import { closest } from '../text/closest.js';
import { periodOf, referenceNames, UNIT_KEY } from './references.js';
import { formatPath, locate, locateWithin, type DataPath } from './locate.js';
import { parseInline, parseProse } from './prose.js';
import type { PlanSource } from './source.js';
import type { Grid, Plan, Target } from './types.generated.js';
import { archiveLine, dateParts, months, oneLine } from './view.js';
import { printedHeader } from '../doc/template-context.js';
import { headerLayout } from '../writers/header-layout.js';
import { TWIPS_PER_MM } from '../nd30/format.js';
import { bodyTables, textFields } from './walk.js';

/** Findings about a declaration as a whole point at its key rather than its value. */
const ON_KEY = new Set(['unused-target', 'unused-unit', 'missing-signer-name', 'missing-signer']);

type Report = (path: DataPath, severity: Finding['severity'], code: string, params?: Finding['params'], needle?: string) => void;

export function checkRules(source: PlanSource & { data: Plan }, findings: Findings): void {
  const plan = source.data;
  const report: Report = (path, severity, code, params, needle) => {
    const at = needle ? locateWithin(source, path, needle) : locate(source, path, ON_KEY.has(code) ? 'key' : 'value');
    findings.add({ file: source.file, line: at.line, column: at.column, severity, code, params, path: formatPath(path) });
  };
  const used = checkText(plan, report);
  checkHeader(plan, report);
  checkTargets(plan, report, used.targets);
  checkUnitsUsed(plan, report, used.units);
  checkTables(plan, report);
  checkYears(plan, report);
  checkClosingBlock(plan, report);
}

/** The mark derive leaves where a unit's plan waits for its own words: "[Đơn vị viết: mục tiêu]". */
export const AWAITS_WORDS = /\[Đơn vị viết: ([^\]]*)\]/gu;

function checkText(plan: Plan, report: Report) {
  const used = { targets: new Set<string>(), units: new Set<string>() };
  const unitKeys = Object.keys(plan.units ?? {});
  const targetKeys = Object.keys(plan.targets ?? {});
  for (const field of textFields(plan)) {
    const padded = field.kind === 'cell' ? paddedKey(field.text, (bare) => UNIT_KEY.test(bare)) : undefined;
    if (padded) {
      // Read as text it would print as it stands ("Tccb"), not as the unit's name: never silently.
      if (unitKeys.includes(padded.bare)) used.units.add(padded.bare);
      report(field.path, 'error', 'padded-key', { key: padded.bare, char: padded.char, what: unitKeys.includes(padded.bare) ? 'unit' : 'unknown-unit' });
      continue;
    }
    if (field.kind === 'cell' && UNIT_KEY.test(field.text)) {
      if (unitKeys.includes(field.text)) used.units.add(field.text);
      else report(field.path, 'error', 'unknown-unit', { key: field.text, suggestion: closest(field.text, unitKeys), known: unitKeys.join(', ') });
      continue;
    }
    const parsed = parseProse(field.text);
    if (!parsed.ok) {
      report(field.path, 'error', 'bad-template', { problem: parsed.problem, raw: parsed.raw }, parsed.raw);
      continue;
    }
    const names = referenceNames(plan, field.quarter === true);
    for (const ref of parsed.references) {
      const [root, key = ''] = ref.path.split('.');
      if (root === 'targets') used.targets.add(key);
      if (root === 'units') used.units.add(key);
      const verdict = names(ref.path);
      if (verdict === 'ok') continue;
      const suggestion =
        verdict === 'unknown-target' ? closest(key, targetKeys) : verdict === 'unknown-unit' ? closest(key, unitKeys) : undefined;
      report(field.path, 'error', `ref-${verdict}`, { ref: ref.path, key, suggestion, quarter: field.quarter ? 1 : 0 }, ref.raw);
    }
    const inline = parseInline(field.text);
    if (!inline.ok) {
      report(field.path, 'error', 'unclosed-emphasis', { marker: inline.marker }, field.text.slice(inline.offset, inline.offset + 12));
    }
    for (const awaiting of field.text.matchAll(AWAITS_WORDS)) report(field.path, 'warning', 'awaits-words', { text: awaiting[1] }, awaiting[0]);
    if (field.item && /^\s*[-+·•]\s/.test(field.text)) {
      report(field.path, 'warning', 'typed-bullet', { glyph: field.text.trim()[0] });
    }
  }
  return used;
}

export const CODE = /^[A-ZĐ][A-ZĐ0-9]*(-[A-ZĐ0-9]+)*$/u;

/**
 * The header laid out as the build lays it out (header-layout.ts): each parent and agency line that its
 * column cannot hold on one line, with a break that fits, and a place and date line that wraps.
 */
function checkHeaderWidths(plan: Plan, report: Report) {
  const layout = headerLayout(printedHeader(plan));
  const mm = (twips: number) => (twips / TWIPS_PER_MM).toFixed(0);
  for (const wide of layout.wide) {
    const value = plan.header[wide.key];
    const suggestion = `[${wide.suggestion.join(', ')}]`;
    report(Array.isArray(value) ? ['header', wide.key, wide.index] : ['header', wide.key], 'warning', 'header-line-too-wide', { line: wide.line, width: mm(wide.width), room: mm(wide.room), key: wide.key, suggestion });
  }
  if (layout.wideDate) report(['header', 'place'], 'warning', 'date-line-too-wide', { width: mm(layout.wideDate.width), room: mm(layout.wideDate.room) });
}

function checkHeader(plan: Plan, report: Report) {
  const { header } = plan;
  checkHeaderWidths(plan, report);
  if (!CODE.test(header.code)) report(['header', 'code'], 'error', 'bad-code', { value: header.code });
  const number = header.number;
  if (typeof number === 'string' && number.trim() !== '' && !/^\d+$/.test(number.trim())) {
    report(['header', 'number'], 'error', 'bad-number', { value: number });
  } else if (number !== null && number !== undefined && String(number).trim() !== '') {
    const n = Number(number);
    if (n < 1) report(['header', 'number'], 'error', 'bad-number', { value: String(number) });
    else if (n < 10 && !/^0\d$/.test(String(number).trim())) report(['header', 'number'], 'warning', 'number-leading-zero', { value: String(number), fixed: `0${n}` });
  }
  const { year, month, day } = dateParts(plan);
  if (month !== undefined && (month < 1 || month > 12)) {
    report(['header', 'date'], 'error', 'bad-date', { value: String(header.date) });
  } else if (day !== undefined && month !== undefined && (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())) {
    report(['header', 'date'], 'error', 'bad-date', { value: String(header.date) });
  }
  const period = periodOf(plan);
  if (period.from > period.to) report(['period'], 'error', 'period-order', { from: period.from, to: period.to });
  else if (year < period.from - 1 || year > period.to) {
    report(['header', 'date'], 'warning', 'date-outside-period', { year, period: `${period.from}–${period.to}` });
  }
}

function percentOf(target: Target): number | undefined {
  if (typeof target === 'object') return target.unit?.trim() === '%' ? target.value : undefined;
  if (typeof target === 'string') {
    const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*%\s*$/.exec(target);
    return m ? Number(m[1]!.replace(',', '.')) : undefined;
  }
  return undefined;
}

function checkTargets(plan: Plan, report: Report, used: Set<string>) {
  for (const [key, target] of Object.entries(plan.targets ?? {})) {
    const percent = percentOf(target);
    const path = typeof target === 'object' ? ['targets', key, 'value'] : ['targets', key];
    if (percent !== undefined && (percent < 0 || percent > 100)) report(path, 'error', 'percent-range', { key, value: percent });
    if (!used.has(key)) report(['targets', key], 'warning', 'unused-target', { key });
  }
}

function checkUnitsUsed(plan: Plan, report: Report, used: Set<string>) {
  for (const key of Object.keys(plan.units ?? {})) {
    if (!used.has(key)) report(['units', key], 'warning', 'unused-unit', { key });
  }
}

const QUARTER_OF = (month: number) => Math.ceil(month / 3);

/** A year stated by an appendix, a table or a row must be one of the plan's. */
function checkYears(plan: Plan, report: Report) {
  const { from, to } = periodOf(plan);
  const check = (level: { year?: number }, path: DataPath) => {
    if (level.year !== undefined && (level.year < from || level.year > to)) {
      report([...path, 'year'], 'error', 'year-outside-period', { year: level.year, period: from === to ? String(from) : `${from}–${to}` });
    }
  };
  for (const [a, appendix] of (plan.appendices ?? []).entries()) {
    check(appendix, ['appendices', a]);
    for (const [t, table] of appendix.tables.entries()) {
      if (table.kind === 'table') continue;
      check(table, ['appendices', a, 'tables', t]);
      for (const [r, row] of table.rows.entries()) check(row, ['appendices', a, 'tables', t, 'rows', r]);
    }
  }
}

/** Every row of a free table, in an appendix or in the body, has a cell for each column. */
function checkRowWidths(table: Grid, path: DataPath, report: Report) {
  if (table.widths && table.widths.length !== table.columns.length) {
    report([...path, 'widths'], 'error', 'widths-count', { widths: table.widths.length, columns: table.columns.length });
  }
  if (table.align && table.align.length !== table.columns.length) {
    report([...path, 'align'], 'error', 'align-count', { align: table.align.length, columns: table.columns.length });
  }
  for (const [r, row] of table.rows.entries()) {
    if (row.length !== table.columns.length) report([...path, 'rows', r], 'error', 'row-width', { cells: row.length, columns: table.columns.length });
  }
}

function checkTables(plan: Plan, report: Report) {
  for (const { path, table } of bodyTables(plan)) checkRowWidths(table, path, report);
  for (const [a, appendix] of (plan.appendices ?? []).entries()) {
    for (const [t, table] of appendix.tables.entries()) {
      const tp: DataPath = ['appendices', a, 'tables', t];
      checkIds(table.kind === 'table' ? [] : table.rows, [...tp, 'rows'], report);
      if (table.kind === 'table') {
        checkRowWidths(table, tp, report);
      } else if (table.kind === 'rota') {
        const quarters = new Map<number, number>();
        for (const [r, row] of table.rows.entries()) {
          const rp: DataPath = [...tp, 'rows', r];
          if (quarters.has(row.quarter)) report([...rp, 'quarter'], 'warning', 'duplicate-quarter', { quarter: row.quarter, row: quarters.get(row.quarter)! + 1 });
          quarters.set(row.quarter, r);
          const list = months(row.months);
          for (const [m, month] of list.entries()) {
            if (QUARTER_OF(month) !== row.quarter) {
              report(Array.isArray(row.months) ? [...rp, 'months', m] : [...rp, 'months'], 'error', 'month-outside-quarter', { month, quarter: row.quarter, first: row.quarter * 3 - 2, last: row.quarter * 3 });
            }
          }
          checkRepeatedMonths(list, [...rp, 'months'], report);
        }
      } else {
        const covered = new Set<number>();
        for (const [r, row] of table.rows.entries()) {
          const rp: DataPath = [...tp, 'rows', r];
          if (row.month === undefined && row.when === undefined) report(rp, 'error', 'missing-when', { row: r + 1 });
          months(row.month).forEach((m) => covered.add(m));
          checkRepeatedMonths(months(row.month), [...rp, 'month'], report);
        }
        // A table that says it is not monthly (a campaign of a few months) has no months to miss.
        if (covered.size > 0 && table.monthly !== false) {
          const missing = [...Array(12).keys()].map((i) => i + 1).filter((m) => !covered.has(m));
          if (missing.length > 0) report([...tp, 'rows'], 'warning', 'month-without-activity', { months: missing.join(', ') });
        }
      }
    }
  }
  const sectionIds: { id?: string }[] = plan.sections;
  checkIds(sectionIds, ['sections'], report);
}

function checkRepeatedMonths(list: number[], path: DataPath, report: Report) {
  const repeated = list.filter((m, i) => list.indexOf(m) !== i);
  if (repeated.length > 0) report(path, 'warning', 'repeated-month', { month: repeated[0] });
}

function checkIds(rows: { id?: string }[], path: DataPath, report: Report) {
  const seen = new Map<string, number>();
  for (const [r, row] of rows.entries()) {
    if (row.id === undefined) continue;
    if (seen.has(row.id)) report([...path, r, 'id'], 'error', 'duplicate-id', { id: row.id, row: seen.get(row.id)! + 1 });
    seen.set(row.id, r);
  }
}

function checkClosingBlock(plan: Plan, report: Report) {
  if (!plan.signer) report(['recipients'], 'warning', 'missing-signer');
  else if (!plan.signer.name) report(['signer'], 'warning', 'missing-signer-name');
  for (const [i, recipient] of plan.recipients.entries()) {
    if (/^\s*[-+·•]\s/.test(recipient)) report(['recipients', i], 'warning', 'typed-bullet', { glyph: recipient.trim()[0] });
    else if (/[;.]\s*$/.test(recipient)) report(['recipients', i], 'warning', 'typed-recipient-punctuation');
  }
  const archive = archiveLine(plan);
  if (/^\s*Lưu\s*:/i.test(archive)) report(['archive'], 'warning', 'archive-prefix');
  if (!/\bVT\b/.test(archive)) report(['archive'], 'warning', 'archive-without-vt');
  if (/[,;:]\s*$/.test(archive)) report(['archive'], 'warning', 'archive-punctuation', { value: archive });
}
