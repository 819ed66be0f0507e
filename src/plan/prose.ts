// Prose fields are the only plan text compiled as templates: {{targets.trained}}, {{units.tccb}}.
// They may hold plain references and nothing else (no helpers, no blocks), so a plan cannot run code and
// `validate` can check every reference before a build.
import Handlebars from 'handlebars';

export interface Reference {
  /** "targets.trained" */
  path: string;
  /** The reference as written: "{{targets.trained}}" (or "{{ targets.trained }}"). */
  raw: string;
}

export type ProseParse = { ok: true; references: Reference[] } | { ok: false; problem: string; raw?: string };

export function parseProse(text: string): ProseParse {
  if (!text.includes('{{')) return { ok: true, references: [] };
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(text);
  } catch (error) {
    return { ok: false, problem: String((error as Error).message).split('\n')[0]! };
  }
  const references: Reference[] = [];
  for (const statement of program.body) {
    if (statement.type === 'ContentStatement') continue;
    const raw = sourceOf(text, statement.loc);
    if (statement.type !== 'MustacheStatement') return { ok: false, problem: 'only {{…}} references', raw };
    const mustache = statement as hbs.AST.MustacheStatement;
    if (mustache.path.type !== 'PathExpression' || mustache.params.length > 0 || mustache.hash) {
      return { ok: false, problem: 'only {{…}} references', raw };
    }
    references.push({ path: (mustache.path as hbs.AST.PathExpression).original, raw });
  }
  return { ok: true, references };
}

function sourceOf(text: string, loc: hbs.AST.SourceLocation): string {
  const lines = text.split('\n');
  if (loc.start.line === loc.end.line) return lines[loc.start.line - 1]!.slice(loc.start.column, loc.end.column);
  return lines[loc.start.line - 1]!.slice(loc.start.column);
}

const compiledProse = new Map<string, HandlebarsTemplateDelegate>();

/** Fills the references of a prose field. The text must have passed `validate`. */
export function fillProse(text: string, context: object): string {
  if (!text.includes('{{')) return text;
  let template = compiledProse.get(text);
  if (!template) {
    template = Handlebars.compile(text, { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers: {} });
    compiledProse.set(text, template);
  }
  return template(context);
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
  const runs: Run[] = [];
  let bold = false;
  let italic = false;
  let buffer = '';
  const open: { marker: string; offset: number }[] = [];
  const flush = () => {
    if (buffer) runs.push({ text: buffer, ...(bold && { bold }), ...(italic && { italic }) });
    buffer = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && text[i + 1] === '*') {
      buffer += '*';
      i++;
      continue;
    }
    if (ch !== '*') {
      buffer += ch;
      continue;
    }
    let n = 1;
    while (text[i + n] === '*' && n < 3) n++;
    flush();
    const toggle = (marker: string) => {
      const top = open.findLastIndex((o) => o.marker === marker);
      if (top >= 0) open.splice(top, 1);
      else open.push({ marker, offset: i });
    };
    if (n >= 2) { bold = !bold; toggle('**'); }
    if (n !== 2) { italic = !italic; toggle('*'); }
    i += n - 1;
  }
  flush();
  if (open.length > 0) return { ok: false, marker: open[0]!.marker, offset: open[0]!.offset };
  return { ok: true, runs };
}

/** Text with the emphasis markers taken out. */
export function plainText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}
