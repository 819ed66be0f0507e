// `cchc-plan derive YEAR --units units.yaml|units.csv [--out plans/units] [--force]`: one starter plan per
// unit, plans/units/<key>/YEAR.yaml, from the Department's plan. Each is checked as validate would before
// it is written; a unit with a problem is reported and the others are still written.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Findings } from '../diagnostics/finding.js';
import type { Lang } from '../diagnostics/messages.js';
import { reportToStderr } from '../diagnostics/report.js';
import { displayPath } from '../paths.js';
import { checkPlanBytes, checkPlanFile } from '../plan/check.js';
import { planFile } from '../plan/files.js';
import { planYaml, schemaFrom } from '../plan/plan-yaml.js';
import type { Plan } from '../plan/types.generated.js';
import { closest } from '../text/closest.js';
import { citation, derivePlan } from '../units/derive.js';
import { readUnitsFile, type Unit, type UnitsRead } from '../units/read.js';
import { makeFolder, writeAtomic } from '../writers/atomic.js';
import { systemError } from '../i18n.js';

export interface DeriveOptions {
  units: string;
  out: string;
  force?: boolean;
  lang: Lang;
}

export async function derive(arg: string, options: DeriveOptions): Promise<number> {
  const say = (vi: string, en: string) => (options.lang === 'en' ? en : vi);
  const deptFile = planFile(arg);
  if (!existsSync(deptFile)) {
    process.stderr.write(`cchc-plan: ${say(`không có kế hoạch của Sở ${displayPath(deptFile)}`, `no Department plan ${displayPath(deptFile)}`)}\n`);
    return 2;
  }
  const deptFindings = new Findings();
  const checked = await checkPlanFile(deptFile, deptFindings);
  if (!checked.plan) {
    reportToStderr(deptFindings, deptFile, checked.text, options.lang);
    process.stderr.write(`cchc-plan: ${say(`${displayPath(deptFile)} có lỗi; sửa trước (cchc-plan validate ${displayPath(deptFile)})`, `${displayPath(deptFile)} has errors; fix them first (cchc-plan validate ${displayPath(deptFile)})`)}\n`);
    return 2;
  }
  const dept = checked.plan;
  const unitsFile = resolve(options.units);
  const findings = new Findings();
  const read = readUnitsFile(unitsFile, findings);
  if (!read.file) {
    reportToStderr(findings, unitsFile, read.text, options.lang);
    process.stderr.write(`cchc-plan: ${say(`không đọc được danh sách đơn vị ${displayPath(unitsFile)}; không có kế hoạch nào được ghi.`, `cannot read the units file ${displayPath(unitsFile)}; no plan was written.`)}\n`);
    return findings.errors > 0 && read.text !== undefined ? 1 : 2;
  }
  const units = knownGroups(read.file.units, read.file.groups ?? [], dept, deptFile, unitsFile, read, findings);
  const settings = { ...read.file, groups: (read.file.groups ?? []).filter((g) => dept.units?.[g] !== undefined) };

  const outDir = resolve(options.out);
  const year = String(dept.period).slice(0, 4);
  const written: { file: string; rows: number; warnings: number }[] = [];
  const left: string[] = [];
  const planFindings = new Findings();
  const texts = new Map<string, string>();
  const bar = process.stderr.isTTY && !process.env.CI ? (await import('../batch/run.js')).progressBar(process.stderr, (key) => key) : undefined;
  units.forEach((unit, i) => {
    bar?.(i, units.length, unit.key);
    const dir = join(outDir, unit.key);
    const target = join(dir, `${year}.yaml`);
    if (existsSync(target) && !options.force) {
      left.push(say(`${displayPath(target)} đã có; giữ nguyên (--force để ghi đè)`, `${displayPath(target)} exists and was left as it is (--force replaces it)`));
      return;
    }
    const other = existsSync(dir) ? readdirSync(dir).filter((f) => f !== `${year}.yaml` && f.startsWith(year) && /\.ya?ml$/.test(f)) : [];
    if (other.length > 0) {
      left.push(say(`${displayPath(dir)} đã có kế hoạch năm ${year} (${other.join(', ')}); mỗi đơn vị một kế hoạch một năm`, `${displayPath(dir)} already has a ${year} plan (${other.join(', ')}); one plan a year per unit`));
      return;
    }
    const { plan, comments, rows } = derivePlan(dept, unit, settings);
    const cite = citation(dept);
    const text = planYaml(plan, comments, {
      schema: schemaFrom(dir),
      lines: [
        `Kế hoạch tuyên truyền CCHC của ${unit.name},`,
        `lập bằng cchc-plan derive căn cứ Kế hoạch số ${cite.number ?? '…'}/${cite.code} (${displayPath(deptFile)}).`,
        'Những chỗ "[Đơn vị viết: …]" chờ lời của đơn vị; validate nhắc đến khi viết xong.',
      ],
    });
    const own = new Findings();
    const result = checkPlanBytes(target, new TextEncoder().encode(text), own);
    if (!result.plan) {
      for (const f of own.list) planFindings.add(f);
      texts.set(target, text);
      left.push(say(`${unit.key}: kế hoạch lập ra không hợp lệ; không ghi`, `${unit.key}: the derived plan is not valid; not written`));
      return;
    }
    try {
      makeFolder(dir);
      writeAtomic(target, text);
      written.push({ file: target, rows: rows.length, warnings: own.warnings });
    } catch (error) {
      left.push(`${displayPath(target)}: ${systemError(error)}`);
    }
  });
  bar?.(units.length, units.length, '');

  if (findings.list.length) reportToStderr(findings, unitsFile, read.text, options.lang);
  for (const [file, text] of texts) reportToStderr(new Findings(planFindings.list.filter((f) => f.file === file)), file, text, options.lang);
  for (const w of written) {
    const rows = say(`${w.rows} hoạt động của Sở`, `${w.rows} Department activities`);
    const waits = say(`${w.warnings} chỗ cần đơn vị viết hoặc xem lại`, `${w.warnings} places for the unit to write or check`);
    process.stdout.write(`${displayPath(w.file)}  ${rows} · ${waits}\n`);
  }
  for (const l of left) process.stderr.write(`cchc-plan: ${l}\n`);
  const out = read.total - written.length;
  process.stderr.write(say(`${written.length} kế hoạch đã ghi${out ? `, ${out} đơn vị để lại` : ''}.`, `${written.length} plans written${out ? `, ${out} units left out` : ''}.`) + '\n');
  return out === 0 ? 0 : 1;
}

/** Units whose groups the Department's plan declares; a unit naming an unknown group is left out. */
function knownGroups(units: Unit[], common: string[], dept: Plan, deptFile: string, unitsFile: string, read: UnitsRead, findings: Findings): Unit[] {
  const keys = Object.keys(dept.units ?? {});
  const unknown = (g: string) => dept.units?.[g] === undefined;
  const params = (key: string) => ({ key, suggestion: closest(key, keys), known: keys.join(', '), plan: displayPath(deptFile) });
  for (const g of common.filter(unknown)) findings.add({ file: unitsFile, line: read.groupsLine ?? 1, column: 1, severity: 'error', code: 'unit-unknown-group', params: params(g) });
  return units.filter((unit) => {
    const bad = (unit.groups ?? []).filter(unknown);
    for (const g of bad) findings.add({ file: unitsFile, line: read.lineOf.get(unit.key) ?? 1, column: 1, severity: 'error', code: 'unit-unknown-group', params: params(g) });
    return bad.length === 0;
  });
}
