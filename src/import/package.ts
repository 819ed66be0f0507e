// Opens a .docx for import: tells a Word document from the files people mistake for one (an old .doc, a
// password-protected .docx, a PDF, an OpenDocument file), and unzips only the parts the import reads, each
// under a size limit, so a zip bomb is refused before it is inflated.
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/** No part of a plan comes near this; a part declared larger is refused unread. */
export const PART_LIMIT = 50 * 1024 * 1024;

export type PackageProblem =
  | 'pdf' | 'old-doc' | 'encrypted' | 'rtf' | 'odt' | 'not-zip' | 'damaged-zip' | 'not-word' | 'too-large' | 'bad-xml';

/** Why a file cannot be imported; `detail` names the part or what the file looks like. */
export class ImportError extends Error {
  constructor(readonly problem: PackageProblem | 'no-plan', readonly detail = '') {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
  }
}

/** The XML parts the import and lint read: the main document, its styles, numbering, theme and page headers. */
export interface WordPackage {
  document: string;
  styles?: string;
  numbering?: string;
  theme?: string;
  /** The page headers, by their relationship id in the document (what w:headerReference names). */
  headers: Record<string, string>;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** An OLE compound file holds an encrypted .docx in a stream named "EncryptedPackage" (MS-OFFCRYPTO). */
function isEncrypted(bytes: Uint8Array): boolean {
  const name = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}

export function openPackage(bytes: Uint8Array): WordPackage {
  if (startsWith(bytes, ...ascii('%PDF-'))) throw new ImportError('pdf');
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) throw new ImportError(isEncrypted(bytes) ? 'encrypted' : 'old-doc');
  if (startsWith(bytes, ...ascii('{\\rtf'))) throw new ImportError('rtf');
  if (!startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) && !startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) throw new ImportError('not-zip');

  const read = (names: Set<string>): Record<string, Uint8Array> => {
    try {
      return unzipSync(bytes, {
        filter: (file) => {
          if (!names.has(file.name)) return false;
          // The declared size bounds what fflate allocates and writes, whatever the data inflates to.
          if (file.originalSize > PART_LIMIT) throw new ImportError('too-large', `${file.name} (${Math.round(file.originalSize / 1048576)} MB)`);
          return true;
        },
      });
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw new ImportError('damaged-zip', (error as Error).message);
    }
  };
  const text = (data: Uint8Array | undefined) => (data ? strFromU8(data) : undefined);

  // One pass for the parts where Word, LibreOffice and pandoc put them; a second only for a package
  // that keeps them elsewhere.
  const USUAL = ['_rels/.rels', '[Content_Types].xml', 'mimetype', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml', 'word/numbering.xml'];
  const parts = read(new Set(USUAL));
  const mimetype = text(parts['mimetype']);
  if (mimetype?.startsWith('application/vnd.oasis.opendocument')) throw new ImportError('odt', mimetype);
  const main = parts['_rels/.rels'] && relationshipTarget(text(parts['_rels/.rels'])!, '/officeDocument');
  const types = text(parts['[Content_Types].xml']) ?? '';
  if (!main || !types.includes('wordprocessingml')) {
    throw new ImportError('not-word', types.includes('spreadsheetml') ? 'Excel' : types.includes('presentationml') ? 'PowerPoint' : '');
  }
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const relsName = `${dir}_rels/${main.slice(dir.length)}.rels`;
  const more = (names: string[]) => {
    const missing = names.filter((n) => !(n in parts));
    if (missing.length) Object.assign(parts, read(new Set(missing)));
  };
  more([main, relsName]);
  if (!parts[main]) throw new ImportError('not-word', main);
  const rels = text(parts[relsName]) ?? '';
  const partOf = (type: string) => {
    const target = relationshipTarget(rels, type);
    return target === undefined ? undefined : target.startsWith('/') ? target.slice(1) : dir + target;
  };
  const stylesName = partOf('/styles');
  const numberingName = partOf('/numbering');
  const themeName = partOf('/theme');
  const headerNames = Object.fromEntries(relationships(rels, '/header').map(([id, target]) => [id, target.startsWith('/') ? target.slice(1) : dir + target]));
  more([stylesName, numberingName, themeName, ...Object.values(headerNames)].filter((n): n is string => !!n));
  return {
    document: text(parts[main])!,
    styles: stylesName ? text(parts[stylesName]) : undefined,
    numbering: numberingName ? text(parts[numberingName]) : undefined,
    theme: themeName ? text(parts[themeName]) : undefined,
    headers: Object.fromEntries(Object.entries(headerNames).flatMap(([id, name]) => (parts[name] ? [[id, text(parts[name])!]] : []))),
  };
}

/** Every internal relationship whose type ends with `typeSuffix`, as [id, target]. */
function relationships(xml: string, typeSuffix: string): [string, string][] {
  const found: [string, string][] = [];
  if (!xml.trim()) return found;
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => {
    if (tag.name === 'Relationship' && String(tag.attributes['Type'] ?? '').endsWith(typeSuffix) && tag.attributes['TargetMode'] !== 'External') {
      found.push([String(tag.attributes['Id'] ?? ''), String(tag.attributes['Target'] ?? '').replace(/^\.\//, '')]);
    }
  });
  try {
    parser.write(xml).close();
  } catch {
    return [];
  }
  return found;
}

/** The target of the first relationship whose type ends with `typeSuffix` ("/officeDocument", "/styles"). */
function relationshipTarget(xml: string, typeSuffix: string): string | undefined {
  if (!xml.trim()) return undefined;
  let found: string | undefined;
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => {
    const type = String(tag.attributes['Type'] ?? '');
    if (found === undefined && tag.name === 'Relationship' && type.endsWith(typeSuffix) && tag.attributes['TargetMode'] !== 'External') {
      found = String(tag.attributes['Target'] ?? '').replace(/^\.\//, '');
    }
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    throw new ImportError('bad-xml', `relationships: ${(error as Error).message}`);
  }
  return found;
}
