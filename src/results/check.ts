// A results record (results/2025.yaml) through every check: YAML, its schema, then what a schema cannot
// say: the plan it follows exists and is valid, every row it names is a row of that plan and the month
// one the row is planned for, dates fall in the plan's period, links are links, nothing is recorded twice.
import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { Findings, type Finding } from '../diagnostics/finding.js';
import { displayPath } from '../paths.js';
import { checkPlanFile, readFound, type CheckedPlan } from '../plan/check.js';
import { formatPath, locate, type DataPath } from '../plan/locate.js';
import { periodOf } from '../plan/references.js';
import { checkAgainst } from '../plan/schema.js';
import { parsePlanText, type PlanSource } from '../plan/source.js';
import type { Plan } from '../plan/types.generated.js';
import { planDuties } from '../schedule/duties.js';
import { paddedKey } from '../text/characters.js';
import { closestAll } from '../text/closest.js';
import validate from './schema-validator.js';
import type { Results } from './types.generated.js';

export interface CheckedResults {
  file: string;
  text?: string;
  source?: PlanSource;
  /** The record and its plan, when neither has errors. */
  results?: Results;
  plan?: Plan;
  planFile?: string;
}

/**
 * The plan a record follows. A year is the plan in the same place under plans/ as the record is under
 * results/: results/2025.yaml follows plans/2025.yaml, results/units/longhung/2025.yaml follows
 * plans/units/longhung/2025.yaml. A path is from the record's folder.
 */
export function planOfRecord(file: string, plan: number | string): string {
  if (typeof plan === 'string') return resolve(dirname(file), plan);
  const parts = dirname(resolve(file)).split(sep);
  const at = parts.lastIndexOf(RESULTS_DIR);
  if (at < 0) return resolve(dirname(file), '..', 'plans', `${plan}.yaml`);
  return join(parts.slice(0, at).join(sep) || sep, 'plans', ...parts.slice(at + 1), `${plan}.yaml`);
}

/** A record is a YAML file under a folder named results/ (results/2025.yaml, results/units/longhung/2025.yaml). */

/** `known`: the plan, already checked by the caller (rollup checks each unit's plan first). */
export async function checkResultsFile(file: string, findings: Findings, known?: CheckedPlan): Promise<CheckedResults> {
  const bytes = readFound(file, findings);
  return bytes === undefined ? { file } : checkResultsBytes(file, bytes, findings, known);
}

export async function checkResultsBytes(file: string, bytes: Uint8Array, findings: Findings, known?: CheckedPlan): Promise<CheckedResults> {
  const before = findings.errors;
  const source = parsePlanText(file, bytes, findings);
  if (!source) return { file };
  if (!checkAgainst(validate, source, findings)) return { file, text: source.text, source };
  const results = source.data;
  const at = (path: DataPath, on: 'key' | 'value' = 'value') => ({ file, ...locate(source, path, on), path: formatPath(path) });
  const add = (path: DataPath, code: string, params: Finding['params'] = {}, severity: Finding['severity'] = 'error') =>
    findings.add({ ...at(path), severity, code, params });

  const planFile = planOfRecord(file, results.plan);
  if (!existsSync(planFile)) {
    add(['plan'], 'results-plan-missing', { plan: displayPath(planFile) });
    return { file, text: source.text, source };
  }
  const planFindings = new Findings();
  const checkedPlan = known?.file === planFile ? known : await checkPlanFile(planFile, planFindings);
  if (!checkedPlan.plan) {
    add(['plan'], 'results-plan-invalid', { plan: displayPath(planFile), errors: planFindings.errors || 1 });
    return { file, text: source.text, source };
  }
  const plan = checkedPlan.plan;
  const months = rowMonths(plan);
  const refs = [...months.keys()];
  const period = periodOf(plan);
  const inPeriod = (date: string) => {
    const year = Number(date.slice(0, 4));
    return year >= period.from && year <= period.to;
  };
  const realDate = (date: string) => {
    const d = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(date);
  };
  const checkDate = (path: DataPath, date: string) => {
    if (!realDate(date)) add(path, 'bad-date', { value: date });
    else if (!inPeriod(date)) add(path, 'record-date-outside-period', { value: date, period: period.from === period.to ? String(period.from) : `${period.from}–${period.to}` });
  };

  const seen = new Map<string, number>();
  (results.activities ?? []).forEach((entry, i) => {
    const path = ['activities', i];
    const planned = months.get(entry.row);
    const padded = planned ? undefined : paddedKey(entry.row, (bare) => months.has(bare));
    if (padded) {
      add([...path, 'row'], 'padded-key', { key: padded.bare, char: padded.char, what: 'row' });
      return;
    }
    if (!planned) {
      add([...path, 'row'], 'unknown-row', { row: entry.row, suggestions: closestAll(entry.row, refs, 3).join(', '), plan: displayPath(planFile) });
      return;
    }
    let month = entry.month;
    if (month === undefined && planned.length > 1) add([...path, 'row'], 'month-needed', { row: entry.row, months: planned.join(', ') });
    if (month === undefined && planned.length === 1) month = planned[0];
    if (month !== undefined && planned.length > 0 && !planned.includes(month)) add([...path, 'month'], 'month-not-planned', { row: entry.row, month, months: planned.join(', ') });
    if ((entry.done === undefined) === (entry.not_done === undefined)) add(path, 'entry-state', { both: entry.done !== undefined ? 'yes' : undefined });
    if (entry.done !== undefined) checkDate([...path, 'done'], entry.done);
    if (entry.evidence !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(entry.evidence) && !isLink(entry.evidence)) add([...path, 'evidence'], 'bad-url', { value: entry.evidence });
    const key = `${entry.row}\n${month ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) add(path, 'duplicate-entry', { row: entry.row, month: month ?? '', line: locate(source, ['activities', first]).line });
    else seen.set(key, i);
  });

  const urls = new Map<string, number>();
  (results.posts ?? []).forEach((post, i) => {
    const path = ['posts', i];
    const padded = plan.units?.[post.unit] ? undefined : paddedKey(post.unit, (bare) => plan.units?.[bare] !== undefined);
    if (padded) add([...path, 'unit'], 'padded-key', { key: padded.bare, char: padded.char, what: 'unit' });
    else if (!plan.units?.[post.unit]) add([...path, 'unit'], 'unknown-unit', { key: post.unit, suggestion: closestAll(post.unit, Object.keys(plan.units ?? {}), 1)[0], known: Object.keys(plan.units ?? {}).join(', ') });
    checkDate([...path, 'date'], post.date);
    if (!isLink(post.url)) add([...path, 'url'], 'bad-url', { value: post.url });
    const first = urls.get(post.url);
    if (first !== undefined) add([...path, 'url'], 'duplicate-post', { url: post.url, line: locate(source, ['posts', first]).line });
    else urls.set(post.url, i);
  });
  const ok = findings.errors === before;
  return { file, text: source.text, source, ...(ok && { results, plan, planFile }) };
}

/** Each row of the plan's tables by its reference, with the months it is planned for (none: timed in words). */
export function rowMonths(plan: Plan): Map<string, number[]> {
  const { duties, unscheduled } = planDuties(plan);
  const months = new Map<string, number[]>();
  for (const d of duties) months.set(d.ref, [...(months.get(d.ref) ?? []), d.month]);
  for (const u of unscheduled) months.set(u.ref, []);
  return months;
}

/** An http(s) address a browser can open. */
export function isLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !/\s/.test(text);
  } catch {
    return false;
  }
}

export const RESULTS_DIR = 'results';
export const resultsFile = (year: string, cwd = process.cwd()) => join(cwd, RESULTS_DIR, `${year}.yaml`);
