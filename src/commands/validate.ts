// `cchc-plan validate [YEAR|FILE ...] | --all [DIR]`: check plans, print findings; exit 0 clean, 1 errors,
// 2 usage. With --all, every plan under DIR, spread over worker threads when there are many.
import { Findings } from '../diagnostics/finding.js';
import type { Lang } from '../diagnostics/messages.js';
import { renderReport, wantsColor, type Format } from '../diagnostics/report.js';
import { displayPath } from '../paths.js';
import { checkPlanFile } from '../plan/check.js';
import { isResultsFile, isUnitsFile } from '../plan/files.js';
import { planList } from './plan-list.js';

export interface ValidateOptions {
  format: Format;
  lang: Lang;
  all?: string | boolean;
}

export async function validate(args: string[], options: ValidateOptions): Promise<number> {
  const list = planList(args, options.all, options.lang);
  if (typeof list === 'number') return list;
  const findings = new Findings();
  const sources = new Map<string, string>();
  if (list.baseDir) {
    const { runAll, progressBar } = await import('../batch/run.js');
    const bar = process.stderr.isTTY && !process.env.CI ? progressBar(process.stderr, displayPath) : undefined;
    for (const result of await runAll(list.files, { kind: 'validate' }, bar)) {
      for (const f of result.findings) findings.add(f);
      if (result.text !== undefined && result.findings.length > 0) sources.set(result.file, result.text);
    }
  } else {
    // A record's checker (and the schedule it reads) is loaded only when a record is among the files.
    for (const file of list.files) {
      const checked = isResultsFile(file)
        ? await (await import('../results/check.js')).checkResultsFile(file, findings)
        : isUnitsFile(file)
          ? (await import('../units/read.js')).readUnitsFile(file, findings)
          : await checkPlanFile(file, findings);
      if (checked.text !== undefined) sources.set(file, checked.text);
    }
  }
  process.stdout.write(
    renderReport(findings, { format: options.format, lang: options.lang, color: wantsColor(process.stdout), sources, files: list.files }),
  );
  return findings.errors > 0 ? 1 : 0;
}
