// The fast reader for the YAML that plans are written in: block mappings and sequences, plain, quoted
// and block (| >) scalars, one-line flow collections, comments. It reads line by line with regular
// expressions, so a cold start does not spend milliseconds in a character-by-character parser.
//
// It gives the data the `yaml` library gives (YAML 1.2, core schema), or undefined for anything it does
// not read exactly as the library does: anchors, tags, document markers, tabs, quoted keys, escapes it
// does not know, a scalar that could be a number other than plain digits, a duplicate key, any odd
// indentation. Undefined sends the text the full way, where the library reads it and reports the
// mistakes. test/yaml-readers.test.ts holds the two readers to the same data, also on random edits.

type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

interface Line {
  /** Column of the content; a sequence entry's content starts after its "- ". */
  indent: number;
  /** The content, from the indent on. */
  text: string;
}

/** Thrown inside the reader for anything outside its subset; never escapes readPlainYaml. */
class NotPlain extends Error {}

const KEY = /^([^\s#:"'&*!|>%@`{}[\],?\-][^#:]*?) *:(?: +|$)/;
const SEQUENCE_ENTRY = /^-(?: +|$)/;
const COMMENT = / #.*$/;
const UNSAFE_TEXT = /[\t\0-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]|^(?:---|\.\.\.|%)/m;
// The core schema's null, true/false and numbers; a plain scalar that is none of these is a string.
const WORDS = new Map<string, null | boolean>([
  ['', null], ['~', null], ['null', null], ['Null', null], ['NULL', null],
  ['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false],
]);
const DIGITS = /^[0-9]{1,15}$/;
const OTHER_NUMBER = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^0o[0-7]+$|^0x[0-9a-fA-F]+$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/;

/** The plan's data, or undefined when the text must be read by the `yaml` library. */
export function readPlainYaml(text: string): { [key: string]: Value } | undefined {
  if (UNSAFE_TEXT.test(text)) return undefined;
  // The break that ends the last line does not begin another.
  const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n').map((raw): Line => {
    let indent = 0;
    while (raw.charCodeAt(indent) === 0x20) indent++;
    return { indent, text: raw.slice(indent) };
  });
  try {
    const reader = new Reader(lines);
    const data = reader.block(0);
    if (reader.next() !== undefined || data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
    return data;
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

function fail(): never {
  throw new NotPlain();
}

class Reader {
  private at = 0;

  constructor(private readonly lines: Line[]) {}

  /** The next line with content, skipping blank and comment lines. */
  next(): Line | undefined {
    while (this.at < this.lines.length && skipped(this.lines[this.at]!.text)) this.at++;
    return this.lines[this.at];
  }

  /** A mapping or sequence whose lines start at `indent`. */
  block(indent: number): Value {
    const first = this.next();
    if (!first || first.indent !== indent) fail();
    return SEQUENCE_ENTRY.test(first.text) ? this.sequence(indent) : this.mapping(indent);
  }

  private mapping(indent: number): { [key: string]: Value } {
    const map: { [key: string]: Value } = {};
    for (let line = this.next(); line && line.indent >= indent; line = this.next()) {
      if (line.indent !== indent) fail();
      const key = KEY.exec(line.text);
      if (!key) fail();
      const name = keyName(key[1]!);
      if (Object.hasOwn(map, name)) fail(); // the library reports it
      map[name] = this.value(indent, line.text.slice(key[0].length), true);
    }
    return map;
  }

  private sequence(indent: number): Value[] {
    const list: Value[] = [];
    for (let line = this.next(); line && line.indent >= indent; line = this.next()) {
      if (line.indent !== indent) fail();
      const dash = SEQUENCE_ENTRY.exec(line.text);
      if (!dash) break; // the next key of a mapping whose value this sequence is, at the mapping's indent
      const rest = line.text.slice(dash[0].length);
      if (rest !== '' && (KEY.test(rest) || SEQUENCE_ENTRY.test(rest))) {
        // "- key: value" or "- - x": a collection whose first line is the rest of this one.
        line.indent += dash[0].length;
        line.text = rest;
        list.push(this.block(line.indent));
      } else {
        list.push(this.value(indent, rest, false));
      }
    }
    return list;
  }

  /**
   * The value after "key:" or "- " on a line at `indent` (the line is consumed). A mapping's value may be
   * a sequence at the mapping's own indent.
   */
  private value(indent: number, rest: string, ofMapping: boolean): Value {
    this.at++;
    if (skipped(rest)) {
      const below = this.next();
      if (below && (below.indent > indent || (ofMapping && below.indent === indent && SEQUENCE_ENTRY.test(below.text)))) {
        return this.block(below.indent);
      }
      return null;
    }
    const first = rest[0]!;
    if (first === '|' || first === '>') return this.blockScalar(indent, rest);
    if (first === '"' || first === "'" || first === '[' || first === '{') {
      const flow = new FlowReader(rest);
      const value = flow.node();
      flow.end();
      return value;
    }
    return this.plain(indent, rest);
  }

  /** A plain scalar, continued on more-indented lines. */
  private plain(indent: number, rest: string): Value {
    let text = plainText(rest.replace(COMMENT, ''));
    if (text !== rest.trimEnd()) return scalar(text); // a comment ends the scalar
    for (;;) {
      let blanks = 0;
      while (this.at + blanks < this.lines.length && this.lines[this.at + blanks]!.text === '') blanks++;
      const line = this.lines[this.at + blanks];
      if (!line || line.indent <= indent) break;
      if (COMMENT.test(line.text)) fail();
      const more = plainText(line.text);
      text += blanks > 0 ? '\n'.repeat(blanks) + more : ` ${more}`;
      this.at += blanks + 1;
    }
    return scalar(text);
  }

  private blockScalar(indent: number, header: string): string {
    const head = /^([|>])([-+]?)(?: +#.*| *)$/.exec(header);
    if (!head) fail(); // an explicit indentation, or something after the indicator
    const body: string[] = [];
    let contentIndent = 0;
    let trailing = 0;
    let leadingBlankIndent = 0;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.text === '') {
        // Spaces past the content's indent are content, or an error before the first line: left to the library.
        if (contentIndent > 0 && line.indent > contentIndent) fail();
        if (contentIndent === 0) leadingBlankIndent = Math.max(leadingBlankIndent, line.indent);
        trailing++;
        this.at++;
        continue;
      }
      if (line.indent <= indent) break;
      if (contentIndent === 0) {
        contentIndent = line.indent;
        if (leadingBlankIndent > contentIndent) fail();
      } else if (line.indent < contentIndent) fail();
      if (line.indent > contentIndent && head[1] === '>') fail(); // a more-indented line keeps its breaks
      for (; trailing > 0; trailing--) body.push('');
      body.push(' '.repeat(line.indent - contentIndent) + line.text);
      this.at++;
    }
    if (body.length === 0) {
      if (head[2] === '+') fail();
      return '';
    }
    let text = head[1] === '|' ? body.join('\n') : fold(body);
    if (head[2] === '') text += '\n';
    else if (head[2] === '+') text += '\n'.repeat(trailing + 1);
    return text;
  }
}

/** Folded (>) lines: one break becomes a space, n empty lines become n breaks. */
function fold(lines: string[]): string {
  let text = '';
  let blanks = 0;
  let started = false;
  for (const line of lines) {
    if (line === '') {
      blanks++;
      continue;
    }
    text += started ? (blanks > 0 ? '\n'.repeat(blanks) : ' ') : '\n'.repeat(blanks);
    text += line;
    started = true;
    blanks = 0;
  }
  return text;
}

/** A plain scalar's text on one line, refused where the library would read more into it. */
function plainText(text: string): string {
  const trimmed = text.trimEnd();
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(trimmed) || /:(?: |$)/.test(trimmed)) fail();
  return trimmed;
}

function keyName(key: string): string {
  if (key.length > 1000 || key === '__proto__') fail();
  const value = scalar(key); // declines a key that could be a number other than plain digits
  if (typeof value === 'number' && String(value) === key) return key;
  if (typeof value !== 'string') fail();
  return value;
}

/** A blank or comment-only line, after its indent. */
function skipped(text: string): boolean {
  return text === '' || text.charCodeAt(0) === 0x23; /* # */
}

/** A plain scalar's value under the core schema. */
function scalar(text: string): Value {
  const word = WORDS.get(text);
  if (word !== undefined) return word;
  // Only a text that starts with a digit, a sign or a dot can be a number; most are words.
  const first = text.charCodeAt(0);
  if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e) {
    if (DIGITS.test(text)) return Number(text);
    if (OTHER_NUMBER.test(text)) fail();
  }
  return text;
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

/** A quoted scalar or a flow collection that ends on its line, with nothing but a comment after it. */
class FlowReader {
  private at = 0;

  constructor(private readonly text: string) {}

  node(): Value {
    this.spaces();
    const c = this.text[this.at];
    if (c === '"') return this.doubleQuoted();
    if (c === "'") return this.singleQuoted();
    if (c === '[') return this.collection(']', () => this.node());
    if (c === '{') {
      const map: { [key: string]: Value } = {};
      this.collection('}', () => {
        const key = /^([^\s#:"'&*!|>%@`{}[\],?\-][^#:,[\]{}]*?) *:(?: +|(?=[,}]))/.exec(this.text.slice(this.at));
        if (!key) fail();
        const name = keyName(key[1]!);
        if (Object.hasOwn(map, name)) fail();
        this.at += key[0].length;
        this.spaces();
        map[name] = /^[,}]/.test(this.text.slice(this.at)) ? null : this.node();
        return undefined;
      });
      return map;
    }
    const plain = /^[^\s#:,[\]{}"'&*!|>%@`?\-][^#:,[\]{}]*/.exec(this.text.slice(this.at));
    if (!plain) fail();
    this.at += plain[0].length;
    return scalar(plain[0].trimEnd());
  }

  /** After the value: nothing, or a comment. */
  end(): void {
    if (!/^(?: *| +#.*)$/.test(this.text.slice(this.at))) fail();
  }

  private collection(close: string, entry: () => Value | undefined): Value[] {
    const items: Value[] = [];
    this.at++;
    this.spaces();
    if (this.text[this.at] === close) {
      this.at++;
      return items;
    }
    for (;;) {
      const item = entry();
      if (item !== undefined) items.push(item);
      this.spaces();
      const c = this.text[this.at++];
      if (c === close) return items;
      if (c !== ',') fail();
      this.spaces();
      if (this.text[this.at] === close || this.text[this.at] === ',') fail(); // a trailing or empty entry
    }
  }

  private doubleQuoted(): string {
    const quoted = /^"((?:[^"\\]|\\.)*)"/.exec(this.text.slice(this.at));
    if (!quoted) fail(); // runs over the line
    this.at += quoted[0].length;
    return quoted[1]!.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, code: string) => {
      if (code.length > 1) {
        const point = parseInt(code.slice(1), 16);
        return point <= 0x10ffff ? String.fromCodePoint(point) : fail();
      }
      return ESCAPES[code] ?? fail();
    });
  }

  private singleQuoted(): string {
    const quoted = /^'((?:[^']|'')*)'/.exec(this.text.slice(this.at));
    if (!quoted) fail();
    this.at += quoted[0].length;
    return quoted[1]!.replace(/''/g, "'");
  }

  private spaces(): void {
    while (this.text[this.at] === ' ') this.at++;
  }
}
