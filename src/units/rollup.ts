// The Department's overview of its units for a period: for each unit folder (plans/units/<key>/), whether
// it has one plan for the year, whether that validates and is built, its number and date, articles per
// month against the target and the activities late (from results/units/<key>/YEAR.yaml), and whether the
// quarter's report was made. What a unit lacks is a Shortfall; units with any come first.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Findings } from '../diagnostics/finding.js';
import { checkPlanFile } from '../plan/check.js';
import type { Plan } from '../plan/types.generated.js';
import { checkResultsFile } from '../results/check.js';
import { activityStatuses, postTarget, quarter, type Period } from '../results/status.js';
import type { Results } from '../results/types.generated.js';
import { agencyName, dateParts } from '../plan/view.js';
import type { Lang } from '../diagnostics/messages.js';
import { receivedDocuments, type ReceivedDocument } from './received.js';

export type Shortfall = 'no-plan' | 'two-plans' | 'invalid' | 'unfinished' | 'not-built' | 'record-invalid' | 'posts' | 'late' | 'no-report' | 'not-received' | 'form';

export interface UnitRollup {
  key: string;
  name: string;
  /** The name the unit's plan gives itself in tables ("THPT Long Hưng"), for narrow outputs. */
  short?: string;
  /** The plan file, when there is exactly one for the year. */
  plan?: string;
  /** Plans for the year when there are several. */
  plans?: string[];
  valid?: boolean;
  errors: number;
  /** "[Đơn vị viết: …]" places still waiting for the unit's words. */
  awaiting: number;
  built?: boolean;
  number?: string;
  date?: string;
  record?: string;
  /** Articles in each month of the period. */
  posts: { month: string; count: number }[];
  /** Months over (before today's) with fewer articles than the target. */
  postsShort: string[];
  perMonth?: number;
  late: string[];
  report?: { due: boolean; made: boolean; file: string };
  /** With --received: the documents the unit sent, each through lint. */
  received?: ReceivedDocument[];
  shortfalls: Shortfall[];
}

export interface RollupOptions {
  year: number;
  period: Period;
  today: Date;
  dir: string;
  results: string;
  built: string;
  /** Units listed in a units file, so one without a folder still shows as having no plan. */
  listed?: { key: string; name: string }[];
  /** The documents the units sent, one folder per unit (FOLDER/<key>/*.docx), to be checked with lint. */
  received?: string;
  lang?: Lang;
}

export interface Rollup {
  units: UnitRollup[];
  /** The folder of received documents, when they were checked. */
  received?: string;
  /** Problems found in the units' plans and records, with file and line, for stderr. */
  findings: Findings;
  sources: Map<string, string>;
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** A file of the folder that is a plan for `year`: 2025.yaml, ke-hoach-2025.yaml, 2025-sua.yaml. */
const forYear = (file: string, year: number) => /\.ya?ml$/.test(file) && new RegExp(`(^|\\D)${year}(\\D|$)`).test(basename(file, extname(file)));

export async function rollup(options: RollupOptions, progress?: (done: number, total: number, key: string) => void): Promise<Rollup> {
  const findings = new Findings();
  const sources = new Map<string, string>();
  const subfolders = (dir: string) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name) : []);
  // A unit that sent documents but has no plan folder yet is still one of the units.
  const folders = [...subfolders(options.dir), ...(options.received ? subfolders(options.received) : [])];
  const names = new Map((options.listed ?? []).map((u) => [u.key, u.name]));
  const keys = [...new Set([...(options.listed ?? []).map((u) => u.key), ...folders])].sort();
  const units: UnitRollup[] = [];
  for (const [i, key] of keys.entries()) {
    progress?.(i, keys.length, key);
    units.push(await unitRollup(key, names.get(key), options, findings, sources));
  }
  progress?.(keys.length, keys.length, '');
  // Units that fall short first, the most short first; then by key.
  units.sort((a, b) => b.shortfalls.length - a.shortfalls.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { units, findings, sources, ...(options.received && { received: options.received }) };
}

async function unitRollup(key: string, listedName: string | undefined, options: RollupOptions, findings: Findings, sources: Map<string, string>): Promise<UnitRollup> {
  const { year, period, today } = options;
  const u: UnitRollup = { key, name: listedName ?? key, errors: 0, awaiting: 0, posts: [], postsShort: [], late: [], shortfalls: [] };
  if (options.received) {
    u.received = receivedDocuments(options.received, key, options.lang ?? 'vi');
    if (u.received.length === 0) u.shortfalls.push('not-received');
    else if (u.received.some((d) => d.errors > 0)) u.shortfalls.push('form');
  }
  const folder = join(options.dir, key);
  const files = existsSync(folder) ? readdirSync(folder).filter((f) => forYear(f, year)).sort() : [];
  if (files.length === 0) {
    u.shortfalls.push('no-plan');
    return u;
  }
  if (files.length > 1) {
    u.plans = files.map((f) => join(folder, f));
    findings.add({ file: join(folder, files[1]!), line: 1, column: 1, severity: 'error', code: 'unit-two-plans', params: { folder, year, files: files.join(', ') } });
    u.shortfalls.push('two-plans');
    return u;
  }
  u.plan = join(folder, files[0]!);
  const own = new Findings();
  const checked = await checkPlanFile(u.plan, own);
  u.errors = own.errors;
  u.awaiting = own.list.filter((f) => f.code === 'awaits-words').length;
  u.valid = checked.plan !== undefined;
  if (checked.source) {
    const data = checked.source.data as Partial<Plan> | undefined;
    if (data?.header && typeof data.header === 'object') {
      if (!listedName) u.name = (data.header.name as string | undefined) ?? agencyName(data as Plan);
      const self = data.units?.[key];
      if (self && typeof self === 'object' && self.short) u.short = self.short;
      if (data.header.number !== undefined && data.header.number !== null) u.number = `${data.header.number}/${data.header.type ?? 'KH'}-${data.header.code}`;
      if (data.header.date !== undefined) u.date = dateText(data as Plan);
    }
  }
  if (!u.valid) {
    u.shortfalls.push('invalid');
    for (const f of own.list.filter((f) => f.severity === 'error')) findings.add(f);
    if (checked.text !== undefined) sources.set(u.plan, checked.text);
    return u;
  }
  if (u.awaiting > 0) u.shortfalls.push('unfinished');
  const stem = basename(u.plan, extname(u.plan));
  const docx = join(options.built, key, `${stem}.docx`);
  u.built = existsSync(docx) && statSync(docx).mtimeMs >= statSync(u.plan).mtimeMs;
  if (!u.built) u.shortfalls.push('not-built');

  const plan = checked.plan!;
  const recordFile = join(options.results, key, `${year}.yaml`);
  let results: Results = { plan: year };
  if (existsSync(recordFile)) {
    u.record = recordFile;
    const recordFindings = new Findings();
    const record = await checkResultsFile(recordFile, recordFindings, checked);
    if (!record.results) {
      u.shortfalls.push('record-invalid');
      for (const f of recordFindings.list.filter((f) => f.severity === 'error')) findings.add(f);
      if (record.text !== undefined) sources.set(recordFile, record.text);
      return u;
    }
    results = record.results;
  }
  // A month counts once it is over: the current one may still get its articles.
  const todayIndex = today.getUTCFullYear() * 12 + today.getUTCMonth();
  const target = postTarget(plan);
  if (target) u.perMonth = target.perMonth;
  for (let m = period.from; m <= period.to; m++) {
    const month = monthKey(period.year, m);
    const count = (results.posts ?? []).filter((p) => String(p.date).startsWith(month)).length;
    u.posts.push({ month, count });
    if (target && count < target.perMonth && period.year * 12 + m - 1 < todayIndex) u.postsShort.push(month);
  }
  if (u.postsShort.length) u.shortfalls.push('posts');
  u.late = activityStatuses(plan, results, { from: { year: period.year, month: period.from }, to: { year: period.year, month: period.to }, today })
    .filter((a) => a.state === 'late')
    .map((a) => (a.month ? `${a.ref} (T${a.month})` : a.ref));
  if (u.late.length) u.shortfalls.push('late');
  if (period.key.startsWith('q')) {
    const n = Number(period.key[1]);
    const file = join(options.built, key, `${year}-bao-cao-${quarter(year, n).slug}.docx`);
    const due = period.year * 12 + period.to <= todayIndex;
    u.report = { due, made: existsSync(file), file };
    if (due && !u.report.made) u.shortfalls.push('no-report');
  }
  return u;
}

function dateText(plan: Plan): string {
  const { year, month, day } = dateParts(plan);
  const pad = (n?: number) => (n === undefined ? '…' : String(n).padStart(2, '0'));
  return `${pad(day)}/${pad(month)}/${year}`;
}
