// What import does with files that are not plans (one message, exit 1, nothing written) and with valid
// but odd Word documents (merged and nested tables, text boxes, fields, tracked changes: never a crash).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import officeCrypto from 'officecrypto-tool';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ImportError, importDocx, planYaml, readsBackAs } from '../dist/import/index.js';
import { checkPlanBytes } from '../dist/plan/check.js';
import { Findings } from '../dist/diagnostics/finding.js';
import { cli, ROOT, workspace, shippedCopy } from './support/cli.js';
import { officeAvailable, officeReason } from './support/office.js';

const dir = workspace({});
const built = join(dir, 'built', '2025.docx');
beforeAll(() => {
  const run = cli(['build', join(shippedCopy(), 'plans', '2025.yaml'), '--out', join(dir, 'built'), '--format', 'docx']);
  expect(run.code, run.stderr).toBe(0);
});

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const minimalDocx = (body: string | Uint8Array) =>
  zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), '_rels/.rels': strToU8(RELS), 'word/document.xml': typeof body === 'string' ? strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`) : body }, { level: 9 });

/** Runs import on the bytes; it must refuse them with one message and write nothing. */
function refused(file: string, bytes: Uint8Array | string, pattern: RegExp) {
  const path = join(dir, file);
  writeFileSync(path, bytes);
  const out = join(dir, `${file}.yaml`);
  const run = cli(['import', path, '--out', out]);
  expect(run.code, run.stderr).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at |internal error|lỗi bên trong/);
  expect(run.stderr.trim().split('\n')).toHaveLength(3); // the problem, how to fix it, nothing written
  expect(existsSync(out)).toBe(false);
  return run.stderr;
}

describe('files that are not plans', () => {
  it('a text file renamed .docx', () => refused('notes.docx', 'Kế hoạch năm nay\n', /không phải gói zip/));
  it('a PDF', () => refused('plan.pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', /tệp PDF.*\n.*\.docx/));
  it('an encrypted .docx', () => refused('locked.docx', officeCrypto.encrypt(readFileSync(built), { password: 'matkhau' }), /đặt mật khẩu.*\n.*bỏ mật khẩu/));
  it('a zip that is an OpenDocument file', () => refused('plan.odt', zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }), /OpenDocument.*\n.*soffice --headless --convert-to docx/));
  it('a zip that is not a Word document', () => refused('book.docx', zipSync({ '[Content_Types].xml': strToU8('<Types><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>') }), /không phải văn bản Word \(có vẻ là tệp Excel\)/));
  it('a damaged zip', () => refused('broken.docx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 7)]), /bị hỏng/));
  it('a zip bomb: a part that inflates past 50 MB', () => {
    const bomb = minimalDocx(new Uint8Array(60 * 1024 * 1024).fill(32));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    refused('bomb.docx', bomb, /word\/document\.xml \(60 MB\)/);
  });
  it('a Word document with no plan in it says what it looked for', () => {
    refused('minutes.docx', minimalDocx('<w:p><w:r><w:t>BIÊN BẢN HỌP</w:t></w:r></w:p><w:p><w:r><w:t>Hôm nay, ngày 05 tháng 01 năm 2025 …</w:t></w:r></w:p>'), /không thấy dòng loại văn bản \("KẾ HOẠCH"\).*\n.*"Nơi nhận:"/);
  });
  it('in English with --lang en', () => {
    writeFileSync(join(dir, 'notes.txt.docx'), 'hello');
    const run = cli(['import', join(dir, 'notes.txt.docx'), '--lang', 'en', '--out', join(dir, 'en.yaml')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not a Word document \(\.docx\): it is not a zip package/);
  });
  it('a missing file is a usage error', () => {
    const run = cli(['import', join(dir, 'nowhere.docx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không có tệp hoặc thư mục');
    expect(run.stderr).not.toContain('ENOENT');
  });
  it.skipIf(!officeAvailable)(`an old binary .doc says how to convert it${officeAvailable ? '' : ` (skipped: ${officeReason})`}`, () => {
    const profile = workspace({});
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'doc:MS Word 97', '--outdir', join(dir, 'doc'), built], { encoding: 'utf8', timeout: 300_000 });
    expect(run.status, run.stderr).toBe(0);
    refused('old.doc', readFileSync(join(dir, 'doc', '2025.doc')), /tệp Word cũ \(\.doc\).*\n.*soffice --headless --convert-to docx ".*old\.doc"/);
  }, 300_000);
});

// ---- valid but odd documents --------------------------------------------------------------------------

const ODD = {
  tracked: `<w:p><w:r><w:t xml:space="preserve">- Giữ </w:t></w:r><w:ins w:id="901" w:author="A" w:date="2025-01-02T00:00:00Z"><w:r><w:t>chữ mới</w:t></w:r></w:ins><w:del w:id="902" w:author="A" w:date="2025-01-02T00:00:00Z"><w:r><w:delText>chữ cũ</w:delText></w:r></w:del><w:r><w:rPr><w:b/><w:rPrChange w:id="903" w:author="A" w:date="2025-01-02T00:00:00Z"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t xml:space="preserve"> ở đây;</w:t></w:r></w:p>`,
  field: '<w:p><w:r><w:t xml:space="preserve">- Xem trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> của kế hoạch;</w:t></w:r></w:p>',
  textBox: '<w:p><w:r><w:t>- Có khung chữ;</w:t></w:r><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:t>Chữ trong khung</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>',
  tables: '<w:tbl><w:tblGrid/></w:tbl>'
    + '<w:tbl><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'
    + '<w:tr><w:tc><w:p><w:r><w:t>Cột A</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Cột B và C</w:t></w:r></w:p></w:tc></w:tr>'
    + '<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Gộp dọc</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b1</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Bảng lồng</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr>'
    + '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>b2</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>c2</w:t></w:r></w:p></w:tc></w:tr>'
    + '<w:tr><w:trPr><w:del w:id="904" w:author="A" w:date="2025-01-02T00:00:00Z"/></w:trPr><w:tc><w:p><w:r><w:t>dòng đã xóa</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
};

/** The built 2025 plan with `xml` put after the paragraph that holds `after`. */
function oddDocx(xml: string, after = 'Đẩy mạnh ứng dụng công nghệ thông tin'): Uint8Array {
  const parts = unzipSync(readFileSync(built));
  const document = strFromU8(parts['word/document.xml']!);
  const at = document.indexOf('</w:p>', document.indexOf(after)) + '</w:p>'.length;
  parts['word/document.xml'] = strToU8(document.slice(0, at) + xml + document.slice(at));
  return zipSync(parts);
}

describe('valid but odd documents', () => {
  it('are read as if every tracked change were accepted, fields by their result, text boxes after their anchor, odd tables as tables', () => {
    const file = join(dir, 'odd.docx');
    writeFileSync(file, oddDocx(ODD.tracked + ODD.field + ODD.textBox + ODD.tables));
    const out = join(dir, 'odd.yaml');
    const run = cli(['import', file, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('chấp nhận tất cả');
    expect(run.stdout).toContain('khung chữ');
    const text = readFileSync(out, 'utf8');
    const plan = parse(text);
    const items: string[] = plan.sections[0].parts[0].items.map((i: string | { text: string }) => (typeof i === 'string' ? i : i.text));
    expect(items).toContain('Giữ chữ mới **ở đây;**'); // bold now; the italic it had before the change is gone
    expect(text).not.toContain('chữ cũ');
    expect(items).toContain('Xem trang 3 của kế hoạch;');
    expect(text).not.toContain('PAGE');
    expect(text).toContain('Chữ trong khung');
    const table = plan.sections[0].parts[0].closing.find((e: unknown) => typeof e === 'object').table;
    expect(table.columns).toEqual(['Cột A', 'Cột B và C', '']);
    // A cell merged down gives its text to the row it covers, as a reader reads the table.
    expect(table.rows).toEqual([['Gộp dọc', 'b1', 'Bảng lồng'], ['Gộp dọc', 'b2', 'c2']]);
    const check = cli(['validate', out]);
    expect(check.code, check.stdout).toBe(0);
  });

  // Well-formed fragments put anywhere between elements: whatever the shape, the import either reads a
  // plan that validates or refuses the file with ImportError, and never throws anything else.
  it('never crash the import, whatever well-formed fragments they hold and wherever', () => {
    const pieces = [...Object.values(ODD), '<w:p/>', '<w:tbl/>', '<w:tbl><w:tr/></w:tbl>', '<w:p><w:pPr><w:numPr><w:ilvl w:val="8"/><w:numId w:val="77"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>',
      '<w:p><w:r><w:br/><w:t>Nơi nhận:</w:t></w:r></w:p>', '<w:p><w:r><w:t>PHỤ LỤC</w:t></w:r></w:p>', '<w:p><w:r><w:t>I. </w:t></w:r></w:p>', '<w:p><w:r><w:t>a) b</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>+ c</w:t></w:r></w:p>', '<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>', '<w:sdt><w:sdtContent><w:p><w:r><w:t>- sdt</w:t></w:r></w:p></w:sdtContent></w:sdt>',
      // Line breaks (Shift+Enter) of every kind, inside headings, items and sentences.
      '<w:p><w:r><w:t>KẾ HOẠCH</w:t><w:br/><w:t>Tuyên truyền</w:t></w:r></w:p>', '<w:p><w:r><w:t>- một ý;</w:t><w:cr/><w:t>- ý khác</w:t><w:br w:type="textWrapping"/><w:t>nối tiếp câu</w:t></w:r></w:p>',
      '<w:p><w:r><w:br/><w:br/><w:t>PHÓ GIÁM ĐỐC</w:t><w:br/><w:br/><w:t>Nguyễn Văn A</w:t><w:br/></w:r></w:p>', '<w:p><w:r><w:t>Trang sau</w:t><w:br w:type="page"/></w:r></w:p>',
      '<w:p><w:pPr><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:pPr></w:p>',
      // Merged cells: down (vMerge) and across (gridSpan), in a table the shape of an assignment table.
      '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>' + ['Nội dung', 'Hình thức', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'].map((h) => `<w:tc><w:p><w:r><w:t>${h}</w:t></w:r></w:p></w:tc>`).join('') + '</w:tr>'
        + '<w:tr><w:tc><w:p><w:r><w:t>1. A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Web</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Phòng TCCB</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Tháng 1 năm 2025</w:t></w:r></w:p></w:tc></w:tr>'
        + '<w:tr><w:tc><w:p><w:r><w:t>2. B</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>Tháng 2 năm 2025</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      // Decomposed Unicode (Unikey's "tổ hợp"): a heading, a type line, a letter split from its mark over two runs.
      `<w:p><w:r><w:t>${'KẾ HOẠCH'.normalize('NFD')}</w:t></w:r></w:p>`, `<w:p><w:r><w:t>${'II. NỘI DUNG TUYÊN TRUYỀN'.normalize('NFD')}</w:t></w:r></w:p>`,
      '<w:p><w:r><w:t>- Tuye</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>\u0302\u0300n truyền</w:t></w:r></w:p>',
      // Blocks typed with tab stops, and a tab after a number.
      '<w:p><w:r><w:t>ỦY BAN NHÂN DÂN</w:t><w:tab/><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p>', '<w:p><w:r><w:t>Nơi nhận:</w:t><w:tab/><w:tab/><w:t>KT. GIÁM ĐỐC</w:t></w:r></w:p>',
      '<w:p><w:r><w:tab/><w:tab/><w:t>Nguyễn Văn B</w:t></w:r></w:p>', '<w:p><w:r><w:t>II.</w:t><w:tab/><w:t>KINH PHÍ</w:t></w:r></w:p>',
      // A paragraph deleted under Track Changes, numbered, with and without text left.
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="910" w:author="A" w:date="2025-01-02T00:00:00Z"/></w:rPr></w:pPr><w:del w:id="911" w:author="A" w:date="2025-01-02T00:00:00Z"><w:r><w:delText>đã xóa</w:delText></w:r></w:del></w:p>',
      '<w:p><w:pPr><w:rPr><w:del w:id="912" w:author="A" w:date="2025-01-02T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t>còn lại </w:t></w:r></w:p>'];
    const document = strFromU8(unzipSync(readFileSync(built))['word/document.xml']!);
    const boundaries = [...document.matchAll(/<\/w:(?:p|tbl|tc|tr)>/g)].map((m) => m.index! + m[0].length);
    const parts = unzipSync(readFileSync(built));
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...boundaries), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 6 }), (inserts) => {
      let xml = document;
      for (const [at, piece] of [...inserts].sort((a, b) => b[0] - a[0])) xml = xml.slice(0, at) + piece + xml.slice(at);
      const bytes = zipSync({ ...parts, 'word/document.xml': strToU8(xml) });
      let recognised;
      try {
        recognised = importDocx(bytes);
      } catch (error) {
        if (error instanceof ImportError) return;
        throw error;
      }
      const text = planYaml(recognised.plan, recognised.notes.list, { schema: 'plan.schema.json', source: 'x.docx' });
      const checked = checkPlanBytes('x.yaml', strToU8(text), new Findings());
      expect(checked.source && readsBackAs(checked.source.data, recognised.plan)).toBe(true);
    }), { numRuns: Number(process.env.IMPORT_RUNS ?? 400), seed: Number(process.env.IMPORT_SEED ?? 20261201) });
  }, 300_000);
});
