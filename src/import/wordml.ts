// word/document.xml as the import sees it: the body's paragraphs and tables in reading order, with the
// emphasis each run adds to its paragraph's style, list labels worked out as Word shows them, tracked
// changes read as if accepted (a paragraph whose mark was deleted joins the next, and its number is not
// counted), field results instead of field codes, text boxes after the paragraph that anchors them, and
// text in Unicode NFC (Unikey's "tổ hợp" and macOS write Vietnamese letters decomposed).
import type { SaxesTagPlain } from 'saxes';
import { parseXml, readNumbering, readStyles, toggleOn } from './styles.js';
import type { WordPackage } from './package.js';

export interface WRun {
  text: string;
  /** Emphasis the run adds to its paragraph's style (bold in a bold heading style is not "added"). */
  bold?: boolean;
  italic?: boolean;
}

export interface WParagraph {
  type: 'p';
  /** 1-based among the body's own paragraphs (not those in tables); for the review list. */
  index: number;
  runs: WRun[];
  /** The paragraph style gives every run this emphasis. */
  styleBold: boolean;
  heading?: number;
  styleName: string;
  align?: string;
  /** The label of an automatic list ("I.", "1.", "a)", "•"), its number format, level and list definition. */
  list?: { label: string; format: string; level: number; list: string };
  fromTextBox?: boolean;
  /** A page or section break ends the paragraph (a section's last paragraph, or a page break in it). */
  breakAfter?: boolean;
  /** The paragraph starts a new page (w:pageBreakBefore, or a page break before its text). */
  breakBefore?: boolean;
}

export interface WCell {
  paragraphs: WParagraph[];
  /** gridSpan: how many grid columns the cell covers. */
  span: number;
  /** A vMerge continuation: the cell above holds the text. */
  merged: boolean;
  nested: boolean;
}

export interface WTable {
  type: 'table';
  index: number;
  /** Grid column widths in twips. */
  widths: number[];
  rows: WCell[][];
}

export type WBlock = WParagraph | WTable;

export interface WDocument {
  blocks: WBlock[];
  /** What the reader met and handled in a way a person should know about. */
  seen: { trackedChanges: boolean; textBoxes: number; nestedTables: number; fields: number };
}

/** Elements whose content is never text of the document as accepted (deleted text, old formatting, …). */
const SKIP = new Set([
  'w:del', 'w:moveFrom', 'w:rPrChange', 'w:pPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:sectPrChange',
  'w:numberingChange', 'w:instrText', 'w:delInstrText', 'mc:Fallback', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference',
]);
const TRACKED = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', 'w:rPrChange', 'w:pPrChange']);

interface OpenParagraph {
  runs: WRun[];
  style?: string;
  numId?: string;
  level?: number;
  align?: string;
  run: { bold?: boolean; italic?: boolean; style?: string; hidden?: boolean };
  textBox: boolean;
  /** The paragraph mark is a tracked deletion: accepted, the paragraph joins the next one. */
  markDeleted?: boolean;
  breakBefore?: boolean;
  breakAfter?: boolean;
}

interface OpenTable {
  widths: number[];
  rows: WCell[][];
  cell?: WCell;
  rowDeleted: boolean;
}

export function readDocument(pkg: WordPackage): WDocument {
  const styles = readStyles(pkg.styles);
  const numbering = readNumbering(pkg.numbering);
  const blocks: WBlock[] = [];
  const seen = { trackedChanges: false, textBoxes: 0, nestedTables: 0, fields: 0 };
  const paragraphs: OpenParagraph[] = [];
  const tables: OpenTable[] = [];
  const pendingTextBoxes: WParagraph[] = [];
  let skip = 0;
  // Complex fields: text between "begin" and "separate" is the code; only the result is read.
  const fields: ('code' | 'result')[] = [];
  let paragraphCount = 0;
  let tableCount = 0;

  // The runs of paragraphs whose mark was deleted, waiting for the paragraph they join.
  let joining: WRun[] = [];
  const finishParagraph = (open: OpenParagraph): WParagraph => {
    const style = styles.paragraph(open.style);
    const numbered = open.numId !== undefined ? { numId: open.numId, level: open.level ?? 0 } : style.numbering;
    const list = numbered ? numbering.next(numbered.numId, numbered.level) : undefined;
    // One character may be split over runs (a letter and its mark): normalised after they are merged.
    const runs = [...joining, ...open.runs].map((r) => ({ ...r, text: r.text.normalize('NFC') }));
    joining = [];
    return {
      type: 'p',
      index: 0,
      runs,
      styleBold: !!style.bold,
      styleName: style.name,
      ...(style.heading !== undefined && { heading: style.heading }),
      ...(open.align && { align: open.align }),
      ...(list && numbered && { list: { ...list, level: numbered.level } }),
      ...(open.breakBefore && { breakBefore: true }),
      ...(open.breakAfter && { breakAfter: true }),
    };
  };

  parseXml(pkg.document, 'document.xml', {
    open(tag: SaxesTagPlain, path) {
      if (TRACKED.has(tag.name)) seen.trackedChanges = true;
      // The paragraph mark deleted (or moved away): w:pPr/w:rPr/w:del.
      if ((tag.name === 'w:del' || tag.name === 'w:moveFrom') && path.at(-2) === 'w:rPr' && path.at(-3) === 'w:pPr' && paragraphs.length) paragraphs.at(-1)!.markDeleted = true;
      // A deleted row is gone once the changes are accepted.
      if (tag.name === 'w:del' && path.at(-2) === 'w:trPr' && tables.length) tables.at(-1)!.rowDeleted = true;
      if (skip > 0 || SKIP.has(tag.name)) {
        if (!tag.isSelfClosing) skip++;
        return;
      }
      const p = paragraphs.at(-1);
      const val = tag.attributes['w:val'] as string | undefined;
      switch (tag.name) {
        case 'w:p':
          paragraphs.push({ runs: [], run: {}, textBox: path.includes('w:txbxContent') });
          return;
        case 'w:txbxContent': seen.textBoxes++; return;
        case 'w:tbl':
          if (tables.length > 0 || paragraphs.length > 0) seen.nestedTables++;
          tables.push({ widths: [], rows: [], rowDeleted: false });
          return;
        case 'w:gridCol': tables.at(-1)?.widths.push(Number(tag.attributes['w:w'] ?? 0)); return;
        // A nested table's rows and cells are made but dropped: its paragraphs go to the outer cell.
        case 'w:tr': tables.at(-1)?.rows.push([]); return;
        case 'w:tc': {
          const table = tables.at(-1);
          if (!table) return;
          table.cell = { paragraphs: [], span: 1, merged: false, nested: false };
          table.rows.at(-1)?.push(table.cell);
          return;
        }
        case 'w:gridSpan': { const cell = tables.at(-1)?.cell; if (cell) cell.span = Math.max(1, Math.min(64, Number(val ?? 1) || 1)); return; }
        case 'w:vMerge': { const cell = tables.at(-1)?.cell; if (cell && val !== 'restart') cell.merged = true; return; }
      }
      if (!p) return;
      const inRunProps = path.at(-2) === 'w:rPr' && path.at(-3) === 'w:r';
      switch (tag.name) {
        case 'w:pStyle': if (path.at(-2) === 'w:pPr') p.style = val; break;
        case 'w:pageBreakBefore': if (path.at(-2) === 'w:pPr' && toggleOn(tag)) p.breakBefore = true; break;
        case 'w:sectPr': if (path.at(-2) === 'w:pPr') p.breakAfter = true; break;
        case 'w:numId': if (path.includes('w:numPr')) p.numId = val; break;
        case 'w:ilvl': if (path.includes('w:numPr')) p.level = Number(val ?? 0); break;
        case 'w:jc': if (path.at(-2) === 'w:pPr') p.align = val; break;
        case 'w:r': p.run = {}; break;
        case 'w:b': if (inRunProps) p.run.bold = toggleOn(tag); break;
        case 'w:i': if (inRunProps) p.run.italic = toggleOn(tag); break;
        case 'w:rStyle': if (inRunProps) p.run.style = val; break;
        case 'w:vanish': if (inRunProps) p.run.hidden = toggleOn(tag); break;
        case 'w:fldChar': {
          const type = tag.attributes['w:fldCharType'];
          if (type === 'begin') { fields.push('code'); seen.fields++; }
          else if (type === 'separate' && fields.length) fields[fields.length - 1] = 'result';
          else if (type === 'end') fields.pop();
          break;
        }
        case 'w:fldSimple': seen.fields++; break;
        // A tab in a run; w:tabs/w:tab in the paragraph's properties is a tab stop, not a character.
        case 'w:tab': case 'w:ptab': if (path.at(-2) === 'w:r') addText(p, '\t'); break;
        case 'w:br': {
          const type = tag.attributes['w:type'];
          if (!type || type === 'textWrapping') addText(p, '\n');
          // A page break before any text starts the paragraph's page; after text, it ends it.
          else if (type === 'page' || type === 'column') {
            if (p.runs.some((r) => r.text.trim())) p.breakAfter = true;
            else p.breakBefore = true;
          }
          break;
        }
        case 'w:cr': addText(p, '\n'); break;
        case 'w:noBreakHyphen': addText(p, '-'); break;
      }
    },
    text(text, path) {
      if (skip > 0 || path.at(-1) !== 'w:t') return;
      const p = paragraphs.at(-1);
      if (p) addText(p, text);
    },
    close(tag: SaxesTagPlain) {
      if (skip > 0) {
        if (!tag.isSelfClosing) skip--;
        return;
      }
      switch (tag.name) {
        case 'w:p': {
          const open = paragraphs.pop()!;
          if (open.markDeleted && paragraphs.length === 0 && tables.length === 0) {
            // Accepted, a deleted paragraph mark joins what is left of the paragraph to the next one; an
            // empty one is gone, and its number was never shown.
            joining = joining.concat(open.runs);
            break;
          }
          const done = finishParagraph(open);
          if (open.textBox) {
            pendingTextBoxes.push({ ...done, fromTextBox: true });
          } else if (paragraphs.length > 0) {
            // A paragraph inside a paragraph is a text box's; it goes after its anchor.
            pendingTextBoxes.push({ ...done, fromTextBox: true });
          } else if (tables.length > 0) {
            tables[0]!.cell?.paragraphs.push(done);
            if (tables.length > 1 && tables[0]!.cell) tables[0]!.cell.nested = true;
          } else {
            blocks.push({ ...done, index: ++paragraphCount });
            for (const box of pendingTextBoxes.splice(0)) blocks.push({ ...box, index: paragraphCount });
          }
          break;
        }
        case 'w:tr': {
          const table = tables.at(-1)!;
          if (tables.length === 1 && table.rowDeleted) table.rows.pop();
          table.rowDeleted = false;
          break;
        }
        case 'w:tbl': {
          const table = tables.pop()!;
          if (tables.length === 0) {
            blocks.push({ type: 'table', index: ++tableCount, widths: table.widths, rows: table.rows.filter((r) => r.length > 0) });
            for (const box of pendingTextBoxes.splice(0)) blocks.push({ ...box, index: paragraphCount });
          }
          break;
        }
      }
    },
  });
  return { blocks, seen };

  function addText(p: OpenParagraph, text: string) {
    if (p.run.hidden || fields.at(-1) === 'code') return;
    const character = styles.character(p.run.style);
    const paragraph = styles.paragraph(p.style);
    const bold = p.run.bold ?? character.bold ?? paragraph.bold ?? false;
    const italic = p.run.italic ?? character.italic ?? paragraph.italic ?? false;
    const run: WRun = { text, ...(bold && !paragraph.bold && { bold: true }), ...(italic && !paragraph.italic && { italic: true }) };
    const last = p.runs.at(-1);
    if (last && !last.bold === !run.bold && !last.italic === !run.italic) last.text += text;
    else p.runs.push(run);
  }
}
