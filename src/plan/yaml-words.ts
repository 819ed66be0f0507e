// The YAML library's messages, which are English and name its own tokens ("Unexpected flow-map-start at
// node end"), said in Vietnamese in the words of what a person typed. English keeps the library's text.
import { say } from '../i18n.js';

/** The lexer's token types, as the characters a person types. */
const TOKENS: Record<string, string> = {
  'flow-map-start': '{', 'flow-map-end': '}', 'flow-seq-start': '[', 'flow-seq-end': ']', comma: ',',
  'map-value-ind': ':', 'seq-item-ind': '-', 'explicit-key-ind': '?', anchor: '&', alias: '*', tag: '!',
  comment: '#', 'doc-start': '---', 'doc-end': '...', 'block-scalar-header': '| hoặc >',
};
const token = (type: string) => (TOKENS[type] ? `"${TOKENS[type]}"` : type === 'scalar' ? 'chữ' : type);

const WORDS: [RegExp, (...m: string[]) => string][] = [
  [/^Tabs are not allowed as indentation/, () => 'YAML không cho dùng phím Tab để thụt lề; dùng dấu cách'],
  [/^Nested mappings are not allowed in compact mappings/, () => 'hai khóa "tên:" trên cùng một dòng'],
  [/^Implicit keys need to be on a single line/, () => 'một khóa "tên:" phải nằm gọn trên một dòng'],
  [/^Implicit map keys need to be followed by map values/, () => 'dòng này có khóa mà không có dấu ":" và giá trị theo sau'],
  [/^All sequence items must start at the same column/, () => 'các dòng "- " của một danh sách phải thẳng cột'],
  [/^Map keys must be unique/, () => 'khóa bị lặp lại'],
  [/^Missing closing "?quote/, () => 'thiếu dấu ngoặc kép đóng'],
  [/^Missing , between (.+) items/, () => 'thiếu dấu "," giữa các mục trong ngoặc'],
  [/^Missing , or : between (.+) items/, () => 'thiếu dấu "," hoặc ":" giữa các mục trong ngoặc'],
  [/^Missing space after : in/, () => 'thiếu dấu cách sau ":"'],
  [/^Sequence item without - indicator/, () => 'mục danh sách thiếu dấu "- " ở đầu'],
  [/^Comments must be separated from other tokens by white space/, () => 'dấu "#" của chú thích phải cách chữ trước nó một dấu cách'],
  [/^Plain value cannot start with (.+)/, (_, c) => `giá trị không đặt trong ngoặc kép thì không được bắt đầu bằng ${c}`],
  [/^Invalid escape sequence (.+)/, (_, e) => `chuỗi thoát ${e} không hợp lệ trong ngoặc kép`],
  [/^Unexpected (\S+) at node end/, (_, t) => `gặp ${token(t!)} sau khi một giá trị đã kết thúc`],
  [/^Unexpected (\S+) token in YAML stream: "(.*)"/, (_, t, s) => `gặp ${token(t!)}${t === 'scalar' ? ` "${s}"` : ''} ở chỗ không được có`],
  [/^Unexpected (\S+) token/, (_, t) => `gặp ${token(t!)} ở chỗ không được có`],
  [/^Unexpected , in/, () => 'dấu "," không đúng chỗ trong ngoặc'],
  [/^Unexpected empty item in/, () => 'mục trống trong ngoặc (hai dấu "," liền nhau?)'],
  [/^Alias cannot be an empty string|^Anchor cannot be an empty string/, () => 'tên sau "&" hoặc "*" bị trống'],
  [/^Unresolved tag: (.+)/, (_, t) => `thẻ ${t} không có trong YAML`],
  [/^Source contains multiple documents/, () => 'tệp có nhiều tài liệu YAML (dấu ---)'],
];

/** The library's message in the reader's language. */
export function yamlWords(message: string): string {
  for (const [pattern, words] of WORDS) {
    const m = pattern.exec(message);
    if (m) return say(words(...m), message);
  }
  return say(`trình đọc YAML báo: ${message}`, message);
}
