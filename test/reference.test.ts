// The reference document: templates/reference.docx is what scripts/gen-reference.mjs makes from the rules
// in nd30.ts, a build takes its styles and page headers from it (or from --reference-doc), and one that
// cannot serve stops the build with a message before anything is written.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { referenceDocx } from '../scripts/gen-reference.mjs';
import { cli, ROOT, workspace, shippedCopy } from './support/cli.js';
import { docxPart, docxParts, paragraphs } from './support/docx-reader.js';

const REFERENCE = join(ROOT, 'templates', 'reference.docx');
const parts = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

/** The committed reference document with some of its parts changed. */
function restyled(change: (parts: Record<string, string>) => void): Uint8Array {
  const edited = parts(readFileSync(REFERENCE));
  change(edited);
  return zipSync(Object.fromEntries(Object.entries(edited).map(([name, text]) => [name, strToU8(text)])));
}

describe('templates/reference.docx', () => {
  it('is what npm run gen:reference makes (run it after changing nd30.ts)', async () => {
    expect(parts(await referenceDocx())).toEqual(parts(readFileSync(REFERENCE)));
  });

  it('a build takes its styles and page headers from it', () => {
    const out = workspace({});
    expect(cli(['build', '2025', '--out', out, '--format', 'docx']).code).toBe(0);
    const reference = parts(readFileSync(REFERENCE));
    expect(docxPart(join(out, '2025.docx'), 'word/styles.xml')).toBe(reference['word/styles.xml']);
    for (const name of Object.keys(reference).filter((n) => n.startsWith('word/header'))) {
      expect(docxPart(join(out, '2025.docx'), name)).toBe(reference[name]);
    }
  });
});

describe('build --reference-doc', () => {
  it("a copy restyled in Word gives the document its styles, and the text stays the plan's", () => {
    // Body Text at 13 pt instead of 14: what an agency would change in Word's style dialog.
    const copy = restyled((p) => {
      p['word/styles.xml'] = p['word/styles.xml']!.replace(/(<w:style [^>]*w:styleId="BodyText"[\s\S]*?<w:sz w:val=")28(")/, '$126$2');
    });
    const dir = workspace({ 'my-styles.docx': copy });
    const run = cli(['build', '2025', '--out', join(dir, 'out'), '--reference-doc', join(dir, 'my-styles.docx')]);
    expect(run.code, run.stderr).toBe(0);
    const styles = docxPart(join(dir, 'out', '2025.docx'), 'word/styles.xml');
    expect(/<w:style [^>]*w:styleId="BodyText"[\s\S]*?<\/w:style>/.exec(styles)![0]).toContain('<w:sz w:val="26"/>');
    const plain = workspace({});
    expect(cli(['build', '2025', '--out', plain, '--format', 'docx']).code).toBe(0);
    const text = (file: string) => paragraphs(docxPart(file)).map((p) => p.text);
    expect(text(join(dir, 'out', '2025.docx'))).toEqual(text(join(plain, '2025.docx')));
  });

  it('a reference document without a style the plan needs stops the build, naming the style; nothing is written', () => {
    const copy = restyled((p) => {
      p['word/styles.xml'] = p['word/styles.xml']!.replace(/<w:style [^>]*w:styleId="TableText"[\s\S]*?<\/w:style>/, '');
    });
    const dir = workspace({ 'no-table-text.docx': copy });
    const run = cli(['build', join(shippedCopy(), 'plans', '2025.yaml'), '--out', join(dir, 'out'), '--reference-doc', 'no-table-text.docx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-table-text.docx thiếu các kiểu đoạn TableText');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'out', '2025.docx'))).toBe(false);
  });

  it('a file that is not a .docx, or is missing, is a usage error', () => {
    const dir = workspace({ 'styles.docx': 'plain text, not a zip' });
    const bad = cli(['build', join(shippedCopy(), 'plans', '2025.yaml'), '--out', 'out', '--reference-doc', 'styles.docx'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('styles.docx không phải văn bản Word (.docx)');
    const missing = cli(['build', join(shippedCopy(), 'plans', '2025.yaml'), '--out', 'out', '--reference-doc', 'none.docx'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('không đọc được none.docx: không có tệp hoặc thư mục');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('page layouts', () => {
  it('six appendices, alternating portrait and landscape, each get their own section', () => {
    const plan = readFileSync(join(ROOT, 'test/fixtures/minimal.yaml'), 'utf8');
    const wide = '      - kind: table\n        title: Bảng rộng\n        columns: [A, B, C, D, E]\n        rows: [[a, b, c, d, e]]\n';
    const narrow = '      - kind: table\n        title: Bảng hẹp\n        columns: [A, B]\n        rows: [[a, b]]\n';
    const appendices = Array.from({ length: 6 }, (_, i) => `  - title: Phụ lục số ${i + 1}\n    tables:\n${i % 2 ? wide : narrow}`).join('');
    const dir = workspace({ 'plans/2025.yaml': plan.replace(/\nappendices:\n[\s\S]*$/, `\nappendices:\n${appendices}`) });
    const run = cli(['build', '2025', '--format', 'docx'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const xml = docxPart(join(dir, 'out', '2025.docx'));
    const orientations = [...xml.matchAll(/<w:pgSz [^>]*w:orient="(\w+)"/g)].map((m) => m[1]);
    expect(orientations).toEqual(['portrait', 'portrait', 'landscape', 'portrait', 'landscape', 'portrait', 'landscape']);
    expect(docxParts(join(dir, 'out', '2025.docx'))).toContain('word/header1.xml');
  });
});

describe('the reference document, read once per change', () => {
  const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith('reference-')) : []);

  it('an unchanged reference is read from the cache: the same .docx, byte for byte, with and without it', () => {
    const cache = workspace({});
    const env = { CCHC_CACHE_DIR: join(cache, 'c') };
    const [first, second] = [workspace({}), workspace({})];
    expect(cli(['build', '2025', '--out', first, '--format', 'docx'], { env }).code).toBe(0);
    expect(entries(join(cache, 'c'))).toHaveLength(1);
    expect(cli(['build', '2025', '--out', second, '--format', 'docx'], { env }).code).toBe(0);
    expect(entries(join(cache, 'c'))).toHaveLength(1);
    expect(readFileSync(join(second, '2025.docx')).equals(readFileSync(join(first, '2025.docx')))).toBe(true);
    // A cache entry that cannot be read (cut short, say) is read from the document again and written anew.
    const entry = join(cache, 'c', entries(join(cache, 'c'))[0]!);
    writeFileSync(entry, '{"version":');
    const third = workspace({});
    expect(cli(['build', '2025', '--out', third, '--format', 'docx'], { env }).code).toBe(0);
    expect(readFileSync(join(third, '2025.docx')).equals(readFileSync(join(first, '2025.docx')))).toBe(true);
    expect(() => JSON.parse(readFileSync(entry, 'utf8'))).not.toThrow();
  });

  it('a restyled reference is read afresh, and its styles reach the document', () => {
    const cache = workspace({});
    const env = { CCHC_CACHE_DIR: join(cache, 'c') };
    const dir = workspace({ 'my-styles.docx': readFileSync(REFERENCE) });
    expect(cli(['build', '2025', '--out', join(dir, 'a'), '--reference-doc', join(dir, 'my-styles.docx')], { env }).code).toBe(0);
    // The agency restyles it in place, under the same name.
    writeFileSync(join(dir, 'my-styles.docx'), restyled((p) => {
      p['word/styles.xml'] = p['word/styles.xml']!.replace(/(<w:style [^>]*w:styleId="BodyText"[\s\S]*?<w:sz w:val=")28(")/, '$126$2');
    }));
    expect(cli(['build', '2025', '--out', join(dir, 'b'), '--reference-doc', join(dir, 'my-styles.docx')], { env }).code).toBe(0);
    expect(entries(join(cache, 'c'))).toHaveLength(2);
    const bodyText = (file: string) => /<w:style [^>]*w:styleId="BodyText"[\s\S]*?<\/w:style>/.exec(docxPart(file, 'word/styles.xml'))![0];
    expect(bodyText(join(dir, 'a', '2025.docx'))).toContain('<w:sz w:val="28"/>');
    expect(bodyText(join(dir, 'b', '2025.docx'))).toContain('<w:sz w:val="26"/>');
  });
});
