// One plan file through every check: readable text, YAML, the schema, then the rules. Later stages run
// only when the earlier ones pass, so a user sees the first real problem, not its echoes.
import { readFileSync } from 'node:fs';
import { Findings } from '../diagnostics/finding.js';
import { checkRules } from './rules.js';
import { checkSchema } from './schema.js';
import { normalizeText, parsePlanText, type PlanSource } from './source.js';
import type { Plan } from './types.generated.js';

export interface CheckedPlan {
  file: string;
  /** The normalised text, for code frames; absent when the file could not be read as text. */
  text?: string;
  source?: PlanSource;
  /** The plan, when it has no errors. */
  plan?: Plan;
}

export async function checkPlanFile(file: string, findings: Findings): Promise<CheckedPlan> {
  const bytes = readFound(file, findings);
  return bytes === undefined ? { file } : checkPlanBytes(file, bytes, findings);
}

/** A plan or record file's bytes, or an 'unreadable' finding. */
export function readFound(file: string, findings: Findings): Buffer | undefined {
  try {
    // Read at once: a plan is small, and a thread-pool round trip costs more than the read.
    return readFileSync(file);
  } catch (error) {
    findings.add({ file, line: 1, column: 1, severity: 'error', code: 'unreadable', params: { detail: (error as NodeJS.ErrnoException).code ?? String(error) } });
    return undefined;
  }
}

export function checkPlanBytes(file: string, bytes: Uint8Array, findings: Findings): CheckedPlan {
  const before = findings.errors;
  const source = parsePlanText(file, bytes, findings);
  if (!source) return { file, text: safeText(bytes) };
  if (!checkSchema(source, findings)) return { file, text: source.text, source };
  checkRules(source, findings);
  return { file, text: source.text, source, plan: findings.errors === before ? source.data : undefined };
}

function safeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  return normalizeText(new TextDecoder().decode(bytes));
}
