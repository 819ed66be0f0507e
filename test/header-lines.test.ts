// Any agency's header: a People's Committee with no parent line, and long names broken where the author
// chose, each line a paragraph of its own in the .docx, in bold for the issuing agency; a line too wide
// for its column is a warning that says how to break it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, workspace } from './support/cli.js';
import { docxPart } from './support/docx-reader.js';

const BASE = readFileSync(join(ROOT, 'test/fixtures/minimal.yaml'), 'utf8');
const withHeader = (lines: string) => BASE.replace('  parent: UBND HUYỆN MỸ XUYÊN\n  agency: TRƯỜNG THCS MỸ XUYÊN\n', lines);

/** The first header cell's paragraphs, each with its text and whether it is bold. */
function agencyCell(docx: string): { text: string; bold: boolean }[] {
  const xml = docxPart(docx);
  const cell = /<w:tc>([\s\S]*?)<\/w:tc>/.exec(xml)![1]!;
  return [...cell.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)]
    .map((p) => ({ text: [...p[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''), bold: p[1]!.includes('<w:b/>') }))
    .filter((p) => p.text !== '');
}

function build(plan: string) {
  const dir = workspace({ 'plans/2025.yaml': plan });
  const run = cli(['build', '2025'], { cwd: dir });
  return { dir, run, docx: join(dir, 'out', '2025.docx'), md: join(dir, 'out', '2025.md') };
}

describe('header lines', () => {
  it("a People's Committee: no parent, two bold lines", () => {
    const { run, docx, md } = build(withHeader('  agency: [ỦY BAN NHÂN DÂN, HUYỆN PHÚ TÂN]\n'));
    expect(run.code, run.stderr).toBe(0);
    expect(agencyCell(docx)).toEqual([{ text: 'ỦY BAN NHÂN DÂN', bold: true }, { text: 'HUYỆN PHÚ TÂN', bold: true }]);
    expect(readFileSync(md, 'utf8').split('\n').slice(0, 3)).toEqual(['**ỦY BAN NHÂN DÂN**  ', '**HUYỆN PHÚ TÂN**  ', 'Số: 05/KH-THCSMX']);
  });

  it('a school: the parent and the school name each on the lines the author chose', () => {
    const { run, docx } = build(withHeader('  parent: [SỞ GIÁO DỤC VÀ ĐÀO TẠO, TỈNH BẠC LIÊU]\n  agency: [TRƯỜNG THPT CHUYÊN, NGUYỄN THỊ MINH KHAI]\n'));
    expect(run.code, run.stderr).toBe(0);
    expect(agencyCell(docx)).toEqual([
      { text: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', bold: false }, { text: 'TỈNH BẠC LIÊU', bold: false },
      { text: 'TRƯỜNG THPT CHUYÊN', bold: true }, { text: 'NGUYỄN THỊ MINH KHAI', bold: true },
    ]);
  });

  it('a line too wide for its column is a warning at it, with a break between words that keeps the name whole; broken so it is not', () => {
    const wide = withHeader('  parent: SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẠC LIÊU\n  agency: TRƯỜNG THPT CHUYÊN NGUYỄN THỊ MINH KHAI\n');
    const dir = workspace({ 'plans/2025.yaml': wide });
    const run = cli(['validate', '2025', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const findings = (JSON.parse(run.stdout) as { findings: { code: string; line: number; message: string; fix: string }[] }).findings.filter((f) => f.code === 'header-line-too-wide');
    expect(findings.map((f) => f.line)).toEqual([3, 4]);
    expect(findings[1]!.message).toMatch(/TRƯỜNG THPT CHUYÊN NGUYỄN THỊ MINH KHAI" rộng khoảng \d+ mm, cột tên cơ quan chỉ có \d+ mm/);
    expect(findings[0]!.fix).toContain('parent: [SỞ GIÁO DỤC VÀ ĐÀO TẠO, TỈNH BẠC LIÊU]');
    expect(findings[1]!.fix).toContain('agency: [TRƯỜNG THPT CHUYÊN, NGUYỄN THỊ MINH KHAI]');
    const split = withHeader('  parent: [SỞ GIÁO DỤC VÀ ĐÀO TẠO, TỈNH BẠC LIÊU]\n  agency: [TRƯỜNG THPT CHUYÊN, NGUYỄN THỊ MINH KHAI]\n');
    const again = cli(['validate', '2025', '--format', 'json'], { cwd: workspace({ 'plans/2025.yaml': split }) });
    expect(JSON.parse(again.stdout).findings.filter((f: { code: string }) => f.code === 'header-line-too-wide')).toEqual([]);
  });

  it('a plan written for the one-line header still validates, and {{header.agency}} reads as one line', () => {
    const plan = withHeader('  parent: UBND HUYỆN MỸ XUYÊN\n  agency: [TRƯỜNG THCS, MỸ XUYÊN]\n').replace('- Phấn đấu {{targets.trained}} giáo viên được tập huấn.', '- "{{header.agency}} phấn đấu {{targets.trained}}"');
    const { run, md } = build(plan);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(md, 'utf8')).toContain('- TRƯỜNG THCS MỸ XUYÊN phấn đấu 100%');
  });

  it('diff reports a changed line break, and the redline shows it', () => {
    const dir = workspace({ 'old.yaml': BASE, 'new.yaml': withHeader('  parent: UBND HUYỆN MỸ XUYÊN\n  agency: [TRƯỜNG THCS, MỸ XUYÊN]\n') });
    const run = cli(['diff', 'old.yaml', 'new.yaml', '--format', 'json', '--docx', 'redline.docx'], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(JSON.parse(run.stdout).changes).toContainEqual({ kind: 'changed', path: ['Phần đầu', 'Cơ quan ban hành'], old: 'TRƯỜNG THCS MỸ XUYÊN', new: 'TRƯỜNG THCS / MỸ XUYÊN' });
    const cell = /<w:tc>([\s\S]*?)<\/w:tc>/.exec(docxPart(join(dir, 'redline.docx')))![1]!;
    expect(cell).toContain('<w:ins ');
    expect(cell).toContain('<w:del ');
  });
});
