// What report.hbs receives: the plan's header with the report's own number and date, and the period's
// results worked out from the record: the activities due with their results, the articles per unit and
// month, the plan's targets with what the record can count of them, the shortcomings and the next steps.
import { pad2 } from '../doc/numbering.js';
import { BLANK, templateContext } from '../doc/template-context.js';
import { formatTarget, proseContext } from '../plan/references.js';
import type { Plan } from '../plan/types.generated.js';
import { archiveLine, oneLine, proseLine } from '../plan/view.js';
import { activityStatuses, nextPeriod, postCounts, type ActivityStatus, type Period } from './status.js';
import type { Results } from './types.generated.js';

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function result(a: ActivityStatus): string {
  switch (a.state) {
    case 'done': return `Đã thực hiện ngày ${dmy(a.done!)}`;
    case 'not-done': return `Không thực hiện: ${a.reason}`;
    case 'late': return 'Chưa thực hiện (trễ hạn)';
    default: return 'Chưa có kết quả';
  }
}

/** A row's content without its final full stop, to be followed by "(unit, month)." */
const bare = (text: string) => text.replace(/\.$/, '');

const paragraphs = (value: string | string[] | undefined) => [value ?? []].flat().map(oneLine);

export interface ReportDate {
  year: number;
  month?: number;
  day?: number;
}

export function reportContext(plan: Plan, results: Results, period: Period, date: ReportDate, today: Date) {
  const planCtx = templateContext(plan);
  const ctx = proseContext(plan);
  const name = planCtx.header.name;
  const activities = activityStatuses(plan, results, { from: { year: period.year, month: period.from }, to: { year: period.year, month: period.to }, today });
  const posts = postCounts(plan, results, period);
  const next = nextPeriod(period);
  const upcoming = activityStatuses(plan, results, { from: { year: next.year, month: next.from }, to: { year: next.year, month: next.to }, today });
  const notes = results.notes?.[period.key as keyof NonNullable<Results['notes']>];
  const title = proseLine(plan.title, ctx);
  // "Tuyên truyền cải cách hành chính năm 2025" → "tuyên truyền cải cách hành chính", then the period.
  const topic = title.replace(/\s+(năm(\s+học)?|giai đoạn)\s+\d{4}(\s*[-–]\s*\d{4})?\s*$/u, '');
  const lowerTopic = topic.charAt(0).toLocaleLowerCase('vi') + topic.slice(1);
  const planRef = plan.header.number === null || plan.header.number === undefined || String(plan.header.number).trim() === ''
    ? `Kế hoạch ${lowerTopic} ${planCtx.period.replace(/^(\d{4})$/, 'năm $1')}`
    : `Kế hoạch số ${planCtx.header.number}/${planCtx.header.type}-${planCtx.header.code} ngày ${planCtx.header.day.trim() ? `${planCtx.header.day} tháng ${planCtx.header.month} năm ${planCtx.header.year}` : `… năm ${planCtx.header.year}`} về ${lowerTopic} ${planCtx.period.replace(/^(\d{4})$/, 'năm $1')}`;
  const done = activities.filter((a) => a.state === 'done').length;
  const months = Array.from({ length: period.to - period.from + 1 }, (_, i) => period.from + i);
  const targets = Object.entries(plan.targets ?? {}).map(([key, t]) => {
    const label = typeof t === 'object' && t.label ? t.label : posts.target?.key === key ? 'Tin, bài trên chuyên mục CCHC của mỗi đơn vị' : key;
    const counted = posts.target?.key === key
      ? `${posts.units.filter((u) => u.met).length}/${posts.units.length} đơn vị đạt mỗi tháng`
      : 'Chưa đếm được từ số liệu đã ghi';
    return { label, value: formatTarget(t), result: counted };
  });
  // The latest day of anything the report tells of: no report may be dated before it.
  const inPeriod = (date: string) => Number(date.slice(0, 4)) === period.year && Number(date.slice(5, 7)) >= period.from && Number(date.slice(5, 7)) <= period.to;
  const dated = [
    ...activities.filter((a) => a.done).map((a) => ({ date: a.done!, what: `${a.ref} (${bare(a.content)})` })),
    ...(results.posts ?? []).filter((p) => inPeriod(p.date)).map((p) => ({ date: p.date, what: `"${p.title}"` })),
  ];
  const latest = dated.reduce<(typeof dated)[number] | undefined>((a, b) => (!a || b.date > a.date ? b : a), undefined);
  const shortcomings = activities.filter((a) => a.state === 'late' || a.state === 'not-done')
    .map((a) => `${bare(a.content)} (${a.lead}, tháng ${a.month}): ${a.state === 'late' ? 'chưa thực hiện' : `không thực hiện, ${a.reason}`}.`);
  return {
    header: {
      ...planCtx.header,
      type: 'BC',
      number: BLANK,
      year: String(date.year),
      month: date.month === undefined ? BLANK : pad2(date.month, true),
      day: date.day === undefined ? BLANK : pad2(date.day, false),
    },
    subject: `Kết quả thực hiện Kế hoạch ${lowerTopic} ${period.label}`,
    preamble: `Thực hiện ${planRef} của ${name}, ${name} báo cáo kết quả thực hiện ${period.label} như sau:`,
    period: { label: period.label, next: next.label },
    activities: activities.map((a, i) => ({ number: i + 1, content: a.content, lead: a.lead, month: `${a.month}/${a.year}`, result: result(a), evidence: [a.evidence, a.note].filter(Boolean).join('; ') })),
    counts: { due: activities.length, done },
    posts: {
      target: posts.target?.text ?? null,
      months: months.map((m) => `Tháng ${m}`),
      units: posts.units.map((u) => ({ name: u.name, counts: u.counts.map(String), total: String(u.total), met: u.met === undefined ? '' : u.met ? 'Đạt' : 'Chưa đạt' })),
    },
    targets,
    shortcomings: { text: paragraphs(notes?.shortcomings), items: shortcomings },
    nextSteps: { text: paragraphs(notes?.next_steps), items: upcoming.map((a) => `${bare(a.content)} (${a.lead}, tháng ${a.month}).`) },
    closing: `Trên đây là báo cáo kết quả thực hiện Kế hoạch ${lowerTopic} ${period.label} của ${name}./.`,
    recipients: (results.report?.recipients ?? ['Sở Nội vụ (để báo cáo)']).map(oneLine),
    archive: results.report?.archive ? oneLine([results.report.archive].flat().join(', ')) : archiveLine(plan),
    signer: planCtx.signer,
    latest: latest ?? null,
  };
}

export type ReportContext = ReturnType<typeof reportContext>;
