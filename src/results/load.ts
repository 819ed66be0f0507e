// The record a command works on, with its plan: results/YEAR.yaml (or a record file), checked; a year
// with no record yet reads as an empty record of plans/YEAR.yaml.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Findings } from '../diagnostics/finding.js';
import type { Lang } from '../diagnostics/messages.js';
import { reportToStderr } from '../diagnostics/report.js';
import { displayPath } from '../paths.js';
import { checkPlanFile } from '../plan/check.js';
import { planFile } from '../plan/files.js';
import type { Plan } from '../plan/types.generated.js';
import { checkResultsFile, resultsFile } from './check.js';
import type { Results } from './types.generated.js';
import { say } from '../i18n.js';

export interface LoadedRecord {
  file: string;
  exists: boolean;
  text?: string;
  results: Results;
  plan: Plan;
  planFile: string;
}

export const recordFile = (arg: string) => (/^\d{4}$/.test(arg) ? resultsFile(arg) : resolve(arg));

/** The record and its plan, or the exit code (2) after saying what is wrong. */
export async function loadRecord(arg: string, lang: Lang): Promise<LoadedRecord | number> {
  const file = recordFile(arg);
  const findings = new Findings();
  if (existsSync(file)) {
    const checked = await checkResultsFile(file, findings);
    if (!checked.results || !checked.plan) {
      reportToStderr(findings, file, checked.text, lang);
      const shown = displayPath(file);
      process.stderr.write(say(`cchc-plan: ${shown} có lỗi; hãy sửa trước (cchc-plan validate ${shown})\n`, `cchc-plan: ${shown} has errors; fix them (cchc-plan validate ${shown}) first\n`));
      return 2;
    }
    return { file, exists: true, text: checked.text, results: checked.results, plan: checked.plan, planFile: checked.planFile! };
  }
  if (!/^\d{4}$/.test(arg)) {
    process.stderr.write(say(`cchc-plan: không có tệp kết quả ${displayPath(file)}\n`, `cchc-plan: no record ${displayPath(file)}\n`));
    return 2;
  }
  const plan = planFile(arg);
  if (!existsSync(plan)) {
    process.stderr.write(say(
      `cchc-plan: không có kế hoạch ${displayPath(plan)} của năm ${arg}, cũng không có tệp kết quả ${displayPath(file)}\n`,
      `cchc-plan: no plan ${displayPath(plan)} for the year ${arg}, and no record ${displayPath(file)}\n`,
    ));
    return 2;
  }
  const checked = await checkPlanFile(plan, findings);
  if (!checked.plan) {
    reportToStderr(findings, plan, checked.text, lang);
    process.stderr.write(say(`cchc-plan: ${displayPath(plan)} có lỗi; hãy sửa trước (cchc-plan validate)\n`, `cchc-plan: ${displayPath(plan)} has errors; fix them (cchc-plan validate) first\n`));
    return 2;
  }
  return { file, exists: false, results: { plan: Number(arg) }, plan: checked.plan, planFile: plan };
}
