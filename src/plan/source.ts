// Reads a plan file into text, a YAML document with positions, and plain data. Every way a file can be
// unreadable becomes a Finding rather than an exception, so no input ends in a stack trace.
import { Composer, isAlias, isCollection, isPair, Lexer, LineCounter, Parser, YAMLParseError, type Document, type Node as YamlNode } from 'yaml';
import { Findings } from '../diagnostics/finding.js';
import { yamlWords } from './yaml-words.js';

export interface PlanSource {
  file: string;
  /** The text as parsed: BOM removed, CRLF made LF, Unicode NFC. Positions refer to it. */
  text: string;
  /** The YAML document with positions, for findings. */
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

/** YAML problems reported one by one; the rest are counted in one finding. */
export const MAX_YAML_PROBLEMS = 20;

/** Deeper than any plan: sections, parts, points, items and sub-items nest some twelve collections. */
export const MAX_DEPTH = 64;
/** What aliases may add to a document, in nodes: more than a plan could want, far less than a bomb. */
export const MAX_ALIAS_NODES = 100_000;

export function parsePlanText(file: string, bytes: Uint8Array, findings: Findings): PlanSource | undefined {
  const text = decode(file, bytes, findings);
  if (text === undefined) return undefined;
  if (text.split('\n').every((line) => /^\s*(#|$)/.test(line))) {
    findings.add({ file, line: 1, column: 1, severity: 'error', code: 'empty' });
    return undefined;
  }
  const read = fullRead(text);
  if ('tooDeep' in read) {
    const at = read.lines.linePos(read.tooDeep);
    findings.add({ file, line: at.line, column: at.col, severity: 'error', code: 'too-deep', params: { limit: MAX_DEPTH } });
    return undefined;
  }
  const { doc, lines, aliases } = read;
  const all = [...doc.errors, ...doc.warnings];
  // A tab in the indentation makes the parser misread every line around it ("implicit keys…"): the tab
  // is the one thing to fix, and the rest only echoes it.
  const tabs = all.filter((p) => p.code === 'TAB_AS_INDENT');
  const problems = tabs.length > 0 ? [...tabs, ...all.filter((p) => p.code !== 'TAB_AS_INDENT')] : all;
  const shown = tabs.length > 0 ? Math.min(tabs.length, MAX_YAML_PROBLEMS) : MAX_YAML_PROBLEMS;
  // One broken line can make the parser report every line after it: the first few say what to fix, and
  // thousands of code frames (a megabyte of text) would only bury them.
  for (const problem of problems.slice(0, shown)) {
    const at = lines.linePos(problem.code === 'MISSING_CHAR' ? (unclosedQuote(text) ?? problem.pos[0]) : problem.pos[0]);
    findings.add({
      file,
      line: at.line,
      column: at.col,
      severity: doc.errors.includes(problem as never) ? 'error' : 'warning',
      code: yamlCode(problem.code),
      params: { detail: yamlWords(firstLine(problem.message)), key: duplicateKeyName(text, problem.pos) },
    });
  }
  if (problems.length > shown) {
    const at = lines.linePos(problems[shown]!.pos[0]);
    findings.add({ file, line: at.line, column: at.col, severity: 'error', code: 'yaml-more', params: { count: problems.length - shown } });
  }
  if (doc.errors.length > 0) return undefined;
  const alias = aliases ? checkAliases(doc) : undefined;
  if (alias) {
    const at = lines.linePos(alias.offset);
    findings.add({ file, line: at.line, column: at.col, severity: 'error', code: alias.code, params: { limit: MAX_ALIAS_NODES, detail: alias.detail } });
    return undefined;
  }
  let data: unknown;
  try {
    // The expanded size is bounded above, so the library's own count of aliases is not needed.
    data = doc.toJS({ maxAliasCount: -1 });
  } catch (error) {
    // Whatever the checks above did not foresee is still a finding, never a stack trace.
    findings.add({ file, line: 1, column: 1, severity: 'error', code: 'yaml-syntax', params: { detail: yamlWords((error as Error).message) } });
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const at = lines.linePos(doc.contents?.range?.[0] ?? 0);
    findings.add({ file, line: at.line, column: at.col, severity: 'error', code: 'not-a-mapping' });
    return undefined;
  }
  return { file, text, doc, lines, data };
}

// logLevel: a key that is a collection is the schema's to report, not a Node warning on stderr.
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' } as const;

/**
 * The document with positions, as the library's parseDocument makes it, but with the nesting measured on
 * the parser's tokens first: composing a document thousands of levels deep would exhaust the stack.
 */
function fullRead(text: string): { doc: Document.Parsed; lines: LineCounter; aliases: boolean } | { tooDeep: number; lines: LineCounter } {
  const lines = new LineCounter();
  let tokens: Token[];
  try {
    tokens = [...new Parser(lines.addNewLine).parse(text)];
  } catch (error) {
    // The library's parser itself recurses on a long chain of block sequences (- - - - …).
    if (!(error instanceof RangeError)) throw error;
    const all = new LineCounter();
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) all.addNewLine(i + 1);
    return { tooDeep: deepestLine(text), lines: all };
  }
  const { tooDeep, aliases } = measure(tokens);
  if (tooDeep !== undefined) return { tooDeep, lines };
  let doc: Document.Parsed | undefined;
  for (const next of new Composer({ ...YAML_OPTIONS }).compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      const [start, end] = next.range;
      doc.errors.push(new YAMLParseError([start, end], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return { doc: doc!, lines, aliases };
}

type Token = ReturnType<Parser['parse']> extends Generator<infer T> ? T : never;

/** The start of the line that opens the most collections before its first word: "- - - - x", "[[[[". */
function deepestLine(text: string): number {
  let best = { count: -1, offset: 0 };
  let offset = 0;
  for (const line of text.split('\n')) {
    const count = (/^[\s\-[{?:]*/.exec(line)![0].match(/[-[{]/g) ?? []).length;
    if (count > best.count) best = { count, offset };
    offset += line.length + 1;
  }
  return best.offset;
}

/**
 * Where the first collection nested deeper than MAX_DEPTH starts, and whether there are aliases at all;
 * walked with a stack of its own.
 */
function measure(tokens: Token[]): { tooDeep?: number; aliases: boolean } {
  const stack: [unknown, number][] = tokens.map((t) => [t, 0]);
  let aliases = false;
  while (stack.length > 0) {
    const [token, depth] = stack.pop()! as [Record<string, any>, number];
    if (!token || typeof token !== 'object') continue;
    if (token.type === 'alias') aliases = true;
    const collection = token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
    const level = collection ? depth + 1 : depth;
    if (level > MAX_DEPTH) return { tooDeep: token.offset ?? token.start?.offset ?? 0, aliases };
    if (token.type === 'document') stack.push([token.value, level]);
    for (const item of collection ? token.items : []) {
      stack.push([item.key, level], [item.value, level]);
      if (item.type) stack.push([item, level]); // a flow collection's items may be tokens themselves
    }
  }
  return { aliases };
}

/**
 * An alias that names no anchor before it, or an alias bomb: when all the aliases together add more than
 * MAX_ALIAS_NODES nodes to the document, the alias whose expansion is largest. One walk in document order:
 * an anchor is known from where it is set, and a node is sized when its walk ends, so every alias finds
 * its anchor, and the anchor's size, in the maps (the library's own resolve walks the whole document for
 * each alias, which made a plan of thousands of aliases take minutes). The walk's depth is the document's,
 * which MAX_DEPTH bounds.
 */
function checkAliases(doc: Document.Parsed): { offset: number; code: 'bad-alias' | 'alias-limit'; detail?: string } | undefined {
  const anchors = new Map<string, unknown>();
  const sizes = new Map<unknown, number>();
  let added = 0;
  let worst: { size: number; offset: number } | undefined;
  let unresolved: { offset: number; detail: string } | undefined;
  const size = (node: unknown): number => {
    if (node === null || typeof node !== 'object') return 1;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) unresolved ??= { offset: node.range?.[0] ?? 0, detail: `*${node.source} names no anchor &${node.source} before it` };
      // An alias of an enclosing node (not sized yet) is counted once, as the library refuses it.
      const expanded = target ? (sizes.get(target) ?? 1) : 1;
      added += expanded;
      if (!worst || expanded > worst.size) worst = { size: expanded, offset: node.range?.[0] ?? 0 };
      return expanded;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, node);
    let n = 1;
    if (isCollection(node)) for (const item of node.items as unknown[]) n += isPair(item) ? size(item.key) + size(item.value) : size(item);
    sizes.set(node, n);
    return n;
  };
  size(doc.contents as YamlNode | null);
  if (unresolved) return { ...unresolved, code: 'bad-alias' };
  return added > MAX_ALIAS_NODES && worst ? { offset: worst.offset, code: 'alias-limit' } : undefined;
}

function decode(file: string, bytes: Uint8Array, findings: Findings): string | undefined {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const at = position(bytes, nul);
    findings.add({ file, ...at, severity: 'error', code: 'binary' });
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    findings.add({ file, ...invalidUtf8Position(bytes), severity: 'error', code: 'not-utf8' });
    return undefined;
  }
  return normalizeText(text);
}

/** The text every position refers to: LF line ends, Unicode NFC (the decoder has already taken the BOM). */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) { line++; start = i + 1; }
  return { line, column: offset - start + 1 };
}

/** Where the first byte that is not UTF-8 lies, as a line and a column of characters. */
function invalidUtf8Position(bytes: Uint8Array): { line: number; column: number } {
  const loose = new TextDecoder('utf-8').decode(bytes);
  const bad = loose.indexOf('\uFFFD');
  const before = loose.slice(0, Math.max(bad, 0)).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const YAML_CODES: Record<string, string> = {
  DUPLICATE_KEY: 'duplicate-key',
  TAB_AS_INDENT: 'tab-indent',
  BAD_INDENT: 'bad-indent',
  MISSING_CHAR: 'yaml-unclosed',
  MULTILINE_IMPLICIT_KEY: 'yaml-implicit-key',
  BLOCK_AS_IMPLICIT_KEY: 'yaml-implicit-key',
  BAD_ALIAS: 'bad-alias',
  MULTIPLE_DOCS: 'multiple-docs',
};

function yamlCode(code: string): string {
  return YAML_CODES[code] ?? 'yaml-syntax';
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function duplicateKeyName(text: string, pos: [number, number]): string {
  return /^[^:\n]*/.exec(text.slice(pos[0]))![0].trim();
}

/** The lexer's markers for document and flow structure are not source text and take no room in it. */
const LEXER_MARKERS = new Set(['\u0002', '\u0018', '\u001f', '\ufeff']);

/**
 * An unclosed quote runs to the end of the file, where the parser notices it; the user needs the line
 * where the quote was opened.
 */
function unclosedQuote(text: string): number | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token.length === 1 && LEXER_MARKERS.has(token)) continue;
    const quote = token[0];
    if ((quote === '"' || quote === "'") && (token.length === 1 || token.at(-1) !== quote)) return offset;
    offset += token.length;
  }
  return undefined;
}
