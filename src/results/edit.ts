// Adds one entry to a record's list (activities or posts) by editing its text, as `new` edits a plan:
// every other line stays byte for byte, comments and order included. A record that does not exist yet
// is started with its modeline.
import { isMap, isScalar, isSeq, parseDocument, stringify } from 'yaml';

export function newRecord(plan: number | string, schema: string): string {
  return [
    `# yaml-language-server: $schema=${schema}`,
    `# Kết quả thực hiện kế hoạch: cchc-plan done và cchc-plan post ghi thêm vào đây; sửa tay cũng được.`,
    '',
    `plan: ${typeof plan === 'number' ? plan : JSON.stringify(plan)}`,
    '',
  ].join('\n');
}

/** The text with `entry` added at the end of the top-level list `key`, or undefined if the text is not a record it can edit. */
export function appendEntry(text: string, key: 'activities' | 'posts', entry: Record<string, unknown>): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
  const item = (indent: string) => stringify([entry], { lineWidth: 0 }).trimEnd().split('\n').map((l) => indent + l).join('\n') + '\n';
  const withNewline = text.endsWith('\n') || text === '' ? text : `${text}\n`;
  if (!pair) return `${withNewline}\n${key}:\n${item('  ')}`;
  const value = pair.value;
  const keyEnd = lineEnd(text, (pair.key as { range: [number, number, number] }).range[1]);
  if (value === null || (isScalar(value) && value.value === null)) {
    // "activities:" with nothing after it: the list starts on the next line.
    return text.slice(0, keyEnd) + (text[keyEnd - 1] === '\n' ? '' : '\n') + item('  ') + text.slice(keyEnd);
  }
  if (!isSeq(value) || !value.range) return undefined;
  if (value.flow) {
    if (value.items.length > 0) return undefined; // a one-line list with entries: left for a person to edit
    const [start, end] = value.range;
    const rest = text.slice(end).replace(/^[ \t]*/, '');
    return text.slice(0, start).replace(/[ \t]+$/, '') + '\n' + item('  ') + rest.replace(/^\n/, '');
  }
  const first = value.range[0];
  const indent = ' '.repeat(first - text.lastIndexOf('\n', first - 1) - 1);
  const last = value.items.at(-1) as { range?: [number, number, number] } | undefined;
  const after = lineEnd(text, last?.range?.[1] ?? value.range[1]);
  return text.slice(0, after) + (text[after - 1] === '\n' || after === 0 ? '' : '\n') + item(indent) + text.slice(after);
}

/** The offset just after the line holding `offset - 1` (its newline included). */
function lineEnd(text: string, offset: number): number {
  const at = text.indexOf('\n', Math.max(0, offset - 1));
  return at < 0 ? text.length : at + 1;
}
