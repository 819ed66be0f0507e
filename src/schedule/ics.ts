// The plan's duties as an iCalendar file (RFC 5545): one all-day event per duty spanning its month, with a
// reminder at 08:00 on the month's first working day (Monday–Friday; public holidays are not known).
import dayjs from 'dayjs';
import type { Duty } from './duties.js';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in text. */
function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded, never inside a UTF-8 character. */
function fold(line: string): string {
  const bytes = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = bytes.encode(ch).length;
    if (size + n > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const date = (d: dayjs.Dayjs) => d.format('YYYYMMDD');

export function firstWorkingDay(year: number, month: number): dayjs.Dayjs {
  let day = dayjs(new Date(Date.UTC(year, month - 1, 1, 12)));
  while (day.day() === 0 || day.day() === 6) day = day.add(1, 'day');
  return day;
}

export interface CalendarInfo {
  name: string;
  /** What the record says of a duty, by UID: "Đã thực hiện ngày 22/01/2025 — https://…". */
  outcomes?: Map<string, { done: boolean; text: string }>;
  /** When the calendar was made, for DTSTAMP: the plan's date, so the same plan gives the same file. */
  stamp: Date;
}

export function renderIcs(duties: Duty[], info: CalendarInfo): string {
  const stamp = info.stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//cchc-plan//Kế hoạch tuyên truyền CCHC//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escape(info.name)}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
  ];
  for (const duty of duties) {
    const start = dayjs(new Date(Date.UTC(duty.year, duty.month - 1, 1, 12)));
    const remind = firstWorkingDay(duty.year, duty.month).diff(start, 'day');
    const outcome = info.outcomes?.get(duty.uid);
    const description = [
      outcome?.text,
      duty.form && `Hình thức: ${duty.form}`,
      `Đơn vị chủ trì: ${duty.lead.text}`,
      duty.with && `Đơn vị phối hợp: ${duty.with.text}`,
      `Bảng: ${duty.table}`,
    ].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${duty.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${date(start)}`,
      `DTEND;VALUE=DATE:${date(start.add(1, 'month'))}`,
      `SUMMARY:${escape(`${outcome ? (outcome.done ? '[Đã thực hiện] ' : '[Không thực hiện] ') : ''}${duty.lead.text}: ${duty.content}`)}`,
      `DESCRIPTION:${escape(description)}`,
      `CATEGORIES:${escape('CCHC')}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escape(duty.content)}`,
      `TRIGGER;RELATED=START:P${remind > 0 ? `${remind}D` : ''}T8H`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
