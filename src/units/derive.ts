// One unit's starter plan from the Department's: the unit's own header and signer, a preamble that cites
// the Department's plan, the Department's targets, a body skeleton in the Department's section order with
// "[Đơn vị viết: …]" where the unit's own words go, and the Department's activities that name the unit or
// a group it belongs to. The comments say where each inherited thing came from.
import { roman } from '../doc/numbering.js';
import type { PlanComment } from '../plan/plan-yaml.js';
import { parseProse } from '../plan/prose.js';
import { UNIT_KEY, proseContext } from '../plan/references.js';
import { printedHeader } from '../doc/template-context.js';
import { headerLayout } from '../writers/header-layout.js';
import type { Appendix, Part, Plan, Section } from '../plan/types.generated.js';
import { dateParts, lineList, oneLine, unitCell } from '../plan/view.js';
import type { Unit, UnitsFile } from './types.generated.js';

export interface Derived {
  plan: Plan;
  comments: PlanComment[];
  /** The Department's rows the unit's tables hold, by their reference in the Department's plan. */
  rows: string[];
}

const awaiting = (what: string) => `[Đơn vị viết: ${what}]`;

/** "Tuyên truyền cải cách…" → "tuyên truyền cải cách…"; "CCHC…" and "UBND…" keep their capitals. */
const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLocaleLowerCase('vi') + text.slice(1) : text);

/** A comment's excerpt of the Department's words: one line, at most some 90 characters. */
function excerpt(text: unknown): string | undefined {
  const first = firstText(text);
  if (first === undefined) return undefined;
  const line = oneLine(first);
  return line.length > 90 ? `${line.slice(0, 88).trimEnd()}…` : line;
}

/** The first words of a paragraph, a list or an item with sub-items. */
function firstText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(firstText).find((t) => t !== undefined);
  if (value && typeof value === 'object' && 'text' in value) return firstText(value.text);
  return undefined;
}

/** The Department's plan as the unit cites it: "Kế hoạch số 05/KH-SGDĐT". */
export function citation(dept: Plan): { number?: string; code: string; date?: string } {
  const { year, month, day } = dateParts(dept);
  const pad = (n: number) => String(n).padStart(2, '0');
  const number = dept.header.number === null || dept.header.number === undefined ? undefined : String(dept.header.number);
  return { ...(number && { number }), code: `${dept.header.type ?? 'KH'}-${dept.header.code}`, ...(day && month && { date: `${pad(day)}/${pad(month)}/${year}` }) };
}

/**
 * The agency in capitals, on one line where the header's column can hold it (header-layout.ts sizes the
 * columns), else on as few and as even lines as fit, broken between words and never inside the name:
 * "TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI TRÚ / THPT TỈNH SÓC TRĂNG".
 */
function agencyLines(header: Plan['header']): string | [string, ...string[]] {
  const upper = oneLine(String(header.agency)).toLocaleUpperCase('vi');
  const wide = headerLayout(printedHeader({ header: { ...header, agency: upper } } as Plan)).wide.find((w) => w.key === 'agency');
  return wide ? (wide.suggestion as [string, ...string[]]) : upper;
}

export function derivePlan(dept: Plan, unit: Unit, settings: Omit<UnitsFile, 'units'>): Derived {
  const comments: PlanComment[] = [];
  const note = (path: PlanComment['path'], text: string) => comments.push({ path, text });
  const cite = citation(dept);
  const deptPlan = `Kế hoạch số ${cite.number ?? '…'}/${cite.code}`;
  const { year, month } = dateParts(dept);
  const self = `{{units.${unit.key}.name}}`;

  // Rows that name the unit or one of its groups, as lead or cooperating.
  const names = new Set([unit.key, ...(settings.groups ?? []), ...(unit.groups ?? [])]);
  const ctx = proseContext(dept);
  const names1 = (cell: string | string[] | undefined) => unitCell(cell, ctx).keys.some((k) => names.has(k));
  const rows: string[] = [];
  const appendices: Appendix[] = [];
  (dept.appendices ?? []).forEach((appendix, a) => {
    const tables = appendix.tables.flatMap((table, t) => {
      if (table.kind === 'table') return [];
      const kept = (table.rows as { lead: string | string[]; with?: string | string[]; id?: string }[])
        .map((row, r) => ({ row, ref: row.id ?? `a${a + 1}t${t + 1}r${r + 1}` }))
        .filter(({ row }) => names1(row.lead) || names1(row.with));
      if (kept.length === 0) return [];
      // A few of a year's months: the Department's "one row a month" check does not apply to them.
      const monthly = table.kind === 'rota' || kept.length === table.rows.length ? {} : { monthly: false };
      const { rows: _, ...rest } = table;
      return [{ table: { ...rest, ...monthly, rows: kept.map((k) => k.row) }, refs: kept.map((k) => k.ref) }];
    });
    if (tables.length === 0) return;
    const { tables: _, ...rest } = appendix;
    const at = appendices.length;
    appendices.push({ ...rest, tables: tables.map((t) => t.table) as Appendix['tables'] });
    tables.forEach(({ refs }, t) =>
      refs.forEach((ref, r) => {
        rows.push(ref);
        note(['appendices', at, 'tables', t, 'rows', r], `Sở: ${ref}`);
      }),
    );
  });

  // What the kept rows refer to must be declared in the unit's plan too.
  const usedUnits = new Set<string>();
  const usedTargets = new Set<string>(settings.targets ?? Object.keys(dept.targets ?? {}));
  const visit = (value: unknown, cell: boolean) => {
    if (typeof value === 'string') {
      if (cell && UNIT_KEY.test(value) && dept.units?.[value] !== undefined) usedUnits.add(value);
      const parsed = parseProse(value);
      if (parsed.ok) for (const r of parsed.references) {
        const [root, key] = r.path.split('.');
        if (root === 'units' && key) usedUnits.add(key);
        if (root === 'targets' && key) usedTargets.add(key);
      }
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, cell));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k === 'lead' || k === 'with');
  };
  visit(appendices, false);

  const units: NonNullable<Plan['units']> = { [unit.key]: unit.short ? { name: unit.name, short: unit.short } : unit.name };
  for (const [key, value] of Object.entries(dept.units ?? {})) if (usedUnits.has(key) && key !== unit.key) units[key] = value;
  const targets: NonNullable<Plan['targets']> = {};
  for (const [key, value] of Object.entries(dept.targets ?? {})) {
    if (!usedTargets.has(key)) continue;
    targets[key] = value;
    note(['targets', key], `Từ ${deptPlan} của ${dept.header.name ?? 'Sở'} (targets.${key})`);
  }

  const sections = skeleton(dept, targets, note);
  const header: Plan['header'] = {
    parent: settings.parent ?? dept.header.agency,
    agency: unit.name,
    name: unit.name,
    code: unit.code,
    type: 'KH',
    number: null,
    place: unit.place ?? dept.header.place,
    date: month ? `${year}-${String(month).padStart(2, '0')}` : String(year),
  };
  const plan: Plan = {
    // The name on one line, or broken where the header's column needs it.
    header: { ...header, agency: unit.agency ?? agencyLines(header) },
    period: dept.period,
    title: dept.title,
    preamble: [
      `Căn cứ Kế hoạch số ${cite.number ?? awaiting('số')}/${cite.code} ngày ${cite.date ?? awaiting('ngày')} của ${dept.header.name ?? lineList(dept.header.agency).join(' ')} về ${lowerFirst(dept.title)};`,
      `Căn cứ tình hình thực tế của đơn vị, ${self} xây dựng Kế hoạch ${lowerFirst(dept.title)} như sau:`,
    ],
    ...(Object.keys(targets).length > 0 && { targets }),
    units,
    sections: sections as Plan['sections'],
    closing: `Trên đây là Kế hoạch ${lowerFirst(dept.title)} của ${self}./.`,
    signer: { ...(unit.signer.authority && { authority: unit.signer.authority }), title: unit.signer.title, ...(unit.signer.name && { name: unit.signer.name }) },
    recipients: [`${settings.report_to ?? dept.header.name ?? 'Sở'} (để báo cáo)`],
    archive: ['VT'],
    ...(appendices.length > 0 && { appendices }),
  };
  if (!unit.agency && Array.isArray(plan.header.agency)) {
    note(['header', 'agency'], 'Ngắt dòng tự động (tên rộng hơn cột 58 mm): sửa nếu tách đôi một từ, hoặc ghi agency trong danh sách đơn vị');
  }
  note(['header', 'number'], 'Số văn bản: để trống đến khi lấy số');
  note(['header', 'date'], 'Ngày để trống đến khi ký');
  note(['preamble'], `Căn cứ ${deptPlan} của ${dept.header.name ?? 'Sở'}`);
  if (appendices.length > 0) note(['appendices'], 'Các hoạt động trong kế hoạch của Sở giao cho đơn vị, hoặc cho nhóm đơn vị có đơn vị này; thêm hoạt động riêng của đơn vị vào đây.');
  return { plan, comments, rows };
}

/** The Department's sections and titled parts, each waiting for the unit's words, with the targets first. */
function skeleton(dept: Plan, targets: NonNullable<Plan['targets']>, note: (path: PlanComment['path'], text: string) => void): Section[] {
  const keys = Object.keys(targets);
  const aim = keys.length > 0
    ? `Phấn đấu đạt các chỉ tiêu: ${keys.map((k) => { const t = targets[k]!; return typeof t === 'object' && t.label ? `{{targets.${k}}} ${lowerFirst(t.label)}` : `{{targets.${k}}}`; }).join('; ')}.`
    : undefined;
  return dept.sections.map((section, s): Section => {
    const number = roman(s + 1);
    const titled = (section.parts ?? []).length > 0 && section.parts!.every((p) => p.title);
    const first = s === 0 && aim !== undefined;
    if (!titled) {
      const what = awaiting(`${section.title.toLocaleLowerCase('vi')} của đơn vị`);
      const said = excerpt(section.text ?? section.items?.[0] ?? section.parts?.[0]?.text);
      note(['sections', s, 'title'], `Chờ đơn vị viết mục ${number}.${said ? ` Kế hoạch của Sở viết: "${said}"` : ''}`);
      return first ? { title: section.title, items: [what, aim!] } : { title: section.title, text: what };
    }
    const parts = section.parts!.map((part, p): Part => {
      const what = awaiting(`${lowerFirst(part.title!)} của đơn vị`);
      const said = excerpt(part.text ?? part.items?.[0] ?? part.parts?.[0]?.text);
      note(['sections', s, 'parts', p, 'title'], `Chờ đơn vị viết mục ${number}.${p + 1}.${said ? ` Kế hoạch của Sở viết: "${said}"` : ''}`);
      return first && p === 0 ? { title: part.title, items: [what, aim!] } : { title: part.title, text: what };
    });
    return { title: section.title, parts: parts as Section['parts'] };
  });
}
