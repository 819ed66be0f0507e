// The rules of Nghị định 30/2020/NĐ-CP that `lint` checks, as data: one file per rule under rules/nd30/,
// each with the clause it comes from, its severity and its numbers, checked against rules/rule.schema.json
// when the package is built. The numbers the writers use live beside them in format.ts; a test holds each
// of those inside the range its rule allows.
import RULES from './rules.generated.js';

export interface Words {
  vi: string;
  en: string;
}

export interface RuleData {
  id: string;
  clause: string;
  severity: 'error' | 'warning';
  /** Checked only on the laid-out page (lint --render). */
  render?: boolean;
  title: Words;
  checks: Words;
  fix: Words;
  params?: Record<string, unknown>;
}

export const rules: RuleData[] = RULES;

export function rule(id: string): RuleData {
  const found = rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id} in rules/nd30/`);
  return found;
}

/** A [low, high] range of a rule's params, in the unit its name gives. */
export function range(id: string, name: string): [number, number] {
  const value = rule(id).params?.[name];
  if (!Array.isArray(value) || value.length !== 2) throw new Error(`rule ${id} has no range ${name}`);
  return [Number(value[0]), Number(value[1])];
}
