// The reference document a .docx takes its package from, as with pandoc's --reference-doc: styles,
// settings, fonts, page-number headers, theme and content types. templates/reference.docx is made from
// the rules in nd30.ts (scripts/gen-reference.mjs); an agency may restyle a copy in Word and build with
// --reference-doc. The writer (docx.ts) writes word/document.xml and docProps/core.xml itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { displayPath, packageRoot } from '../paths.js';
import { compress, type Compressed } from './zip.js';
import { cachedReference } from './reference-cache.js';
import { say, systemError } from '../i18n.js';

export const defaultReference = () => join(packageRoot(), 'templates', 'reference.docx');

/** The paragraph styles docx.ts names; a reference document must define each, by this style id. */
export const REQUIRED_STYLES = ['BodyText', 'Heading1', 'Heading2', 'Heading3', 'TableText', 'TableTitle'];

/** The parts every document writes for itself. */
const OWN_PARTS = new Set(['word/document.xml', 'docProps/core.xml']);

/** A reference document that cannot serve: the build stops with this message, naming the file. */
export class ReferenceError extends Error {}

export interface Reference {
  /** Every part but OWN_PARTS, compressed once a process. */
  parts: [name: string, part: Compressed][];
  /** Relationship ids of the page headers every section uses: "default" from page 2, "first" on page 1. */
  headers: { default: string; first?: string };
}

/** The elements of a part with these names, in document order, with their attributes. */
function elements(xml: string, names: Set<string>): { name: string; attributes: Record<string, string> }[] {
  const found: { name: string; attributes: Record<string, string> }[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (names.has(tag.name)) found.push({ name: tag.name, attributes: tag.attributes as Record<string, string> });
  });
  parser.write(xml).close();
  return found;
}

const loaded = new Map<string, Reference>();

export function loadReference(file = defaultReference()): Reference {
  let reference = loaded.get(file);
  if (!reference) {
    reference = readReference(file);
    loaded.set(file, reference);
  }
  return reference;
}

function readReference(path: string): Reference {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new ReferenceError(say(`không đọc được ${displayPath(path)}: ${systemError(code)}`, `cannot read ${displayPath(path)}: ${systemError(code)}`));
  }
  return cachedReference(bytes, () => unpack(path, bytes));
}

/** The parts and header ids of a reference document's bytes, checked to be one a plan can use. */
function unpack(path: string, bytes: Uint8Array): Reference {
  const file = displayPath(path);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    // A file system error has a code such as ENOENT; fflate's errors have numeric codes.
    const code = (error as { code?: unknown }).code;
    throw new ReferenceError(typeof code === 'string'
      ? say(`không đọc được ${file}: ${systemError(code)}`, `cannot read ${file}: ${systemError(code)}`)
      : say(`${file} không phải văn bản Word (.docx): ${(error as Error).message}`, `${file} is not a Word document (.docx): ${(error as Error).message}`));
  }
  /** The elements of a part named in `names`; a part missing or not XML means no Word document. */
  const part = (name: string, names: string[]) => {
    const data = files[name];
    if (!data) throw new ReferenceError(say(`${file} không phải văn bản Word (.docx): thiếu phần ${name}`, `${file} is not a Word document (.docx): it has no ${name}`));
    try {
      return elements(Buffer.from(data).toString('utf8'), new Set(names));
    } catch (error) {
      throw new ReferenceError(say(`${file} không phải văn bản Word (.docx): ${name}: ${(error as Error).message}`, `${file} is not a Word document (.docx): ${name}: ${(error as Error).message}`));
    }
  };
  const ids = new Set(part('word/styles.xml', ['w:style']).map((style) => style.attributes['w:styleId']));
  const missing = REQUIRED_STYLES.filter((id) => !ids.has(id));
  if (missing.length > 0) {
    throw new ReferenceError(say(
      `${file} thiếu các kiểu đoạn ${missing.join(', ')} mà các đoạn của kế hoạch dùng. `
        + 'Hãy sửa kiểu chữ trên một bản sao của templates/reference.docx trong Word, thay vì bắt đầu từ văn bản khác, và giữ các kiểu đó.',
      `${file} lacks the paragraph styles ${missing.join(', ')} that a plan's paragraphs use. `
        + 'Restyle a copy of templates/reference.docx in Word instead of starting from another document, and keep those styles.',
    ));
  }
  const headerIds = new Set(part('word/_rels/document.xml.rels', ['Relationship'])
    .filter((r) => r.attributes.Type?.endsWith('/header'))
    .map((r) => r.attributes.Id));
  // The headers of the last section: those after the last w:sectPr that opens (the body's own).
  const sections = part('word/document.xml', ['w:sectPr', 'w:headerReference']);
  const last = sections.slice(sections.map((e) => e.name).lastIndexOf('w:sectPr') + 1);
  const header = (type: string) => last.find((h) => h.attributes['w:type'] === type && headerIds.has(h.attributes['r:id']!))?.attributes['r:id'];
  const pageNumbers = header('default');
  if (!pageNumbers) {
    throw new ReferenceError(say(
      `${file} không có đầu trang cho các trang: Nghị định 30 đánh số trang từ trang thứ hai. `
        + 'Hãy giữ đầu trang có số trang như trong templates/reference.docx.',
      `${file} has no page header for its pages: ND30 numbers the pages from the second. `
        + 'Keep the header with the page number that templates/reference.docx has.',
    ));
  }
  const first = header('first');
  part('[Content_Types].xml', []);
  return {
    parts: Object.keys(files).filter((name) => !OWN_PARTS.has(name) && !name.endsWith('/')).map((name) => [name, compress(files[name]!, 6)]),
    headers: { default: pageNumbers, ...(first && { first }) },
  };
}
