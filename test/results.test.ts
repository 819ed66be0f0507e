// The year's record (results/YEAR.yaml) and what is made from it, run as a user would: validate finds
// its mistakes at their line and column, done and post add one entry and keep every other line, status
// says what is late (its JSON shape as the README documents it), report writes the quarter's report
// whose tables match the record entry by entry, in the plan's ND30 layout.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { appendEntry } from '../dist/results/edit.js';
import { cli, ROOT, workspace, shipped, copyShipped } from './support/cli.js';
import { docxPart, paragraphs, tables } from './support/docx-reader.js';
import { nd30Checks } from './support/nd30-checks.js';
import { officeAvailable, officeReason, pageCount, pageText, pdfOf, toPdf } from './support/office.js';

/** A fresh copy of the repository's plans and records, for commands that write. */
function project(): string {
  const dir = workspace({});
  copyShipped(dir, 'plans');
  copyShipped(dir, 'results');
  return dir;
}
const record = parse(shipped('results/2025.yaml'));

describe('validate checks records', () => {
  const dir = project();
  const check = (text: string) => {
    writeFileSync(join(dir, 'results', 'check.yaml'), text);
    return cli(['validate', 'results/check.yaml', '--format', 'json'], { cwd: dir });
  };
  const findings = (text: string) => JSON.parse(check(text).stdout).findings as { line: number; column: number; code: string; message: string; fix?: string }[];

  it('the example record is valid', () => {
    const run = cli(['validate', 'results/2025.yaml'], { cwd: dir });
    expect(run.code, run.stdout).toBe(0);
  });

  it('a record of a plan that does not exist', () => {
    const [f] = findings('plan: 2031\n');
    expect(f).toMatchObject({ line: 1, column: 7, code: 'results-plan-missing' });
    expect(f!.message).toContain('plans/2031.yaml');
  });

  it('a row that is not in the plan names the closest ones', () => {
    const [f] = findings('plan: 2025\nactivities:\n  - row: a1t1r13\n    done: 2025-01-02\n');
    expect(f).toMatchObject({ line: 3, column: 10, code: 'unknown-row' });
    expect(f!.fix).toMatch(/a1t1r1, a1t1r3|a1t1r3, a1t1r1|a1t1r1[0-2]/);
  });

  it('a date outside the period, a month the row is not planned for, a bad link, and a duplicate, each at its line:column', () => {
    const text = [
      'plan: 2025',
      'activities:',
      '  - { row: a1t1r1, done: 2024-12-30 }',
      '  - { row: a1t1r2, month: 5, done: 2025-05-02 }',
      '  - { row: a1t1r3, done: 2025-03-02, evidence: "https://sgddt .gov.vn/x" }',
      '  - { row: a1t1r4, done: 2025-04-02 }',
      '  - { row: a1t1r4, not_done: Trùng }',
      '  - { row: a1t1r5 }',
    ].join('\n') + '\n';
    const found = findings(text).map((f) => [f.code, f.line]);
    expect(found).toEqual(expect.arrayContaining([
      ['record-date-outside-period', 3], ['month-not-planned', 4], ['bad-url', 5], ['duplicate-entry', 7], ['entry-state', 8],
    ]));
    expect(check(text).code).toBe(1);
  });

  it('validate with no arguments checks the records with the plans', () => {
    const run = cli(['validate', '--format', 'json'], { cwd: project() });
    expect(JSON.parse(run.stdout).files.map((f: { file: string }) => f.file)).toContain('results/2025.yaml');
  });
});

describe('done and post', () => {
  /** The new text is the old one with a block of whole lines put in at one place. */
  function insertedBlock(before: string, after: string): string {
    let start = 0;
    while (start < before.length && before[start] === after[start]) start++;
    start = before.lastIndexOf('\n', start - 1) + 1;
    const tail = before.slice(start);
    expect(after.endsWith(tail)).toBe(true);
    expect(after.slice(0, start)).toBe(before.slice(0, start));
    return after.slice(start, after.length - tail.length);
  }

  it('done adds one entry and keeps every other line byte for byte', () => {
    const dir = project();
    const file = join(dir, 'results', '2025.yaml');
    const before = readFileSync(file, 'utf8');
    const run = cli(['done', '2025', 'a1t1r3', '--date', '2025-04-02', '--evidence', 'https://sgddt.soctrang.gov.vn/cchc/ket-qua-quy-1', '--note', 'Đăng muộn'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const block = insertedBlock(before, readFileSync(file, 'utf8'));
    expect(parse(block)).toEqual([{ row: 'a1t1r3', month: 3, done: '2025-04-02', evidence: 'https://sgddt.soctrang.gov.vn/cchc/ket-qua-quy-1', note: 'Đăng muộn' }]);
    expect(block.startsWith('  - row: a1t1r3\n')).toBe(true);
    const status = JSON.parse(cli(['status', '2025', '--quarter', '1', '--today', '2025-04-10', '--format', 'json'], { cwd: dir }).stdout);
    expect(status.activities.find((a: { ref: string }) => a.ref === 'a1t1r3').state).toBe('done');
  });

  it('post adds one article and keeps every other line byte for byte', () => {
    const dir = project();
    const file = join(dir, 'results', '2025.yaml');
    const before = readFileSync(file, 'utf8');
    const run = cli(['post', '2025', '--unit', 'udcntt', '--title', 'Bản tin CCHC tháng 2', '--url', 'https://sgddt.soctrang.gov.vn/cchc/ban-tin-thang-2', '--date', '2025-02-25'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const block = insertedBlock(before, readFileSync(file, 'utf8'));
    expect(parse(block)).toEqual([{ unit: 'udcntt', date: '2025-02-25', title: 'Bản tin CCHC tháng 2', url: 'https://sgddt.soctrang.gov.vn/cchc/ban-tin-thang-2' }]);
  });

  it('the first done of a year starts results/YEAR.yaml with its modeline', () => {
    const dir = project();
    const run = cli(['done', '2022', 'x'], { cwd: dir });
    expect(run.code).toBe(2); // 2022 has no appendix rows: nothing to name
    writeFileSync(join(dir, 'plans', '2026.yaml'), shipped('plans/2025.yaml').replace(/2025/g, '2026'));
    const first = cli(['done', '2026', 'a1t1r1', '--date', '2026-01-15', '--evidence', 'Công văn số 12/SGDĐT-TCCB'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    const text = readFileSync(join(dir, 'results', '2026.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=.*schemas\/results\.schema\.json\n/);
    expect(parse(text)).toEqual({ plan: 2026, activities: [{ row: 'a1t1r1', month: 1, done: '2026-01-15', evidence: 'Công văn số 12/SGDĐT-TCCB' }] });
    expect(cli(['validate', 'results/2026.yaml'], { cwd: dir }).code).toBe(0);
  });

  it('a row that is not in the plan is refused with the closest ids, and nothing is written', () => {
    const dir = project();
    const file = join(dir, 'results', '2025.yaml');
    const before = readFileSync(file);
    const run = cli(['done', '2025', 'a1t1r33'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/không có dòng 'a1t1r33'; gần nhất: a1t1r3, /);
    expect(readFileSync(file)).toEqual(before);
  });

  it('an entry that would break the record (recorded twice) is refused, the file byte-identical', () => {
    const dir = project();
    const file = join(dir, 'results', '2025.yaml');
    const before = readFileSync(file);
    const run = cli(['done', '2025', 'a1t1r1', '--date', '2025-01-30'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/duplicate-entry[\s\S]*đã được ghi ở dòng 9/);
    expect(run.stderr).toContain('mục mới (dòng ');
    expect(run.stderr).toContain('chưa có trong tệp) làm tệp kết quả không hợp lệ; tệp được giữ nguyên');
    expect(readFileSync(file)).toEqual(before);
  });

  it('a record whose YAML is already broken is left byte-identical', () => {
    const dir = project();
    const file = join(dir, 'results', '2025.yaml');
    writeFileSync(file, 'plan: 2025\nactivities:\n  - row: [a1t1r1\n');
    const before = readFileSync(file);
    const run = cli(['done', '2025', 'a1t1r2', '--date', '2025-02-02'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(readFileSync(file)).toEqual(before);
  });

  // In process: whatever a hand-edited record looks like (comments, blank lines, no final newline, an empty
  // or missing list), an entry goes in as a block of whole lines and everything else stays.
  it('appendEntry keeps every other line of any record it can edit', () => {
    const line = fc.constantFrom('# a comment', '', '  # indented comment', 'notes:\n  q1:\n    shortcomings: Chưa đạt');
    const list = fc.constantFrom('', 'activities:\n', 'activities: []\n', 'activities:\n  - row: a1t1r1\n    done: 2025-01-02\n', 'activities:\n    - row: a1t1r1 # note\n      done: 2025-01-02\n\n', 'activities:\n- row: a1t1r1\n  done: 2025-01-02');
    fc.assert(fc.property(fc.array(line, { maxLength: 3 }), list, fc.array(line, { maxLength: 3 }), fc.boolean(), (before, middle, after, newline) => {
      let text = ['plan: 2025', ...before, middle.replace(/\n$/, ''), ...after].filter((l, i, all) => !(l === '' && i === all.length - 1)).join('\n');
      if (newline) text += '\n';
      const entry = { row: 'a1t1r3', done: '2025-03-30' };
      const edited = appendEntry(text, 'activities', entry);
      if (edited === undefined) return;
      const doc = parseDocument(edited);
      expect(doc.errors).toEqual([]);
      expect((doc.toJS() as { activities: unknown[] }).activities.at(-1)).toEqual(entry);
      const kept = edited.split('\n');
      for (const l of text.split('\n').filter((l) => l !== '' && l !== 'activities: []')) expect(kept).toContain(l);
    }), { numRuns: 300, seed: 20261201 });
  });
});

describe('status', () => {
  it('--quarter 1 --format json: the documented shape, each activity as the record says', () => {
    const run = cli(['status', '2025', '--quarter', '1', '--today', '2025-04-10', '--format', 'json']);
    expect(run.code).toBe(1); // a1t1r3 is late
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['version', 'plan', 'record', 'period', 'today', 'summary', 'activities', 'posts']);
    expect(json).toMatchObject({ version: 1, plan: 'plans/2025.yaml', record: 'results/2025.yaml', period: { label: 'quý I năm 2025', from: '2025-01', to: '2025-03' }, today: '2025-04-10' });
    expect(json.summary).toEqual({ done: 3, notDone: 1, late: 1, coming: 0 });
    expect(json.activities.map((a: { ref: string; month: number; state: string }) => [a.ref, a.month, a.state])).toEqual([
      ['a1t1r1', 1, 'done'], ['a1t1r2', 2, 'done'], ['a1t2r1', 2, 'done'], ['a1t1r3', 3, 'late'], ['a1t2r1', 3, 'not-done'],
    ]);
    expect(json.activities[0]).toEqual({ ref: 'a1t1r1', year: 2025, month: 1, content: expect.stringContaining('Kết quả khảo sát'), lead: 'Phòng TCCB', table: expect.any(String), state: 'done', done: '2025-01-22', evidence: record.activities[0].evidence });
    expect(json.posts.target).toEqual({ key: 'posts', perMonth: 1, text: '01 tin, bài/tháng' });
    expect(json.posts.months).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(json.posts.units).toEqual([
      { key: 'tccb', name: 'Phòng TCCB', counts: [1, 1, 2], total: 4, met: true },
      { key: 'udcntt', name: 'Tổ UDCNTT-CĐS', counts: [1, 0, 1], total: 2, met: false },
      { key: 'vp', name: 'Văn phòng', counts: [1, 1, 1], total: 3, met: true },
    ]);
  });

  it('exits 0 when nothing is late, and lists a coming activity', () => {
    const run = cli(['status', '2025', '--month', '2025-02', '--today', '2025-02-10', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.summary).toEqual({ done: 3, notDone: 0, late: 0, coming: 0 });
    const march = JSON.parse(cli(['status', '2025', '--quarter', '1', '--today', '2025-03-10', '--format', 'json']).stdout);
    expect(march.activities.filter((a: { state: string }) => a.state === 'coming').map((a: { ref: string }) => a.ref)).toEqual(['a1t1r3']);
  });

  it('prints the state of each row in words, no colour when piped', () => {
    const run = cli(['status', '2025', '--quarter', '1', '--today', '2025-04-10', '--unit', 'tccb']);
    expect(run.stdout).toMatch(/trễ hạn\s+a1t1r3/);
    expect(run.stdout).not.toMatch(/\x1b\[/);
  });
});

describe('report --quarter 1', () => {
  const out = workspace({});
  const docx = join(out, '2025-bao-cao-quy-1.docx');
  beforeAll(() => {
    // Dated April with the day left blank: a draft for the signature, the same bytes on any day.
    const run = cli(['report', '2025', '--quarter', '1', '--date', '2025-04', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('2025-bao-cao-quy-1.docx');
  });

  it('its activities table matches the record entry by entry', () => {
    const [, activities] = tables(docxPart(docx));
    expect(activities![0]).toEqual(['STT', 'Nội dung', 'Đơn vị chủ trì', 'Tháng', 'Kết quả', 'Minh chứng']);
    const rows = activities!.slice(1);
    expect(rows.map((r) => [r[3], r[4], r[5]])).toEqual([
      ['1/2025', 'Đã thực hiện ngày 22/01/2025', record.activities[0].evidence],
      ['2/2025', 'Đã thực hiện ngày 18/02/2025', `${record.activities[1].evidence}; ${record.activities[1].note}`],
      ['2/2025', 'Đã thực hiện ngày 27/02/2025', record.activities[2].evidence],
      ['3/2025', 'Chưa thực hiện (trễ hạn)', ''],
      ['3/2025', `Không thực hiện: ${record.activities[3].not_done}`, ''],
    ]);
  });

  it('its articles table counts the record: each unit, each month, against the target', () => {
    const [, , posts] = tables(docxPart(docx));
    const count = (unit: string, month: number) => record.posts.filter((p: { unit: string; date: string }) => p.unit === unit && p.date.startsWith(`2025-0${month}`)).length;
    expect(posts![0]).toEqual(['Đơn vị', 'Tháng 1', 'Tháng 2', 'Tháng 3', 'Cộng', 'Đánh giá']);
    const byName: Record<string, string> = { 'Phòng TCCB': 'tccb', 'Tổ UDCNTT-CĐS': 'udcntt', 'Văn phòng': 'vp' };
    for (const row of posts!.slice(1)) {
      const unit = byName[row[0]!]!;
      expect(row.slice(1, 4)).toEqual([1, 2, 3].map((m) => String(count(unit, m))));
      expect(row[5]).toBe([1, 2, 3].every((m) => count(unit, m) >= 1) ? 'Đạt' : 'Chưa đạt');
    }
  });

  it('has the report header, subject, the record\'s own text and the plan\'s next activities', () => {
    const texts = paragraphs(docxPart(docx)).map((p) => p.text);
    expect(texts).toContain('BÁO CÁO');
    expect(texts).toContain('Kết quả thực hiện Kế hoạch tuyên truyền cải cách hành chính quý I năm 2025');
    expect(texts).toContain('Số:       /BC-SGDĐT');
    expect(texts).toContain('II. TỒN TẠI, HẠN CHẾ');
    expect(texts.join('\n')).toContain('Một số đơn vị chưa đăng đủ tin, bài hằng tháng');
    expect(texts).toContain('III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2025');
    expect(texts.join('\n')).toContain('- Toạ đàm CCHC gắn với nhiệm vụ chuyển đổi số (Trường THCS và THPT Long Hưng, tháng 6).');
  });

  nd30Checks('the Q1 report', () => docx, {
    headerCells: ['UBND TỈNH SÓC TRĂNG', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số:       /BC-SGDĐT', 'Sóc Trăng, ngày        tháng 4 năm 2025'],
    headings: ['I. KẾT QUẢ THỰC HIỆN', '1. Các hoạt động theo kế hoạch'],
    signature: ['GIÁM ĐỐC', 'Châu Tuấn Hồng', 'Sở Nội vụ (để báo cáo);'],
    dataTables: { heading: 'Kết quả', count: 2 },
  });

  it('is byte-identical run to run', () => {
    const again = workspace({});
    expect(cli(['report', '2025', '--quarter', '1', '--date', '2025-04', '--out', again]).code).toBe(0);
    const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
    expect(sha(join(again, '2025-bao-cao-quy-1.docx'))).toBe(sha(docx));
    expect(readFileSync(join(again, '2025-bao-cao-quy-1.md'), 'utf8')).toBe(readFileSync(join(out, '2025-bao-cao-quy-1.md'), 'utf8'));
  });

  it.skipIf(!officeAvailable)(`opens in LibreOffice: Quốc hiệu and agency on one line each, no number on page 1, "2" on page 2${officeAvailable ? '' : ` (skipped: ${officeReason})`}`, () => {
    toPdf([docx], out);
    const pdf = pdfOf(docx, out);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    const first = pageText(pdf, 1).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(first.some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
    expect(first.some((l) => l.includes('SỞ GIÁO DỤC VÀ ĐÀO TẠO'))).toBe(true);
    expect(first.at(-1)).not.toMatch(/^\d+$/);
    expect(pageText(pdf, 2).split('\n').map((l) => l.trim()).filter(Boolean)[0]).toBe('2');
    const last = pageText(pdf, pageCount(pdf));
    expect(last).toContain('Nơi nhận:');
    expect(last).toContain('Trên đây là báo cáo');
  }, 300_000);
});

describe('the report\'s date', () => {
  it('is today unless --date says otherwise, and never before what the report tells of', () => {
    const dir = project();
    const today = new Date().toISOString().slice(0, 10).split('-');
    const dated = cli(['report', '2025', '--quarter', '1'], { cwd: dir });
    expect(dated.code, dated.stderr).toBe(0);
    expect(paragraphs(docxPart(join(dir, 'out', '2025-bao-cao-quy-1.docx'))).map((p) => p.text)).toContain(`Sóc Trăng, ngày ${today[2]} tháng ${Number(today[1]) < 3 ? today[1] : String(Number(today[1]))} năm ${today[0]}`);
    // The record has an article of 28/03/2025: a report of 20/03 cannot tell of it.
    const early = join(dir, 'early');
    const refused = cli(['report', '2025', '--quarter', '1', '--date', '2025-03-20', '--out', early], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('báo cáo ghi ngày 20/03/2025 nhưng kể việc có ngày 28/03/2025');
    expect(refused.stderr).toContain('--date từ 2025-03-28');
    expect(existsSync(early)).toBe(false);
    expect(cli(['report', '2025', '--quarter', '1', '--date', '2025-02-30', '--out', early], { cwd: dir }).code).toBe(2);
  });
});

describe('report with nothing recorded', () => {
  it('is refused with a clear message, exit 1, unless --allow-empty', () => {
    const dir = project();
    writeFileSync(join(dir, 'plans', '2026.yaml'), shipped('plans/2025.yaml').replace(/2025/g, '2026'));
    const refused = cli(['report', '2026', '--quarter', '1'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/chưa ghi kết quả nào cho năm 2026[\s\S]*--allow-empty/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const empty = cli(['report', '2026', '--quarter', '1', '--allow-empty'], { cwd: dir });
    expect(empty.code, empty.stderr).toBe(0);
    const [, activities] = tables(docxPart(join(dir, 'out', '2026-bao-cao-quy-1.docx')));
    expect(activities!.slice(1).map((r) => r[4])).toEqual(Array(5).fill('Chưa thực hiện (trễ hạn)'));
  });
});

describe('calendar', () => {
  it('events of rows the record has as done say so', () => {
    const run = cli(['calendar', '2025', '--out', '-']);
    const events = run.stdout.replace(/\r\n /g, '').split('BEGIN:VEVENT').slice(1);
    const summary = (e: string) => /SUMMARY:(.*)/.exec(e)![1]!;
    const uid = (e: string) => /UID:(.*)/.exec(e)![1]!;
    const january = events.find((e) => uid(e).includes('a1t1-r1-m01'))!;
    expect(summary(january)).toMatch(/^\[Đã thực hiện\] Phòng TCCB: Kết quả khảo sát/);
    expect(january).toContain('Đã thực hiện ngày 22/01/2025');
    const late = events.find((e) => uid(e).includes('a1t1-r3-m03'))!;
    expect(summary(late)).toMatch(/^Phòng TCCB: /);
    expect(events.some((e) => summary(e).startsWith('[Không thực hiện]'))).toBe(true);
  });
});
