// cchc-plan import, run as a user would: every plan in the repo survives build → import → build word for
// word; plans made by other tools (LibreOffice with automatic numbering, pandoc from Markdown, a typed plan
// with tabs, line breaks and non-breaking spaces) import and build back with at least 99% of their words,
// read by LibreOffice's own text export; and files that are not plans are refused with one message.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, ROOT, workspace, shippedCopy, SHIPPED } from './support/cli.js';
import { docxPart, paragraphs } from './support/docx-reader.js';
import { officeAvailable, officeReason } from './support/office.js';
import { words, wordsKept } from './support/words.js';

const PLANS = [
  'plans/2022.yaml',
  'plans/2025.yaml',
  // A unit's plan as derive writes it and the unit completes it.
  'plans/units/longhung/2025.yaml',
  ...SHIPPED.filter((f) => f.startsWith('plans/examples/')),
];
/** The output's name: the plan's, with a unit's folder before it (plans/units/longhung/2025.yaml → longhung-2025). */
const name = (plan: string) => (plan.startsWith('plans/units/') ? `${plan.split('/')[2]}-` : '') + basename(plan, '.yaml');
const documentText = (docx: string) => paragraphs(docxPart(docx)).map((p) => p.text).join('\n');
const findings = (file: string) => {
  const run = cli(['validate', file, '--format', 'json']);
  return (JSON.parse(run.stdout).findings as { severity: string; code: string }[]).map((f) => `${f.severity} ${f.code}`).sort();
};

describe('round trip: build, import the .docx, build again', () => {
  const dir = workspace({});
  beforeAll(() => {
    const units = PLANS.filter((p) => p.startsWith('plans/units/'));
    const run = cli(['build', ...PLANS.filter((p) => !units.includes(p)), '--out', join(dir, 'first'), '--format', 'docx']);
    expect(run.code, run.stderr).toBe(0);
    // A unit's plan is also 2025.yaml: built on its own, then named after its folder too.
    for (const plan of units) {
      const unit = cli(['build', plan, '--out', join(dir, 'unit'), '--format', 'docx']);
      expect(unit.code, unit.stderr).toBe(0);
      copyFileSync(join(dir, 'unit', `${basename(plan, '.yaml')}.docx`), join(dir, 'first', `${name(plan)}.docx`));
    }
  });

  it('covers every plan in plans/ and plans/examples/', () => {
    expect(PLANS.length).toBeGreaterThanOrEqual(5);
  });

  for (const plan of PLANS) {
    it(`${plan}: the second build has the same words as the first, and the imported plan validates as cleanly`, () => {
      const imported = join(dir, `${name(plan)}.yaml`);
      const run = cli(['import', join(dir, 'first', `${name(plan)}.docx`), '--out', imported]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('Đã nhận ra:');
      const again = cli(['build', imported, '--out', join(dir, 'second'), '--format', 'docx']);
      expect(again.code, again.stderr).toBe(0);
      const first = documentText(join(dir, 'first', `${name(plan)}.docx`));
      const second = documentText(join(dir, 'second', `${name(plan)}.docx`));
      expect(words(second)).toEqual(words(first));
      expect(second).toBe(first);
      const before = findings(join(ROOT, plan));
      const after = findings(imported);
      expect(after.filter((f) => f.startsWith('error'))).toEqual([]);
      for (const warning of after) expect(before, `a warning the original does not have: ${warning}`).toContain(warning);
    });
  }

  it('writes YAML a person can read: modeline, key order, folded prose, no review items for its own documents', () => {
    const text = readFileSync(join(dir, '2025.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/plan\.schema\.json$/);
    const keys = Object.keys(parse(text));
    expect(keys).toEqual(['header', 'period', 'title', 'preamble', 'units', 'sections', 'closing', 'signer', 'recipients', 'archive', 'appendices']);
    expect(text).toMatch(/preamble:\n {2}- >-\n/);
    expect(text).not.toContain('Xem lại:');
  });
});

const hasPandoc = spawnSync('sh', ['-c', 'command -v pandoc']).status === 0;
if (process.env.CI === 'true' && !hasPandoc) throw new Error('CI=true but pandoc is not installed: .ci/run should have installed it');

/** A source file turned into .docx by LibreOffice, in its own profile. */
function soffice(args: string[], cwd: string): void {
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${join(cwd, 'profile')}`, '--headless', ...args], { cwd, encoding: 'utf8', timeout: 300_000 });
  expect(run.status, run.stderr).toBe(0);
}

/** The text of each .docx as LibreOffice reads it, list numbers and bullets included. */
function officeText(files: string[], cwd: string): string[] {
  const out = join(cwd, `txt-${basename(files[0]!)}`);
  soffice(['--convert-to', 'txt:Text (encoded):UTF8', '--outdir', out, ...files], cwd);
  return files.map((f) => readFileSync(join(out, basename(f).replace(/\.docx$/, '.txt')), 'utf8'));
}

describe.skipIf(!officeAvailable || !hasPandoc)('plans made by other tools', () => {
  const dir = workspace({});
  const fixture = (f: string) => join(ROOT, 'test', 'fixtures', 'import', f);
  const made: Record<string, string> = {};
  beforeAll(() => {
    copyFileSync(fixture('phong-gddt-libreoffice.html'), join(dir, 'phong-gddt-libreoffice.html'));
    soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', 'phong-gddt-libreoffice.html'], dir);
    copyFileSync(fixture('ubnd-xa-typed.fodt'), join(dir, 'ubnd-xa-typed.fodt'));
    soffice(['--convert-to', 'docx:MS Word 2007 XML', 'ubnd-xa-typed.fodt'], dir);
    const pandoc = spawnSync('pandoc', [fixture('truong-thcs-pandoc.md'), '-o', join(dir, 'truong-thcs-pandoc.docx')], { encoding: 'utf8' });
    expect(pandoc.status, pandoc.stderr).toBe(0);
    for (const f of ['phong-gddt-libreoffice', 'ubnd-xa-typed', 'truong-thcs-pandoc']) made[f] = join(dir, `${f}.docx`);
  }, 600_000);

  const imported = (source: string) => {
    const out = join(dir, `${source}.yaml`);
    const run = cli(['import', made[source]!, '--out', out, '--force']);
    expect(run.code, run.stderr).toBe(0);
    expect(findings(out).filter((f) => f.startsWith('error'))).toEqual([]);
    const build = cli(['build', out, '--out', join(dir, 'built'), '--format', 'docx']);
    expect(build.code, build.stderr).toBe(0);
    const [original, rebuilt] = officeText([made[source]!, join(dir, 'built', `${source}.docx`)], dir);
    return { plan: parse(readFileSync(out, 'utf8')), kept: wordsKept(original!, rebuilt!) };
  };
  const SLOW = 300_000;

  it('LibreOffice with automatic numbering, bullets, a header table and a signature table: 99% of the words, the structure read from numbering.xml', () => {
    const numbering = docxPart(made['phong-gddt-libreoffice']!, 'word/numbering.xml');
    expect(numbering).toContain('upperRoman');
    const { plan, kept } = imported('phong-gddt-libreoffice');
    expect(kept).toBeGreaterThanOrEqual(0.99);
    expect(plan.sections.map((s: { title: string }) => s.title)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN', 'CHỈ TIÊU', 'TỔ CHỨC THỰC HIỆN']);
    expect(plan.sections[0].parts.map((p: { title: string }) => p.title)).toEqual(['Mục đích', 'Yêu cầu']);
    expect(plan.sections[0].parts[0].items).toHaveLength(2);
    expect(plan.sections[2].text[0].table.columns).toEqual(['STT', 'Nội dung', 'Chỉ tiêu']);
    expect(plan.header).toMatchObject({ parent: 'UBND HUYỆN CÙ LAO DUNG', agency: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', code: 'PGDĐT', number: '07', date: '2026-01-08' });
    expect(plan.signer).toEqual({ authority: 'KT. TRƯỞNG PHÒNG', title: 'PHÓ TRƯỞNG PHÒNG', name: 'Trần Văn Bình' });
    expect(plan.appendices[0].tables[0].kind).toBe('assignments');
    expect(plan.appendices[0].tables[0].rows[2]).toMatchObject({ lead: expect.any(String), month: [5, 6] });
    expect(plan.appendices[0].tables[0].rows[3].when).toBe('Thường xuyên');
  }, SLOW);

  it('pandoc from Markdown, headings as Heading styles and no header table: 99% of the words', () => {
    const { plan, kept } = imported('truong-thcs-pandoc');
    expect(kept).toBeGreaterThanOrEqual(0.99);
    expect(plan.period).toBe('2025-2026');
    expect(plan.sections).toHaveLength(3);
    expect(plan.sections[1].parts[0].items[0].items).toHaveLength(2);
    expect(plan.sections[0].parts[1].text).toContain('*nội dung ngắn gọn, dễ hiểu*');
    expect(plan.signer).toEqual({ title: 'HIỆU TRƯỞNG', name: 'Nguyễn Văn Hậu' });
    expect(plan.recipients).toEqual(['Phòng GDĐT (để báo cáo)', 'Ban Giám hiệu']);
  }, SLOW);

  it('typed numbers with a tab, manual line breaks and non-breaking spaces: 99% of the words', () => {
    const { plan, kept } = imported('ubnd-xa-typed');
    expect(kept).toBeGreaterThanOrEqual(0.99);
    expect(plan.header.parent).toBeUndefined();
    expect(plan.header.agency).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ ĐẠI ÂN 2']);
    expect(plan.sections[0].parts[0].items).toEqual(['Nâng cao nhận thức của cán bộ, công chức và Nhân dân về cải cách hành chính;', 'Phấn đấu 100% cán bộ, công chức xã được phổ biến các văn bản mới về CCHC.']);
    expect(plan.sections[0].parts[1]).toEqual({ title: 'Yêu cầu', text: 'Tuyên truyền thường xuyên, đúng đối tượng, bằng nhiều hình thức phù hợp với điều kiện của xã.' });
    expect(plan.sections[1].parts[1].parts).toHaveLength(2);
    expect(plan.signer.authority).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH']);
  }, SLOW);
});

describe('the output file', () => {
  it('goes to plans/<year>.yaml, is replaced only with --force, and the summary can be JSON', () => {
    const dir = workspace({});
    const built = cli(['build', join(shippedCopy(), 'plans', '2025.yaml'), '--out', dir, '--format', 'docx']);
    expect(built.code, built.stderr).toBe(0);
    const first = cli(['import', join(dir, '2025.docx')], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    const target = join(dir, 'plans', '2025.yaml');
    expect(existsSync(target)).toBe(true);
    writeFileSync(target, '# mine\n');
    const again = cli(['import', join(dir, '2025.docx')], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(target, 'utf8')).toBe('# mine\n');
    const forced = cli(['import', join(dir, '2025.docx'), '--force', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    const summary = JSON.parse(forced.stdout);
    expect(summary).toMatchObject({ file: 'plans/2025.yaml', fields: { sections: 5, parts: 10, recipients: { count: 3 } }, units: 9, review: [] });
    expect(summary.fields.appendices[0].tables.map((t: { rows: number }) => t.rows)).toEqual([12, 4]);
    expect(readFileSync(target, 'utf8')).toContain('header:');
  });
});
