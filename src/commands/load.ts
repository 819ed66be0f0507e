// For commands that read a plan rather than check it: a plan with errors stops them, with validate's
// messages on stderr, so they never work from a half-understood plan.
import { Findings } from '../diagnostics/finding.js';
import type { Lang } from '../diagnostics/messages.js';
import { reportToStderr } from '../diagnostics/report.js';
import { displayPath } from '../paths.js';
import { checkPlanFile, type CheckedPlan } from '../plan/check.js';
import { resolvePlanArgs } from '../plan/files.js';
import type { Plan } from '../plan/types.generated.js';
import { unknownUnit } from './units.js';
import { usageFinding } from './usage.js';
import { say } from '../i18n.js';

export type ValidPlan = CheckedPlan & { plan: Plan; source: NonNullable<CheckedPlan['source']> };

/** `purpose` says what the command was about to do, in both languages: ['so sánh', 'comparing']. */
export async function loadValidPlan(file: string, lang: Lang, purpose: readonly [string, string]): Promise<ValidPlan | undefined> {
  const findings = new Findings();
  const checked = await checkPlanFile(file, findings);
  if (checked.plan && checked.source) return checked as ValidPlan;
  reportToStderr(findings, file, checked.text, lang);
  process.stderr.write(say(
    `cchc-plan: ${displayPath(file)} có lỗi; hãy sửa (cchc-plan validate) trước khi ${purpose[0]}\n`,
    `cchc-plan: ${displayPath(file)} has errors; fix them (cchc-plan validate) before ${purpose[1]}\n`,
  ));
  return undefined;
}

/**
 * One YEAR|FILE argument to a valid plan, with a unit key checked against it when one is asked for.
 * Returns the exit code instead when the plan is missing or has errors, or the unit is unknown.
 */
export async function loadPlanArg(arg: string, lang: Lang, purpose: readonly [string, string], unit?: string, hint?: string): Promise<ValidPlan | number> {
  const resolved = resolvePlanArgs([arg]);
  if (!resolved.ok) {
    process.stderr.write(usageFinding(resolved, lang) + (hint ? `  ${hint}\n` : ''));
    return 2;
  }
  const loaded = await loadValidPlan(resolved.files[0]!, lang, purpose);
  if (!loaded) return 2;
  if (unit && !loaded.plan.units?.[unit]) return unknownUnit(unit, loaded.plan);
  return loaded;
}
