// The Word files offices really have, imported as a user would: a corpus of plan documents made by other
// programs (python-docx, raw WordprocessingML, LibreOffice, pandoc, a Google Docs export; the scripts
// that made them are in test/fixtures/import/make/), each beside the fields a person read off it. Every
// one imports with exit 0 into a plan that validates with no error, whose fields are the ones written by
// hand, and which builds back into a document holding at least 99% of the source's words in order.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, ROOT, workspace } from './support/cli.js';
import { docxPart, paragraphs } from './support/docx-reader.js';
import { wordsKept } from './support/words.js';

const CORPUS = join(ROOT, 'test', 'fixtures', 'import', 'corpus');
const DOCUMENTS = readdirSync(CORPUS).filter((f) => f.endsWith('.docx')).sort();

interface Expected {
  made: string;
  constructs: string[];
  fields: Record<string, unknown>;
  cells?: { table: [number, number]; row: number; lead?: string; with?: string }[];
  structure?: { path: [number, number]; points?: number; title?: boolean }[];
  review_without?: string[];
}

/**
 * A document's words as a reader sees them: tracked changes accepted, Unicode NFC, no punctuation at a
 * word's edges ("1." in an STT column is the "1" of a row's number), and two columns typed with tab stops
 * read column by column, as on the page: the left column's lines, then the right column's.
 */
function shown(docx: string): string {
  const lines = paragraphs(docxPart(docx), 'accepted').map((p) => p.text);
  const columns = (text: string): { left: string; right: string } | undefined => {
    // A tab after a number or a dash ("I.⇥MỤC TIÊU", "-⇥Sở Nội vụ") is a space, not a column.
    const tab = text.indexOf('\t');
    const left = text.slice(0, tab);
    const label = left.trim() && (!/\p{L}.*\p{L}/u.test(left) || /^([IVXLC]+|\d+|[a-zđ])[.)]$/u.test(left.trim()));
    return tab < 0 || !text.trim() || label ? undefined : { left, right: text.slice(tab) };
  };
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!columns(lines[i]!)) {
      out.push(lines[i++]!);
      continue;
    }
    // A block of lines typed in two columns, up to the last tabbed line with no more than 8 lines between.
    let end = i;
    for (let j = i; j < lines.length && j <= end + 8; j++) if (columns(lines[j]!)) end = j;
    const block = lines.slice(i, end + 1).map((l) => columns(l) ?? { left: l, right: '' });
    out.push(...block.map((c) => c.left), ...block.map((c) => c.right));
    i = end + 1;
  }
  return out.join('\n').normalize('NFC').split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).join(' ');
}

describe('the corpus of office documents', () => {
  const dir = workspace({});

  it('has at least 12 documents, each with its hand-written fields beside it', () => {
    expect(DOCUMENTS.length).toBeGreaterThanOrEqual(12);
    for (const doc of DOCUMENTS) expect(readdirSync(CORPUS)).toContain(doc.replace(/\.docx$/, '.expected.yaml'));
  });

  for (const doc of DOCUMENTS) {
    const name = basename(doc, '.docx');
    it(`${name}: imports, validates, has the fields read off it, and builds back with 99% of its words`, () => {
      const expected = parse(readFileSync(join(CORPUS, `${name}.expected.yaml`), 'utf8')) as Expected;
      const out = join(dir, `${name}.yaml`);
      const run = cli(['import', join(CORPUS, doc), '--out', out, '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).not.toMatch(/internal error|lỗi bên trong|\n\s+at /);
      const summary = JSON.parse(run.stdout) as { fields: Record<string, unknown>; review: { message: string }[] };

      // The fields, as a person reads them off the document (arrays element by element, in full length).
      expect(summary.fields).toMatchObject(expected.fields);
      for (const text of expected.review_without ?? []) expect(summary.review.map((r) => r.message).join('\n')).not.toContain(text);

      const validate = cli(['validate', out, '--format', 'json']);
      const findings = JSON.parse(validate.stdout).findings as { severity: string; code: string; line: number }[];
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);

      const plan = parse(readFileSync(out, 'utf8'));
      for (const cell of expected.cells ?? []) {
        const row = plan.appendices[cell.table[0]].tables[cell.table[1]].rows[cell.row];
        if (cell.lead) expect(row.lead).toBe(cell.lead);
        if (cell.with) expect(row.with).toEqual(cell.with);
      }
      for (const s of expected.structure ?? []) {
        const part = plan.sections[s.path[0]].parts[s.path[1]];
        if (s.points !== undefined) expect(part.parts).toHaveLength(s.points);
        if (s.title === false) {
          expect(part.title).toBeUndefined();
          expect(part.text).toBeTruthy();
        }
      }

      const built = cli(['build', out, '--out', join(dir, 'built'), '--format', 'docx']);
      expect(built.code, built.stderr).toBe(0);
      const kept = wordsKept(shown(join(CORPUS, doc)), shown(join(dir, 'built', `${name}.docx`)));
      expect(kept, `${name}: share of the source's words in the rebuilt document`).toBeGreaterThanOrEqual(0.99);
    });
  }
});
