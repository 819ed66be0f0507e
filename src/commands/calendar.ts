// `cchc-plan calendar YEAR|FILE [--unit KEY] [--out FILE.ics]`: the plan's monthly duties as iCalendar.
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { resultsFile } from '../results/check.js';
import { loadRecord } from '../results/load.js';
import { activityStatuses } from '../results/status.js';
import type { Lang } from '../diagnostics/messages.js';
import { displayPath } from '../paths.js';
import { agencyName, issueDate } from '../plan/view.js';
import { formatPeriod, periodOf } from '../plan/references.js';
import { involves, planDuties } from '../schedule/duties.js';
import { renderIcs } from '../schedule/ics.js';
import { makeFolder, writeAtomic } from '../writers/atomic.js';
import { loadPlanArg } from './load.js';
import { say, systemError } from '../i18n.js';

export interface CalendarOptions {
  unit?: string;
  out?: string;
  lang: Lang;
}

/**
 * What the year's record (results/NAME.yaml, NAME the plan file's) says of each duty, when there is a
 * valid record of this plan: done events say so.
 */
async function outcomes(planFile: string, lang: Lang): Promise<Map<string, { done: boolean; text: string }> | undefined> {
  const record = resultsFile(basename(planFile, extname(planFile)));
  if (!existsSync(record)) return undefined;
  const loaded = await loadRecord(record, lang);
  if (typeof loaded === 'number' || resolve(loaded.planFile) !== resolve(planFile)) return undefined;
  const statuses = activityStatuses(loaded.plan, loaded.results, { to: { year: 9999, month: 12 }, today: new Date(0) });
  const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return new Map(statuses.filter((s) => s.state === 'done' || s.state === 'not-done').map((s) => [s.duty.uid, s.state === 'done'
    ? { done: true, text: `Đã thực hiện ngày ${dmy(s.done!)}${s.evidence ? ` — ${s.evidence}` : ''}` }
    : { done: false, text: `Không thực hiện: ${s.reason}` }]));
}

export async function calendar(arg: string, options: CalendarOptions): Promise<number> {
  const loaded = await loadPlanArg(arg, options.lang, ['lập lịch', 'making its calendar'], options.unit);
  if (typeof loaded === 'number') return loaded;
  const { plan, file } = loaded;

  const { duties, unscheduled } = planDuties(plan);
  const mine = options.unit ? duties.filter((d) => involves(d, options.unit!)) : duties;
  const unitName = options.unit ? plan.units![options.unit]! : undefined;
  const name = `Kế hoạch tuyên truyền CCHC ${formatPeriod(periodOf(plan))} — ${plan.header.name ?? agencyName(plan)}${unitName ? ` — ${typeof unitName === 'string' ? unitName : (unitName.short ?? unitName.name)}` : ''}`;
  const ics = renderIcs(mine, { name, stamp: issueDate(plan), outcomes: await outcomes(file, options.lang) });

  const stem = basename(file, extname(file));
  const out = options.out ?? join('out', `${stem}${options.unit ? `-${options.unit}` : ''}.ics`);
  if (out === '-') {
    process.stdout.write(ics);
  } else {
    try {
      makeFolder(dirname(resolve(out)));
      writeAtomic(resolve(out), ics);
    } catch (error) {
      process.stderr.write(say(`cchc-plan: không ghi được ${out}: ${systemError(error)}\n`, `cchc-plan: cannot write ${out}: ${systemError(error)}\n`));
      return 2;
    }
    process.stdout.write(`${displayPath(resolve(out))}: ${mine.length} sự kiện\n`);
  }
  for (const u of unscheduled) {
    if (!options.unit) {
      process.stderr.write(say(
        `cchc-plan: không đưa vào lịch (không có tháng): "${u.content}" — ${u.when || 'không ghi thời gian'}\n`,
        `cchc-plan: not on the calendar (no month): "${u.content}" — ${u.when || 'no time given'}\n`,
      ));
    }
  }
  return 0;
}
