// Handlebars' own errors, put into words a person editing a template can act on: where (line and column
// in the template, not in Handlebars' 40-character excerpt), what was found there and what was expected,
// in the reader's language. Handlebars words a syntax error in its parser's terms ("Expecting 'CLOSE',
// 'ID', got 'EOF'"); the tokens are named here as they are typed.
import { say } from '../i18n.js';

export interface TemplateProblem {
  line?: number;
  /** 0-based, as Handlebars counts. */
  column?: number;
  detail: string;
}

/** The parser's token names, as a person types them (Vietnamese, English). */
const TOKENS: Record<string, [string, string]> = {
  CLOSE: ['}}', '}}'], CLOSE_UNESCAPED: ['}}}', '}}}'], CLOSE_RAW_BLOCK: ['}}}}', '}}}}'],
  OPEN: ['{{', '{{'], OPEN_BLOCK: ['{{#', '{{#'], OPEN_ENDBLOCK: ['{{/', '{{/'], OPEN_INVERSE: ['{{^', '{{^'],
  OPEN_INVERSE_CHAIN: ['{{else', '{{else'], INVERSE: ['{{else}}', '{{else}}'], OPEN_PARTIAL: ['{{>', '{{>'],
  OPEN_PARTIAL_BLOCK: ['{{#>', '{{#>'], OPEN_UNESCAPED: ['{{{', '{{{'], OPEN_RAW_BLOCK: ['{{{{', '{{{{'],
  OPEN_SEXPR: ['(', '('], CLOSE_SEXPR: [')', ')'], OPEN_BLOCK_PARAMS: ['as |', 'as |'], CLOSE_BLOCK_PARAMS: ['|', '|'],
  EQUALS: ['=', '='], SEP: ['. hoặc /', '. or /'], DATA: ['@', '@'],
  ID: ['một tên', 'a name'], STRING: ['một chuỗi trong ngoặc kép', 'a quoted string'], NUMBER: ['một số', 'a number'],
  BOOLEAN: ['true/false', 'true/false'], UNDEFINED: ['undefined', 'undefined'], NULL: ['null', 'null'],
  CONTENT: ['văn bản', 'text'], COMMENT: ['một chú thích {{!…}}', 'a comment {{!…}}'], EOF: ['hết tệp', 'the end of the file'],
  INVALID: ['một ký tự không dùng được ở đây', 'a character not allowed here'],
};

const token = (name: string) => {
  const words = TOKENS[name];
  return words ? say(words[0], words[1]) : name;
};

export function templateProblem(message: string, source?: string): TemplateProblem {
  const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(?:Expecting (.*), got '([^']+)'|Unexpected (.*))/s.exec(message);
  if (parse) {
    // A block left open is seen only at the end of the file: point at where it was opened.
    const open = parse[5] === 'EOF' ? unclosedBlock(source) : undefined;
    if (open) {
      return {
        line: open.line,
        column: open.column,
        detail: say(`khối {{#${open.name}}} mở ở đây chưa được đóng: thêm {{/${open.name}}} ở chỗ khối kết thúc`, `the block {{#${open.name}}} opened here is never closed: add {{/${open.name}}} where it ends`),
      };
    }
    const line = Number(parse[1]);
    const expected = [...new Set([...(parse[4] ?? '').matchAll(/'([^']+)'/g)].map((m) => token(m[1]!)))];
    const found = parse[5] ? token(parse[5]) : parse[6] ?? '?';
    const list = expected.slice(0, 6).join(', ') + (expected.length > 6 ? say(', …', ', …') : '');
    return {
      line,
      column: columnOf(source, line, parse[2]!.slice(0, parse[3]!.length)),
      detail: say(`gặp ${found}, nhưng ở đây cần ${list || 'thứ khác'}`, `found ${found} where ${list || 'something else'} was expected`),
    };
  }
  const lexical = /^Lexical error on line (\d+)\. Unrecognized text\.\n(.*)\n(-*)\^/s.exec(message);
  if (lexical) {
    const line = Number(lexical[1]);
    const column = columnOf(source, line, lexical[2]!.slice(0, lexical[3]!.length));
    const ch = source && column !== undefined ? source.split('\n')[line - 1]?.slice(column, column + 12) : undefined;
    return { line, column, detail: say(`không đọc được đoạn này trong {{…}}${ch ? `: "${ch}"` : ''}`, `cannot read this inside {{…}}${ch ? `: "${ch}"` : ''}`) };
  }
  const located = /^(.*?)\s-\s(\d+):(\d+)\s*$/s.exec(message);
  const text = (located?.[1] ?? message).replace(/ in \[object Object\]/, '').split('\n')[0]!;
  const mismatch = /^(.+) doesn't match (.+)$/.exec(text);
  const detail = mismatch
    ? say(`khối {{#${mismatch[1]}}} lại được đóng bằng {{/${mismatch[2]}}}; đóng bằng {{/${mismatch[1]}}}`, `the block {{#${mismatch[1]}}} is closed by {{/${mismatch[2]}}}; close it with {{/${mismatch[1]}}}`)
    : translated(text);
  if (!located) return { detail };
  const line = Number(located[2]);
  let column = Number(located[3]);
  if (mismatch) {
    // Handlebars places a mismatch inside the block's opening tag: point at the tag itself.
    const text = source?.split('\n')[line - 1] ?? '';
    const open = text.lastIndexOf(`{{#${mismatch[1]}`, column);
    if (open >= 0) column = open;
  }
  return { line, column, detail };
}

function translated(text: string): string {
  const helper = /^Missing helper: "(.+)"$/.exec(text);
  if (helper) return say(`không có hàm (helper) "${helper[1]}"`, text);
  const undefinedName = /^"(.+)" not defined$/.exec(text);
  if (undefinedName) return say(`"${undefinedName[1]}" không có trong kế hoạch (mẫu chạy ở chế độ chặt: tên sai không in thành chỗ trống)`, text);
  const partial = /^The partial (.+) could not be found$/.exec(text);
  if (partial) return say(`không có mẫu con ${partial[1]}: cần tệp ${partial[1]}.hbs trong thư mục mẫu`, text);
  return text;
}

/**
 * Where the error is in its line: Handlebars shows the 20 characters before it with the lines joined, so
 * the column is where those characters end in the line (the longest tail of them the line starts with, or
 * their last place in the line).
 */
function columnOf(source: string | undefined, line: number, before: string): number | undefined {
  const text = source?.split('\n')[line - 1];
  if (text === undefined) return undefined;
  const past = before.replace(/^\.\.\./, '');
  for (let k = text.length; k >= 0; k--) {
    const m = Math.min(k, past.length);
    if (text.slice(k - m, k) === past.slice(past.length - m) && (m === past.length || k - m === 0)) return k;
  }
  return undefined;
}

/** The innermost {{#block}} still open at the end of the source (comments and raw text aside). */
function unclosedBlock(source: string | undefined): { name: string; line: number; column: number } | undefined {
  if (!source) return undefined;
  const stack: { name: string; offset: number }[] = [];
  for (const m of source.matchAll(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?([#/])>?\s*([\w.-]+)/g)) {
    if (!m[1]) continue;
    if (m[1] === '#') stack.push({ name: m[2]!, offset: m.index! });
    else if (stack.at(-1)?.name === m[2]) stack.pop();
  }
  const open = stack.at(-1);
  if (!open) return undefined;
  const before = source.slice(0, open.offset).split('\n');
  return { name: open.name, line: before.length, column: before.at(-1)!.length };
}
