// What the import recognised, field by field, for a person to check at a glance against the document:
// the header's lines, number, place and date, the subject, the signer, the recipients, the body's size
// and each appendix table with its rows. `import` prints it, as text or as JSON.
import type { Plan } from '../plan/types.generated.js';
import { archiveLine, lineList } from '../plan/view.js';

export interface RecognisedFields {
  parent: string[];
  agency: string[];
  /** "05", or null while the number is blank. */
  number: string | null;
  type: string;
  code: string;
  place: string;
  /** As the plan holds it: 2025-01-05, 2025-01 (no day) or 2025. */
  date: string;
  subject: string;
  signer: { authority: string[]; title: string; name: string | null } | null;
  recipients: { count: number; first: string | null; last: string | null };
  archive: string;
  sections: number;
  parts: number;
  appendices: { title: string; tables: { title: string | null; kind: string; rows: number }[] }[];
}

export function fieldsOf(plan: Plan): RecognisedFields {
  const { header } = plan;
  const recipients = plan.recipients ?? [];
  return {
    parent: lineList(header.parent),
    agency: lineList(header.agency),
    number: header.number === null || header.number === undefined ? null : String(header.number),
    type: header.type ?? 'KH',
    code: header.code,
    place: header.place,
    date: String(header.date),
    subject: plan.title,
    signer: plan.signer ? { authority: lineList(plan.signer.authority), title: plan.signer.title, name: plan.signer.name ?? null } : null,
    recipients: { count: recipients.length, first: recipients[0] ?? null, last: recipients.at(-1) ?? null },
    archive: archiveLine(plan),
    sections: plan.sections.length,
    parts: plan.sections.reduce((n, s) => n + (s.parts?.length ?? 0), 0),
    appendices: (plan.appendices ?? []).map((a) => ({
      title: a.title,
      tables: a.tables.map((t) => ({ title: t.title ?? null, kind: t.kind ?? 'assignments', rows: t.rows.length })),
    })),
  };
}

/** The fields as lines of "label  value", in the reader's language. */
export function fieldLines(f: RecognisedFields, lang: 'vi' | 'en'): [string, string][] {
  const vi = lang === 'vi';
  const none = vi ? '(không có)' : '(none)';
  const signer = f.signer ? [...f.signer.authority, f.signer.title, f.signer.name ?? (vi ? '(chưa có tên)' : '(no name)')].join(' / ') : none;
  const recipients = f.recipients.count === 0 ? none : `${f.recipients.count}: ${f.recipients.first}${f.recipients.count > 1 ? ` … ${f.recipients.last}` : ''}`;
  const lines: [string, string][] = [
    [vi ? 'cơ quan chủ quản' : 'parent agency', f.parent.join(' / ') || none],
    [vi ? 'cơ quan ban hành' : 'issuing agency', f.agency.join(' / ')],
    [vi ? 'số, ký hiệu' : 'number', `Số: ${f.number ?? ''}/${f.type}-${f.code}`],
    [vi ? 'địa danh, ngày' : 'place, date', `${f.place}, ${f.date}`],
    [vi ? 'trích yếu' : 'subject', f.subject],
    [vi ? 'thân' : 'body', vi ? `${f.sections} mục, ${f.parts} tiểu mục` : `${f.sections} sections, ${f.parts} parts`],
    [vi ? 'người ký' : 'signer', signer],
    [vi ? 'nơi nhận' : 'recipients', recipients],
    [vi ? 'lưu' : 'archive', f.archive],
  ];
  if (f.appendices.length === 0) lines.push([vi ? 'phụ lục' : 'appendices', none]);
  f.appendices.forEach((a, i) => {
    const tables = a.tables.map((t) => `${t.title ? `"${t.title}"` : vi ? 'bảng không tên' : 'untitled table'} (${t.kind}, ${t.rows} ${vi ? 'dòng' : 'rows'})`);
    lines.push([`${vi ? 'phụ lục' : 'appendix'} ${i + 1}`, `${a.title}: ${tables.join('; ')}`]);
  });
  return lines;
}
