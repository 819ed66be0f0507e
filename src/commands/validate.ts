// `cchc-plan validate [YEAR|FILE ...]`: check plans, print findings; exit 0 clean, 1 errors, 2 usage.
import { Findings } from '../diagnostics/finding.js';
import type { Lang } from '../diagnostics/messages.js';
import { renderReport, wantsColor, type Format } from '../diagnostics/report.js';
import { checkPlanFile } from '../plan/check.js';
import { resolvePlanArgs } from '../plan/files.js';
import { usageFinding } from './usage.js';

export interface ValidateOptions {
  format: Format;
  lang: Lang;
}

export async function validate(args: string[], options: ValidateOptions): Promise<number> {
  const resolved = resolvePlanArgs(args);
  if (!resolved.ok) {
    process.stderr.write(usageFinding(resolved, options.lang));
    return 2;
  }
  const findings = new Findings();
  const sources = new Map<string, string>();
  for (const file of resolved.files) {
    const checked = await checkPlanFile(file, findings);
    if (checked.text !== undefined) sources.set(file, checked.text);
  }
  process.stdout.write(
    renderReport(findings, { format: options.format, lang: options.lang, color: wantsColor(process.stdout), sources, files: resolved.files }),
  );
  return findings.errors > 0 ? 1 : 0;
}
