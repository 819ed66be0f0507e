// Any .docx as the checker sees it: every paragraph with its effective formatting (styles.ts), in reading
// order, with where a person finds it (the body's paragraph N, or table T, row R, cell C); the tables;
// each section's page setup; and the page headers with whether they print a page number.
import type { SaxesTagPlain } from 'saxes';
import { openPackage } from '../import/package.js';
import { parseXml } from '../import/styles.js';
import { readProperty, readStyleSheet, themeFonts, type ParaProps, type RunProps, type StyleSheet } from './styles.js';

export interface Where {
  /** 1-based among the body's own paragraphs (not those in tables). */
  paragraph?: number;
  table?: number;
  row?: number;
  cell?: number;
  /** 1-based among the cell's paragraphs. */
  inCell?: number;
  /** A page header's part: "đầu trang" findings. */
  header?: string;
  /** The paragraph's place in reading order, to list findings as the document runs. */
  order?: number;
}

export interface LRun {
  text: string;
  props: RunProps;
}

export interface LParagraph {
  where: Where;
  text: string;
  runs: LRun[];
  props: ParaProps;
  style?: string;
  /** A line shape (a drawing or a VML line) anchored in the paragraph: a rule drawn in Word. */
  drawnLine: boolean;
  /** A PAGE field: the page number. */
  pageField: boolean;
}

export interface LTable {
  index: number;
  /** Rows of cells of paragraphs. */
  rows: LParagraph[][][];
}

export type Block = { kind: 'p'; p: LParagraph } | { kind: 'table'; table: LTable };

export interface Section {
  width?: number;
  height?: number;
  landscape: boolean;
  margins: { top?: number; bottom?: number; left?: number; right?: number };
  /** A different first-page header (w:titlePg). */
  titlePage: boolean;
  headers: { default?: string; first?: string; even?: string };
  pageNumberFormat?: string;
}

export interface LintDoc {
  blocks: Block[];
  sections: Section[];
  headers: Record<string, LParagraph[]>;
  styles: StyleSheet;
}

const SHAPE_LINE = new Set(['v:line', 'wps:wsp', 'wp:inline', 'wp:anchor']);

/** Reads the paragraphs of one part (the body, or a header), tables and sections included. */
function readPart(xml: string, part: string, styles: StyleSheet, header?: string): { blocks: Block[]; sections: Section[] } {
  const blocks: Block[] = [];
  const sections: Section[] = [];
  let bodyParagraphs = 0;
  let order = 0;
  let tableCount = 0;
  // Open tables, innermost last: the top-level one names where a paragraph is.
  const tables: { table: LTable; row: LParagraph[][] | undefined; cell: LParagraph[] | undefined }[] = [];
  let p: { direct: ParaProps; style?: string; runs: LRun[]; drawnLine: boolean; pageField: boolean; where: Where } | undefined;
  let run: { direct: RunProps; style?: string; text: string } | undefined;
  let inPPr = false;
  let inRPr = false;
  let inBorder = false;
  let inDeleted = 0;
  let inInstr = false;
  let section: Section | undefined;
  let inSectPr = false;

  const open = (tag: SaxesTagPlain) => {
    const a = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'w:tbl': {
        const table: LTable = { index: tables.length === 0 ? ++tableCount : tables[0]!.table.index, rows: [] };
        tables.push({ table, row: undefined, cell: undefined });
        return;
      }
      case 'w:tr': { const t = tables.at(-1)!; t.row = []; t.table.rows.push(t.row); return; }
      case 'w:tc': { const t = tables.at(-1)!; t.cell = []; t.row?.push(t.cell); return; }
      case 'w:p': {
        const top = tables[0];
        const where: Where = header ? { header } : top
          ? { table: top.table.index, row: top.table.rows.length, cell: top.row?.length ?? 0, inCell: (tables.at(-1)!.cell?.length ?? 0) + 1 }
          : { paragraph: ++bodyParagraphs };
        p = { direct: {}, runs: [], drawnLine: false, pageField: false, where: { ...where, order: ++order } };
        return;
      }
      case 'w:pPr': inPPr = true; return;
      case 'w:rPr': inRPr = true; return;
      case 'w:pBdr': inBorder = true; return;
      case 'w:pStyle': if (p && inPPr) p.style = a['w:val']; return;
      case 'w:rStyle': if (run) run.style = a['w:val']; return;
      case 'w:r': run = { direct: {}, text: '' }; return;
      case 'w:del': inDeleted++; return;
      case 'w:tab': if (run && !inPPr) run.text += '\t'; return;
      case 'w:br': case 'w:cr': if (run) run.text += '\n'; return;
      case 'w:noBreakHyphen': if (run) run.text += '-'; return;
      case 'w:fldSimple': if (p && /\bPAGE\b/.test(a['w:instr'] ?? '')) p.pageField = true; return;
      case 'w:instrText': inInstr = true; return;
      case 'w:sectPr':
        section = { landscape: false, margins: {}, titlePage: false, headers: {} };
        inSectPr = true;
        return;
      case 'w:pgSz':
        if (section) {
          section.width = Number(a['w:w']);
          section.height = Number(a['w:h']);
          section.landscape = a['w:orient'] === 'landscape' || section.width > section.height;
        }
        return;
      case 'w:pgMar':
        if (section) section.margins = { top: Number(a['w:top']), bottom: Number(a['w:bottom']), left: Number(a['w:left'] ?? a['w:start']), right: Number(a['w:right'] ?? a['w:end']) };
        return;
      case 'w:titlePg': if (section) section.titlePage = !['0', 'false', 'off'].includes(a['w:val'] ?? 'true'); return;
      case 'w:headerReference': if (section) section.headers[(a['w:type'] ?? 'default') as 'default'] = a['r:id']; return;
      case 'w:pgNumType': if (section && a['w:fmt']) section.pageNumberFormat = a['w:fmt']; return;
    }
    if (SHAPE_LINE.has(tag.name) || tag.name === 'a:prstGeom') {
      if (p && (tag.name === 'v:line' || (tag.name === 'a:prstGeom' && /line|connector/i.test(a['prst'] ?? '')))) p.drawnLine = true;
      return;
    }
    if (inSectPr) return;
    if (inRPr && run) readProperty(tag, {}, run.direct, false);
    else if (inPPr && p && !inRPr) readProperty(tag, p.direct, {}, inBorder);
  };

  const close = (tag: SaxesTagPlain) => {
    switch (tag.name) {
      case 'w:tbl': {
        const done = tables.pop()!;
        if (tables.length === 0) blocks.push({ kind: 'table', table: done.table });
        return;
      }
      case 'w:tr': tables.at(-1)!.row = undefined; return;
      case 'w:tc': tables.at(-1)!.cell = undefined; return;
      case 'w:pPr': inPPr = false; return;
      case 'w:rPr': inRPr = false; return;
      case 'w:pBdr': inBorder = false; return;
      case 'w:del': inDeleted--; return;
      case 'w:instrText': inInstr = false; return;
      case 'w:sectPr':
        if (section) sections.push(section);
        section = undefined;
        inSectPr = false;
        return;
      case 'w:r':
        if (run && p && inDeleted === 0) p.runs.push({ text: run.text.normalize('NFC'), props: styles.run(p.style, run.style, run.direct) });
        run = undefined;
        return;
      case 'w:p': {
        if (!p) return;
        const paragraph: LParagraph = {
          where: p.where, runs: p.runs, text: p.runs.map((r) => r.text).join(''), props: styles.para(p.style, p.direct),
          ...(p.style && { style: p.style }), drawnLine: p.drawnLine, pageField: p.pageField,
        };
        const t = tables.at(-1);
        if (t) t.cell?.push(paragraph);
        else blocks.push({ kind: 'p', p: paragraph });
        p = undefined;
      }
    }
  };

  parseXml(xml, part, {
    open,
    close,
    text: (text, path) => {
      const leaf = path.at(-1);
      if (leaf === 'w:t' && run && inDeleted === 0) run.text += text;
      else if (leaf === 'w:instrText' && inInstr && p && /\bPAGE\b/.test(text)) p.pageField = true;
    },
  });
  return { blocks, sections };
}

/** Every paragraph of the blocks, in reading order, those in tables included. */
export function allParagraphs(blocks: Block[]): LParagraph[] {
  return blocks.flatMap((b) => (b.kind === 'p' ? [b.p] : b.table.rows.flat(2)));
}

export function readDocx(bytes: Uint8Array): LintDoc {
  const pkg = openPackage(bytes);
  const styles = readStyleSheet(pkg.styles, themeFonts(pkg.theme));
  const { blocks, sections } = readPart(pkg.document, 'document.xml', styles);
  const headers = Object.fromEntries(Object.entries(pkg.headers).map(([id, xml]) => [id, allParagraphs(readPart(xml, id, styles, id).blocks)]));
  return { blocks, sections, headers, styles };
}
