// What prose references can name, built from the plan: {{year}}, {{period}}, {{targets.key}},
// {{units.key}} (short name), {{units.key.name}}, {{header.place}} …, and {{quarter}} in a rota's task.
import type { Plan, Target, Unit } from './types.generated.js';
import { headerLines } from './view.js';

export interface Period {
  from: number;
  to: number;
}

export function periodOf(plan: Pick<Plan, 'period'>): Period {
  if (typeof plan.period === 'number') return { from: plan.period, to: plan.period };
  const [from, to] = plan.period.split(/\s*[-–]\s*/).map(Number) as [number, number];
  return { from, to };
}

export function formatPeriod(period: Period): string {
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

export interface UnitValue {
  key: string;
  name: string;
  short: string;
  toString(): string;
}

export function unitValue(key: string, unit: Unit): UnitValue {
  const name = typeof unit === 'string' ? unit : unit.name;
  const short = typeof unit === 'string' ? unit : (unit.short ?? unit.name);
  return { key, name, short, toString: () => short };
}

/** How a target reads in the text: 100%, 80, 04 số/tháng, 5 lớp. */
export function formatTarget(target: Target): string {
  if (typeof target !== 'object') return String(target);
  if (!target.unit) return String(target.value);
  return target.unit === '%' ? `${target.value}%` : `${target.value} ${target.unit}`;
}

export interface ProseContext {
  year: number;
  period: string;
  header: Record<string, unknown>;
  targets: Record<string, unknown>;
  units: Record<string, UnitValue>;
  quarter?: string;
}

export function proseContext(plan: Plan): ProseContext {
  const period = periodOf(plan);
  const targets: Record<string, unknown> = {};
  for (const [key, target] of Object.entries(plan.targets ?? {})) {
    targets[key] = typeof target === 'object' ? { ...target, toString: () => formatTarget(target) } : formatTarget(target);
  }
  const units: Record<string, UnitValue> = {};
  for (const [key, unit] of Object.entries(plan.units ?? {})) units[key] = unitValue(key, unit);
  // Header lines read as one line in a sentence: {{header.agency}}.
  const header = { ...plan.header, ...Object.fromEntries(Object.entries(headerLines(plan)).filter(([, l]) => l.length).map(([k, l]) => [k, l.join(' ')])) };
  // {{period}} as the author wrote it ("2026 - 2027", "2026–2027"), not as the tool would.
  return { year: period.from, period: String(plan.period).trim(), header, targets, units };
}

/** The names a reference may use, for `validate` to check against. */
/** The fields of a {value, unit, label} target that a reference may name. */
const TARGET_FIELDS = ['value', 'unit', 'label'];

export function referenceNames(plan: Plan, withQuarter: boolean): (path: string) => 'ok' | 'unknown-root' | 'unknown-target' | 'unknown-unit' | 'unknown-field' {
  const targetKeys = new Set(Object.keys(plan.targets ?? {}));
  const unitKeys = new Set(Object.keys(plan.units ?? {}));
  const headerKeys = new Set(['parent', 'agency', 'name', 'code', 'type', 'number', 'place', 'date']);
  return (path) => {
    const [root, key, field, ...rest] = path.split('.');
    if (rest.length > 0) return 'unknown-field';
    switch (root) {
      case 'year':
      case 'period':
        return key === undefined ? 'ok' : 'unknown-field';
      case 'quarter':
        return withQuarter && key === undefined ? 'ok' : 'unknown-root';
      case 'header':
        return key !== undefined && headerKeys.has(key) && field === undefined ? 'ok' : 'unknown-field';
      case 'targets': {
        if (key === undefined || !targetKeys.has(key)) return 'unknown-target';
        if (field === undefined) return 'ok';
        const target = plan.targets![key];
        // Only the fields a target declares: never what its prototype has (toString, constructor, __proto__).
        return typeof target === 'object' && TARGET_FIELDS.includes(field) && Object.hasOwn(target, field) ? 'ok' : 'unknown-field';
      }
      case 'units':
        if (key === undefined || !unitKeys.has(key)) return 'unknown-unit';
        return field === undefined || field === 'name' || field === 'short' ? 'ok' : 'unknown-field';
      default:
        return 'unknown-root';
    }
  };
}

export const UNIT_KEY = /^[a-z][a-z0-9_]*$/;
