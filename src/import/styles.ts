// What the import needs from styles.xml and numbering.xml: which paragraph styles are headings or carry
// bold/italic/list numbering of their own, and the list definitions that turn w:numPr into the label Word
// shows ("I.", "1.", "a)", "-").
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { roman } from '../doc/numbering.js';
import { ImportError } from './package.js';

export interface StyleInfo {
  name: string;
  /** 1–9 for a heading style ("heading 1", or an outline level), by name or by what it is based on. */
  heading?: number;
  bold?: boolean;
  italic?: boolean;
  numbering?: { numId: string; level: number };
}

export interface Styles {
  paragraph(id: string | undefined): StyleInfo;
  character(id: string | undefined): StyleInfo;
}

interface RawStyle {
  type: string;
  name: string;
  basedOn?: string;
  outline?: number;
  bold?: boolean;
  italic?: boolean;
  numId?: string;
  level?: number;
}

/** A w:b or w:i element: on unless its w:val says otherwise. */
export const toggleOn = (tag: SaxesTagPlain) => !['0', 'false', 'off'].includes(String(tag.attributes['w:val'] ?? 'true'));

export function parseXml(xml: string, part: string, handlers: { open?: (tag: SaxesTagPlain, path: string[]) => void; close?: (tag: SaxesTagPlain, path: string[]) => void; text?: (text: string, path: string[]) => void }): void {
  const parser = new SaxesParser({ position: false });
  const path: string[] = [];
  parser.on('opentag', (tag) => {
    path.push(tag.name);
    handlers.open?.(tag as SaxesTagPlain, path);
    if (tag.isSelfClosing) {
      handlers.close?.(tag as SaxesTagPlain, path);
      path.pop();
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    handlers.close?.(tag as SaxesTagPlain, path);
    path.pop();
  });
  if (handlers.text) parser.on('text', (t) => handlers.text!(t, path));
  try {
    parser.write(xml).close();
  } catch (error) {
    throw new ImportError('bad-xml', `${part}: ${(error as Error).message}`);
  }
}

export function readStyles(xml: string | undefined): Styles {
  const raw = new Map<string, RawStyle>();
  let current: RawStyle | undefined;
  if (xml) {
    parseXml(xml, 'styles.xml', {
      open(tag, path) {
        const val = tag.attributes['w:val'] as string | undefined;
        if (tag.name === 'w:style') {
          current = { type: String(tag.attributes['w:type'] ?? 'paragraph'), name: '' };
          raw.set(String(tag.attributes['w:styleId'] ?? ''), current);
          return;
        }
        if (!current || path.includes('w:rPrChange') || path.includes('w:pPrChange')) return;
        switch (tag.name) {
          case 'w:name': current.name = val ?? ''; break;
          case 'w:basedOn': current.basedOn = val; break;
          case 'w:outlineLvl': current.outline = Number(val); break;
          case 'w:numId': current.numId = val; break;
          case 'w:ilvl': current.level = Number(val); break;
          case 'w:b': if (path.at(-2) === 'w:rPr') current.bold = toggleOn(tag); break;
          case 'w:i': if (path.at(-2) === 'w:rPr') current.italic = toggleOn(tag); break;
        }
      },
      close(tag) {
        if (tag.name === 'w:style') current = undefined;
      },
    });
  }
  const resolved = new Map<string, StyleInfo>();
  const resolve = (id: string | undefined, seen = new Set<string>()): StyleInfo => {
    if (id === undefined || !raw.has(id) || seen.has(id)) return { name: '' };
    const cached = resolved.get(id);
    if (cached) return cached;
    seen.add(id);
    const own = raw.get(id)!;
    const base = resolve(own.basedOn, seen);
    const named = /^heading\s*([1-9])$/i.exec(own.name);
    const heading = named ? Number(named[1]) : own.outline !== undefined && own.outline < 9 ? own.outline + 1 : base.heading;
    const info: StyleInfo = {
      name: own.name,
      ...(heading !== undefined && { heading }),
      bold: own.bold ?? base.bold,
      italic: own.italic ?? base.italic,
      ...((own.numId ?? base.numbering) && { numbering: own.numId ? { numId: own.numId, level: own.level ?? 0 } : base.numbering }),
    };
    resolved.set(id, info);
    return info;
  };
  const defaultParagraph = [...raw].find(([, s]) => s.type === 'paragraph' && s.name.toLowerCase() === 'normal')?.[0];
  return {
    paragraph: (id) => resolve(id ?? defaultParagraph),
    character: (id) => resolve(id),
  };
}

// ---- numbering ----------------------------------------------------------------------------------------

interface Level {
  start: number;
  format: string;
  text: string;
}

export interface Numbering {
  /** The label Word shows for the next paragraph of list `numId` at `level`; counts it. */
  next(numId: string, level: number): { label: string; format: string; list: string } | undefined;
}

export function readNumbering(xml: string | undefined): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  if (xml) {
    let abstract: Map<number, Level> | undefined;
    let level: Level | undefined;
    let num: { abstract: string; starts: Map<number, number> } | undefined;
    let overrideLevel = 0;
    parseXml(xml, 'numbering.xml', {
      open(tag) {
        const val = tag.attributes['w:val'] as string | undefined;
        switch (tag.name) {
          case 'w:abstractNum': abstract = new Map(); abstracts.set(String(tag.attributes['w:abstractNumId']), abstract); break;
          case 'w:lvl':
            if (abstract && !num) { level = { start: 1, format: 'decimal', text: '' }; abstract.set(Number(tag.attributes['w:ilvl'] ?? 0), level); }
            break;
          case 'w:start': if (level) level.start = Number(val ?? 1); break;
          case 'w:numFmt': if (level) level.format = val ?? 'decimal'; break;
          case 'w:lvlText': if (level) level.text = val ?? ''; break;
          case 'w:num': num = { abstract: '', starts: new Map() }; nums.set(String(tag.attributes['w:numId']), num); break;
          case 'w:abstractNumId': if (num) num.abstract = val ?? ''; break;
          case 'w:lvlOverride': overrideLevel = Number(tag.attributes['w:ilvl'] ?? 0); break;
          case 'w:startOverride': num?.starts.set(overrideLevel, Number(val ?? 1)); break;
        }
      },
      close(tag) {
        if (tag.name === 'w:lvl') level = undefined;
        if (tag.name === 'w:abstractNum') abstract = undefined;
        if (tag.name === 'w:num') num = undefined;
      },
    });
  }
  const counters = new Map<string, number[]>();
  return {
    next(numId, level) {
      const num = nums.get(numId);
      const levels = num && abstracts.get(num.abstract);
      const def = levels?.get(level);
      if (!num || !levels || !def || numId === '0') return undefined;
      const start = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
      const count = counters.get(numId) ?? [];
      count[level] = count[level] === undefined ? start(level) : count[level]! + 1;
      count.length = level + 1; // deeper levels start again
      counters.set(numId, count);
      const label = def.text.replace(/%([1-9])/g, (_, n: string) => {
        const l = Number(n) - 1;
        return formatNumber(count[l] ?? start(l), levels.get(l)?.format ?? 'decimal');
      });
      // list: the definition the numbers come from. Several w:num of one definition (a list restarted for
      // each section) are one list in the document's structure.
      return { label: def.format === 'bullet' ? bulletGlyph(label) : label, format: def.format, list: num.abstract };
    },
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperLetter': return LETTERS[(n - 1) % 26]!.toUpperCase().repeat(Math.floor((n - 1) / 26) + 1);
    case 'lowerLetter': return LETTERS[(n - 1) % 26]!.repeat(Math.floor((n - 1) / 26) + 1);
    case 'decimalZero': return String(n).padStart(2, '0');
    case 'none': return '';
    default: return String(n);
  }
}

/** Symbol-font bullets live in the private use area; they read as "•", a dash stays a dash. */
function bulletGlyph(text: string): string {
  const glyph = text.trim();
  if (/^[-–—+]$/.test(glyph)) return glyph;
  return '•';
}
