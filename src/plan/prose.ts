// Prose fields are the only plan text with references: {{targets.trained}}, {{units.tccb}}. They may
// hold plain references and nothing else (no helpers, no blocks), so a plan cannot run code and
// `validate` can check every reference before a build. The syntax is Handlebars' simplest form, read
// here by a few lines rather than by the Handlebars compiler, which `validate` would otherwise load.

export interface Reference {
  /** "targets.trained" */
  path: string;
  /** The reference as written: "{{targets.trained}}" (or "{{ targets.trained }}"). */
  raw: string;
}

/** What is wrong with a `{{`: never closed, or closed around something that is not a plain path. */
export type ProseProblem = 'unclosed' | 'not-a-reference';

export type ProseParse = { ok: true; references: Reference[] } | { ok: false; problem: ProseProblem; raw: string };

const PATH = /^\s*([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)\s*$/;

type Piece = string | Reference;

/** The text as literal pieces and references; `\{{` is a literal "{{", as in Handlebars. */
function pieces(text: string): { ok: true; pieces: Piece[] } | { ok: false; problem: ProseProblem; raw: string } {
  const out: Piece[] = [];
  let literal = '';
  let at = 0;
  for (let open = text.indexOf('{{'); open >= 0; open = text.indexOf('{{', at)) {
    if (open > 0 && text[open - 1] === '\\') {
      literal += text.slice(at, open - 1) + '{{';
      at = open + 2;
      continue;
    }
    const close = text.indexOf('}}', open + 2);
    if (close < 0) return { ok: false, problem: 'unclosed', raw: '{{' };
    const end = text[close + 2] === '}' ? close + 3 : close + 2;
    const raw = text.slice(open, end);
    const path = end === close + 2 ? PATH.exec(text.slice(open + 2, close)) : null;
    if (!path) return { ok: false, problem: 'not-a-reference', raw };
    literal += text.slice(at, open);
    if (literal) out.push(literal);
    literal = '';
    out.push({ path: path[1]!, raw });
    at = end;
  }
  literal += text.slice(at);
  if (literal) out.push(literal);
  return { ok: true, pieces: out };
}

export function parseProse(text: string): ProseParse {
  if (!text.includes('{{')) return { ok: true, references: [] };
  const parsed = pieces(text);
  if (!parsed.ok) return parsed;
  return { ok: true, references: parsed.pieces.filter((p): p is Reference => typeof p !== 'string') };
}

const parsedProse = new Map<string, Piece[]>();

/**
 * Fills the references of a prose field; a value prints as its string form (a unit as its short name,
 * a header field the plan leaves out as nothing). The text must have passed `validate`, which checks
 * every reference against the plan.
 */
export function fillProse(text: string, context: object): string {
  if (!text.includes('{{')) return text;
  let parts = parsedProse.get(text);
  if (!parts) {
    const parsed = pieces(text);
    if (!parsed.ok) throw new Error(`malformed reference ${parsed.raw} in "${text}"`);
    parts = parsed.pieces;
    parsedProse.set(text, parts);
  }
  let out = '';
  for (const part of parts) out += typeof part === 'string' ? part : lookup(context, part.path);
  return out;
}

function lookup(context: object, path: string): string {
  let value: unknown = context;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return '';
    value = (value as Record<string, unknown>)[key];
  }
  // A function (the toString a target carries for printing) is never text of the plan's.
  return value === null || value === undefined || typeof value === 'function' ? '' : String(value);
}

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type InlineParse = { ok: true; runs: Run[] } | { ok: false; marker: string; offset: number };

/**
 * The inline emphasis of prose: *italic*, **bold**, ***both***; a backslash keeps a literal asterisk.
 * An opened marker that is never closed is a mistake worth reporting, not text to print.
 */
export function parseInline(text: string): InlineParse {
  if (!text.includes('*')) return { ok: true, runs: text ? [{ text }] : [] };
  const runs: Run[] = [];
  let bold = false;
  let italic = false;
  let buffer = '';
  const open: { marker: string; offset: number }[] = [];
  const flush = () => {
    if (buffer) runs.push({ text: buffer, ...(bold && { bold }), ...(italic && { italic }) });
    buffer = '';
  };
  const toggle = (marker: string, offset: number) => {
    const top = open.findLastIndex((o) => o.marker === marker);
    if (top >= 0) open.splice(top, 1);
    else open.push({ marker, offset });
  };
  // From marker to marker, not character by character: prose is long and its markers few.
  let at = 0;
  for (const marker of text.matchAll(/\\\*|\*{1,3}/g)) {
    buffer += text.slice(at, marker.index);
    at = marker.index + marker[0].length;
    if (marker[0] === '\\*') {
      buffer += '*';
      continue;
    }
    flush();
    const n = marker[0].length;
    if (n >= 2) { bold = !bold; toggle('**', marker.index); }
    if (n !== 2) { italic = !italic; toggle('*', marker.index); }
  }
  buffer += text.slice(at);
  flush();
  if (open.length > 0) return { ok: false, marker: open[0]!.marker, offset: open[0]!.offset };
  return { ok: true, runs };
}
