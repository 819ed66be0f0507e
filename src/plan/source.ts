// Reads a plan file into text, a YAML document with positions, and plain data. Every way a file can be
// unreadable becomes a Finding rather than an exception, so no input ends in a stack trace.
import { Lexer, LineCounter, parseDocument, type Document } from 'yaml';
import { Findings } from '../diagnostics/finding.js';

export interface PlanSource {
  file: string;
  /** The text as parsed: BOM removed, CRLF made LF, Unicode NFC. Positions refer to it. */
  text: string;
  /** The YAML document with positions, for findings. */
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

/** Mirrors the YAML library's own default; a document past it is an alias bomb, not a plan. */
const MAX_ALIAS_COUNT = 100;

export function parsePlanText(file: string, bytes: Uint8Array, findings: Findings): PlanSource | undefined {
  const text = decode(file, bytes, findings);
  if (text === undefined) return undefined;
  if (text.trim() === '' || /^(\s*#[^\n]*\n?)*\s*$/.test(text)) {
    findings.add({ file, line: 1, column: 1, severity: 'error', code: 'empty' });
    return undefined;
  }
  const { doc, lines } = fullRead(text);
  for (const problem of [...doc.errors, ...doc.warnings]) {
    const at = lines.linePos(problem.code === 'MISSING_CHAR' ? (unclosedQuote(text) ?? problem.pos[0]) : problem.pos[0]);
    findings.add({
      file,
      line: at.line,
      column: at.col,
      severity: doc.errors.includes(problem as never) ? 'error' : 'warning',
      code: yamlCode(problem.code),
      params: { detail: firstLine(problem.message), key: duplicateKeyName(text, problem.pos) },
    });
  }
  if (doc.errors.length > 0) return undefined;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    findings.add({ file, line: 1, column: 1, severity: 'error', code: 'alias-limit', params: { detail: String((error as Error).message) } });
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

function fullRead(text: string): { doc: Document.Parsed; lines: LineCounter } {
  const lines = new LineCounter();
  return { doc: parseDocument(text, { ...YAML_OPTIONS, lineCounter: lines }), lines };
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
