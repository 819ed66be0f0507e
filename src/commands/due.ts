// `cchc-plan due [--month 2025-03] [--unit KEY]`: what each unit must publish this month, as the team lead
// reads it on the first of the month.
import dayjs from 'dayjs';
import 'dayjs/locale/vi.js';
import { Chalk } from 'chalk';
import type { Lang } from '../diagnostics/messages.js';
import { wantsColor } from '../diagnostics/report.js';
import { displayPath } from '../paths.js';
import { formatTarget } from '../plan/references.js';
import type { Plan } from '../plan/types.generated.js';
import { involves, planDuties, type Duty } from '../schedule/duties.js';
import { firstWorkingDay } from '../schedule/ics.js';
import { loadPlanArg } from './load.js';
import { say } from '../i18n.js';
import { isDay, isMonth, notADay, notAMonth, notAQuarter } from '../text/dates.js';

export interface DueOptions {
  month?: string;
  unit?: string;
  plan?: string;
  format: 'text' | 'json';
  lang: Lang;
}

interface UnitDuties {
  /** The unit's key, or none for a unit written out in the plan's text. */
  key?: string;
  name: string;
  duties: { role: 'lead' | 'with'; duty: Duty }[];
}

/** "Tháng 3 năm 2025": dayjs's Vietnamese month name, capitalised as a heading. */
export function monthTitle(year: number, month: number): string {
  const text = dayjs(new Date(year, month - 1, 1)).locale('vi').format('MMMM [năm] YYYY');
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

export async function due(options: DueOptions): Promise<number> {
  const when = options.month ?? dayjs().format('YYYY-MM');
  const m = /^(\d{4})-(\d{2})$/.exec(when);
  if (!m || !isMonth(when)) {
    process.stderr.write(notAMonth('--month', when, '2025-03'));
    return 2;
  }
  const [year, month] = [Number(m[1]), Number(m[2])];
  const loaded = await loadPlanArg(options.plan ?? String(year), options.lang, ['liệt kê việc đến hạn', 'listing its duties'], options.unit, options.plan ? undefined : say(`(kế hoạch của ${when}; ghi kế hoạch khác bằng --plan)`, `(the plan for ${when}; name another with --plan)`));
  if (typeof loaded === 'number') return loaded;
  const { plan, file } = loaded;

  const duties = planDuties(plan).duties.filter((d) => d.year === year && d.month === month);
  const groups = byUnit(duties, plan).filter((g) => !options.unit || g.key === options.unit);
  const monthly = Object.entries(plan.targets ?? {}).map(([key, t]) => ({ key, label: typeof t === 'object' && t.label ? t.label : key, value: formatTarget(t) })).filter((t) => /\/\s*tháng/.test(t.value));
  const title = monthTitle(year, month);
  const remind = firstWorkingDay(year, month).format('YYYY-MM-DD');

  if (options.format === 'json') {
    const json = {
      version: 1,
      month: when,
      title,
      plan: displayPath(file),
      units: groups.map((g) => ({
        ...(g.key && { key: g.key }),
        name: g.name,
        duties: g.duties.map(({ role, duty }) => ({ role, content: duty.content, ...(duty.form && { form: duty.form }), lead: duty.lead.text, ...(duty.with && { with: duty.with.text }), table: duty.table, uid: duty.uid })),
      })),
      monthly: monthly.map(({ key, label, value }) => ({ key, label, value })),
    };
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
    return 0;
  }
  const c = new Chalk({ level: wantsColor(process.stdout) ? 1 : 0 });
  const out = [`${c.bold(`Việc đến hạn ${title.charAt(0).toLocaleLowerCase('vi')}${title.slice(1)}`)} — ${displayPath(file)} (nhắc việc: ${dayjs(remind).format('DD/MM/YYYY')})`, ''];
  if (groups.length === 0) out.push(options.unit ? `Không có việc nào của ${options.unit} trong ${title.toLocaleLowerCase('vi')}.` : `Không có việc nào trong ${title.toLocaleLowerCase('vi')}.`, '');
  for (const g of groups) {
    out.push(c.bold(g.name.charAt(0).toLocaleUpperCase('vi') + g.name.slice(1)));
    for (const { role, duty } of g.duties) {
      const other = role === 'lead' ? (duty.with ? `phối hợp: ${duty.with.text}` : '') : `chủ trì: ${duty.lead.text}`;
      out.push(`  • ${role === 'lead' ? c.green('Chủ trì') : c.cyan('Phối hợp')}: ${duty.content}`);
      out.push(`    ${[duty.form, other].filter(Boolean).join(' · ')}`);
    }
    out.push('');
  }
  for (const t of monthly) out.push(`Hằng tháng: ${t.value}${t.label !== t.key ? ` — ${t.label}` : ''}`);
  process.stdout.write(out.join('\n').trimEnd() + '\n');
  return 0;
}

/** Each unit with its duties, lead before cooperating; units in the order the plan declares them. */
function byUnit(duties: Duty[], plan: Plan): UnitDuties[] {
  const order = Object.keys(plan.units ?? {});
  const groups = new Map<string, UnitDuties>();
  const add = (id: string, key: string | undefined, name: string, role: 'lead' | 'with', duty: Duty) => {
    const g = groups.get(id) ?? { ...(key && { key }), name, duties: [] };
    g.duties.push({ role, duty });
    groups.set(id, g);
  };
  for (const duty of duties) {
    for (const [role, cell] of [['lead', duty.lead], ['with', duty.with]] as const) {
      if (!cell) continue;
      if (cell.keys.length === 0) add(`text:${cell.text}`, undefined, cell.text, role, duty);
      for (const key of cell.keys) {
        if (involves(duty, key) !== role) continue;
        const unit = plan.units![key]!;
        add(key, key, typeof unit === 'string' ? unit : unit.name, role, duty);
      }
    }
  }
  const rank = (g: UnitDuties) => (g.key ? order.indexOf(g.key) : order.length);
  return [...groups.values()]
    .sort((a, b) => rank(a) - rank(b))
    .map((g) => ({ ...g, duties: g.duties.sort((x, y) => (x.role === y.role ? 0 : x.role === 'lead' ? -1 : 1)) }));
}
