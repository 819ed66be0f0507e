// The formatting Word shows for a paragraph or a run, worked out as Word works it out: the document's
// defaults, then the paragraph style and the styles it is based on, then a character style, then what the
// paragraph or run sets itself; a theme font ("minorHAnsi") is the font the theme names for it.
import type { SaxesTagPlain } from 'saxes';
import { parseXml, toggleOn } from '../import/styles.js';

/** Run properties; undefined where nothing in the chain sets them. */
export interface RunProps {
  font?: string;
  /** A theme font the run asks for, before the theme resolves it ("minorHAnsi"). */
  themeFont?: string;
  /** Half-points: 13 pt = 26. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
}

/** Paragraph properties, in twips where they are lengths. */
export interface ParaProps {
  align?: string;
  firstLine?: number;
  hanging?: number;
  left?: number;
  /** Line spacing: 240ths of a line when `lineRule` is auto, twips otherwise. */
  line?: number;
  lineRule?: string;
  before?: number;
  after?: number;
  borderBottom?: boolean;
  borderTop?: boolean;
}

interface Style {
  type: string;
  basedOn?: string;
  para: ParaProps;
  run: RunProps;
}

export interface StyleSheet {
  /** The effective paragraph properties of a paragraph with this style and these direct properties. */
  para(styleId: string | undefined, direct: ParaProps): ParaProps;
  /** The effective run properties of a run in such a paragraph, with a character style and direct properties. */
  run(paraStyle: string | undefined, runStyle: string | undefined, direct: RunProps): RunProps;
  /** The style's name, for a message ("Normal", "Body Text"). */
  name(id: string | undefined): string | undefined;
}

const twips = (v: unknown) => (v === undefined || v === '' ? undefined : Number(v));
const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Reads a w:pPr or w:rPr child into the properties it sets. */
export function readProperty(tag: SaxesTagPlain, para: ParaProps, run: RunProps, inBorder: boolean): void {
  const a = tag.attributes as Record<string, string>;
  switch (tag.name) {
    case 'w:jc': para.align = a['w:val']; break;
    case 'w:ind':
      para.firstLine = twips(a['w:firstLine']) ?? para.firstLine;
      para.hanging = twips(a['w:hanging']) ?? para.hanging;
      para.left = twips(a['w:left'] ?? a['w:start']) ?? para.left;
      if (a['w:hanging'] !== undefined) para.firstLine = -Number(a['w:hanging']);
      break;
    case 'w:spacing':
      para.line = twips(a['w:line']) ?? para.line;
      para.lineRule = a['w:lineRule'] ?? (a['w:line'] !== undefined ? 'auto' : para.lineRule);
      para.before = twips(a['w:before']) ?? para.before;
      para.after = twips(a['w:after']) ?? para.after;
      break;
    case 'w:bottom': if (inBorder) para.borderBottom = !['none', 'nil'].includes(a['w:val'] ?? 'none'); break;
    case 'w:top': if (inBorder) para.borderTop = !['none', 'nil'].includes(a['w:val'] ?? 'none'); break;
    case 'w:rFonts': {
      // A theme font wins over a named one in the same element; whichever this level sets replaces what
      // the levels below set ('' clears, as undefined would be skipped when the levels are merged).
      const theme = a['w:asciiTheme'] ?? a['w:hAnsiTheme'];
      const named = a['w:ascii'] ?? a['w:hAnsi'];
      if (theme) {
        run.themeFont = theme;
        run.font = '';
      } else if (named) {
        run.font = named;
        run.themeFont = '';
      }
      break;
    }
    case 'w:sz': run.size = Number(a['w:val']); break;
    case 'w:b': run.bold = toggleOn(tag); break;
    case 'w:i': run.italic = toggleOn(tag); break;
    case 'w:caps': run.caps = toggleOn(tag); break;
  }
}

/** The theme's fonts: "minorHAnsi" and "minorAscii" are the minor (body) latin font, "major…" the headings'. */
export function themeFonts(xml: string | undefined): Record<string, string> {
  const fonts: Record<string, string> = {};
  if (!xml) return fonts;
  let which: 'major' | 'minor' | undefined;
  parseXml(xml, 'theme', {
    open: (tag) => {
      if (tag.name === 'a:majorFont') which = 'major';
      else if (tag.name === 'a:minorFont') which = 'minor';
      else if (tag.name === 'a:latin' && which && !fonts[which]) fonts[which] = String(tag.attributes['typeface'] ?? '');
    },
    close: (tag) => {
      if (tag.name === 'a:majorFont' || tag.name === 'a:minorFont') which = undefined;
    },
  });
  const resolved: Record<string, string> = {};
  for (const [prefix, font] of Object.entries(fonts)) for (const kind of ['HAnsi', 'Ascii', 'Bidi', 'EastAsia']) resolved[`${prefix}${kind}`] = font;
  return resolved;
}

export function readStyleSheet(xml: string | undefined, theme: Record<string, string>): StyleSheet {
  const styles = new Map<string, Style & { name?: string; isDefault?: boolean }>();
  const defaults: Style = { type: 'defaults', para: {}, run: {} };
  let current: (Style & { name?: string }) | undefined;
  let inDefaults = false;
  let inBorder = false;
  if (xml) {
    parseXml(xml, 'styles', {
      open: (tag) => {
        const a = tag.attributes as Record<string, string>;
        if (tag.name === 'w:docDefaults') inDefaults = true;
        else if (tag.name === 'w:style') {
          current = { type: a['w:type'] ?? 'paragraph', para: {}, run: {}, isDefault: a['w:default'] === '1' || a['w:default'] === 'true' } as Style & { isDefault: boolean };
          styles.set(a['w:styleId'] ?? '', current);
        } else if (tag.name === 'w:basedOn' && current) current.basedOn = a['w:val'];
        else if (tag.name === 'w:name' && current) current.name = a['w:val'];
        else if (tag.name === 'w:pBdr') inBorder = true;
        else {
          const target = inDefaults ? defaults : current;
          if (target) readProperty(tag, target.para, target.run, inBorder);
        }
      },
      close: (tag) => {
        if (tag.name === 'w:docDefaults') inDefaults = false;
        else if (tag.name === 'w:style') current = undefined;
        else if (tag.name === 'w:pBdr') inBorder = false;
      },
    });
  }
  const defaultParagraph = [...styles].find(([, s]) => s.type === 'paragraph' && s.isDefault)?.[0];
  /** A style and those it is based on, the most basic first. */
  const chain = (id: string | undefined): Style[] => {
    const out: Style[] = [];
    const seen = new Set<string>();
    for (let at = id; at && styles.has(at) && !seen.has(at); at = styles.get(at)!.basedOn) {
      seen.add(at);
      out.unshift(styles.get(at)!);
    }
    return out;
  };
  const paraChain = (id: string | undefined) => chain(id && styles.has(id) ? id : defaultParagraph);
  const resolveFont = (props: RunProps): RunProps => {
    if (!props.font && props.themeFont) return { ...props, font: theme[props.themeFont] ?? props.themeFont };
    return { ...props, font: props.font || undefined };
  };
  return {
    para: (id, direct) => Object.assign({}, defaults.para, ...paraChain(id).map((s) => defined(s.para)), defined(direct)),
    run: (paraStyle, runStyle, direct) => resolveFont(Object.assign({}, defaults.run, ...paraChain(paraStyle).map((s) => defined(s.run)), ...chain(runStyle).map((s) => defined(s.run)), defined(direct))),
    name: (id) => styles.get(id ?? defaultParagraph ?? '')?.name,
  };
}
