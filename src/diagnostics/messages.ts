// The words of every finding, in Vietnamese (default) and English: what is wrong, and how to fix it.
import type { Finding } from './finding.js';
import { systemError } from '../i18n.js';

export type Lang = 'vi' | 'en';
type Params = NonNullable<Finding['params']>;
type Text = (p: Params) => string;
interface Message {
  vi: Text;
  en: Text;
  fixVi?: Text;
  fixEn?: Text;
}

const didYouMean = {
  vi: (p: Params) => (p.suggestion ? `Có phải là '${p.suggestion}'?` : ''),
  en: (p: Params) => (p.suggestion ? `Did you mean '${p.suggestion}'?` : ''),
};

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi chữ', number: 'số', integer: 'số nguyên', object: 'nhóm khóa (mapping)', array: 'danh sách', null: 'trống', boolean: 'đúng/sai',
};
const typesVi = (t: unknown) => String(t).split(',').map((x) => TYPE_VI[x] ?? x).join(' hoặc ');
const typesEn = (t: unknown) => String(t).split(',').map((x) => (x === 'object' ? 'mapping' : x === 'array' ? 'list' : x)).join(' or ');

/** What a key with white space around it would have been, for padded-key. */
const PADDED_VI: Record<string, string> = { row: 'mã dòng', unit: 'khóa đơn vị', 'unknown-unit': 'khóa đơn vị', key: 'khóa', value: 'giá trị' };
const PADDED_EN: Record<string, string> = { row: 'row', unit: 'unit key', 'unknown-unit': 'unit key', key: 'key', value: 'value' };

const MESSAGES: Record<string, Message> = {
  'file-not-found': { vi: (p) => `Không tìm thấy tệp kế hoạch '${p.arg}'.`, en: (p) => `No plan file '${p.arg}'.`, fixVi: () => 'Ghi năm (2025) để dùng plans/2025.yaml, hoặc đường dẫn tới tệp .yaml.', fixEn: () => 'Give a year (2025) for plans/2025.yaml, or the path of a .yaml file.' },
  'no-plans': { vi: (p) => `Không có tệp kế hoạch nào trong ${p.dir}.`, en: (p) => `No plan files in ${p.dir}.`, fixVi: () => 'Tạo plans/NĂM.yaml hoặc ghi đường dẫn tới tệp kế hoạch.', fixEn: () => 'Create plans/YEAR.yaml or give the path of a plan file.' },
  'unreadable': { vi: (p) => `Không đọc được tệp: ${systemError(String(p.detail))}.`, en: (p) => `Cannot read the file: ${systemError(String(p.detail))}.` },
  binary: { vi: () => 'Tệp có byte NUL: đây không phải tệp văn bản YAML.', en: () => 'The file holds a NUL byte: it is not a YAML text file.', fixVi: () => 'Kiểm tra lại tệp đã chọn; kế hoạch là tệp văn bản UTF-8.', fixEn: () => 'Check the file chosen; a plan is a UTF-8 text file.' },
  'not-utf8': { vi: () => 'Tệp không phải mã UTF-8 (có byte không hợp lệ ở đây).', en: () => 'The file is not UTF-8 (an invalid byte here).', fixVi: () => 'Lưu lại tệp với mã UTF-8 (VS Code: "Save with Encoding" → UTF-8).', fixEn: () => 'Save the file as UTF-8 (VS Code: "Save with Encoding" → UTF-8).' },
  empty: { vi: () => 'Tệp kế hoạch trống.', en: () => 'The plan file is empty.', fixVi: () => 'Sao chép một kế hoạch có sẵn (plans/2025.yaml) rồi sửa.', fixEn: () => 'Copy an existing plan (plans/2025.yaml) and edit it.' },
  'not-a-mapping': { vi: () => 'Kế hoạch phải là một nhóm khóa (header:, period:, title: …), không phải một giá trị đơn hay danh sách.', en: () => 'A plan must be a mapping of keys (header:, period:, title: …), not a single value or a list.', fixVi: () => 'Xem ví dụ plans/2025.yaml.', fixEn: () => 'See the example plans/2025.yaml.' },
  'duplicate-key': { vi: (p) => `Khóa '${p.key}' được khai báo hai lần.`, en: (p) => `The key '${p.key}' is declared twice.`, fixVi: () => 'Xóa hoặc đổi tên một trong hai; YAML chỉ giữ một giá trị cho mỗi khóa.', fixEn: () => 'Remove or rename one of them; YAML keeps one value per key.' },
  'tab-indent': { vi: () => 'Dòng này thụt lề bằng phím Tab: YAML không cho dùng phím Tab để thụt lề; dùng dấu cách.', en: () => 'Indented with a tab: YAML allows only spaces.', fixVi: () => 'Thay Tab bằng dấu cách, 2 dấu cách mỗi cấp (VS Code: bấm "Tab Size" ở thanh dưới cùng, chọn "Indent Using Spaces", rồi "Convert Indentation to Spaces").', fixEn: () => 'Replace the tab with spaces (VS Code: "Convert Indentation to Spaces").' },
  'bad-indent': { vi: (p) => `Thụt đầu dòng sai: ${p.detail}.`, en: (p) => `Wrong indentation: ${p.detail}.`, fixVi: () => 'Các khóa cùng cấp phải thẳng hàng; khóa con thụt vào thêm 2 dấu cách.', fixEn: () => 'Keys of one level line up; a nested key is indented 2 more spaces.' },
  'yaml-unclosed': { vi: (p) => `Thiếu ký tự đóng: ${p.detail}.`, en: (p) => `A closing character is missing: ${p.detail}.`, fixVi: () => 'Đóng dấu ngoặc kép, ngoặc vuông hoặc ngoặc nhọn đã mở.', fixEn: () => 'Close the quote, bracket or brace that was opened.' },
  'yaml-implicit-key': { vi: (p) => `Dòng này đọc thành khóa không hợp lệ: ${p.detail}.`, en: (p) => `This line reads as an invalid key: ${p.detail}.`, fixVi: () => 'Chữ có dấu ": " hoặc kết thúc bằng ":" phải đặt trong ngoặc kép, hoặc viết dạng khối ">-".', fixEn: () => 'Text holding ": " or ending in ":" must be quoted, or written as a ">-" block.' },
  'bad-alias': { vi: (p) => `Bí danh YAML không hợp lệ: ${p.detail}.`, en: (p) => `Invalid YAML alias: ${p.detail}.`, fixVi: () => 'Khai báo &tên trước khi dùng *tên.', fixEn: () => 'Declare &name before using *name.' },
  'multiple-docs': { vi: () => 'Tệp có nhiều tài liệu YAML (dấu ---): mỗi tệp chỉ chứa một kế hoạch.', en: () => 'The file holds several YAML documents (---): one plan per file.', fixVi: () => 'Tách mỗi kế hoạch ra một tệp.', fixEn: () => 'Put each plan in a file of its own.' },
  'yaml-syntax': { vi: (p) => `Lỗi cú pháp YAML: ${p.detail}.`, en: (p) => `YAML syntax error: ${p.detail}.`, fixVi: () => 'Kiểm tra thụt đầu dòng, dấu hai chấm và dấu ngoặc kép quanh dòng này.', fixEn: () => 'Check the indentation, colons and quotes around this line.' },
  'yaml-more': { vi: (p) => `Còn ${p.count} lỗi cú pháp YAML khác từ đây trở xuống (thường do một lỗi ở trên kéo theo).`, en: (p) => `${p.count} more YAML syntax problems from here on (usually the echo of one above).`, fixVi: () => 'Sửa các lỗi ở trên rồi kiểm tra lại.', fixEn: () => 'Fix the problems above, then check again.' },
  'alias-limit': { vi: (p) => `Các bí danh YAML (*tên) nở ra hơn ${p.limit} nút; bí danh này nở ra nhiều nhất.`, en: (p) => `The YAML aliases (*name) expand to more than ${p.limit} nodes; this one expands the most.`, fixVi: () => 'Viết trực tiếp nội dung thay vì lồng bí danh.', fixEn: () => 'Write the content out instead of nesting aliases.' },
  'missing-key': { vi: (p) => `Thiếu khóa bắt buộc '${p.key}' trong ${p.where}.`, en: (p) => `The required key '${p.key}' is missing from ${p.where}.`, fixVi: (p) => `Thêm '${p.key}:' vào đây.`, fixEn: (p) => `Add '${p.key}:' here.` },
  'unknown-key': { vi: (p) => `Khóa '${p.key}' không có trong mẫu kế hoạch. ${didYouMean.vi(p)}`.trim(), en: (p) => `'${p.key}' is not a key of the plan format. ${didYouMean.en(p)}`.trim(), fixVi: (p) => (p.cut ? `Trong { … } dấu phẩy tách các khóa, nên chữ sau dấu phẩy thành khóa '${p.key}': đặt giá trị có dấu phẩy trong ngoặc kép, ví dụ content: "Cán bộ, ${p.key}".` : `Các khóa được dùng ở đây: ${p.allowed}.`), fixEn: (p) => (p.cut ? `Inside { … } a comma separates keys, so the words after it became the key '${p.key}': put a value holding a comma in quotes, e.g. content: "Staff, ${p.key}".` : `Keys allowed here: ${p.allowed}.`) },
  'bad-key-name': { vi: (p) => `Khóa '${p.key}' không hợp lệ.`, en: (p) => `'${p.key}' is not a valid key.`, fixVi: () => 'Khóa viết chữ thường không dấu, số và gạch dưới, bắt đầu bằng chữ: tccb, udcntt_cds.', fixEn: () => 'A key is lower-case ASCII letters, digits and underscores, starting with a letter: tccb, udcntt_cds.' },
  'control-character': {
    vi: (p) => `'${p.field}' có ký tự điều khiển ${p.char}, không in được trong văn bản Word.`,
    en: (p) => `'${p.field}' holds the control character ${p.char}, which a Word document cannot hold.`,
    fixVi: () => 'Xóa ký tự này (thường lẫn vào khi sao chép từ tài liệu khác); trong VS Code nó hiện thành một ô nhỏ hoặc chữ viết tắt như "SOH".',
    fixEn: () => 'Delete it (it usually comes with text copied from another document); VS Code shows it as a small box or a name such as "SOH".',
  },
  'line-break': {
    vi: (p) => `'${p.field}' in trên một dòng nhưng có ký tự xuống dòng (${p.char}).`,
    en: (p) => `'${p.field}' prints on one line but holds a line break (${p.char}).`,
    fixVi: () => 'Viết trên một dòng. Chữ dài có thể viết dạng khối ">-" (các dòng nối bằng dấu cách, không để dòng trống).',
    fixEn: () => 'Write it on one line. Long text may be a ">-" block (its lines are joined with spaces; leave no blank line).',
  },
  'bad-format': { vi: (p) => `Giá trị '${p.value}' của '${p.field}' sai định dạng.`, en: (p) => `'${p.value}' is not in the format '${p.field}' needs.`, fixVi: (p) => String(p.description ?? ''), fixEn: (p) => String(p.description ?? '') },
  'wrong-type': { vi: (p) => `'${p.field}' phải là ${typesVi(p.expected)}, nhưng đang là ${typesVi(p.actual)}.`, en: (p) => `'${p.field}' must be a ${typesEn(p.expected)}, not a ${typesEn(p.actual)}.`, fixVi: (p) => String(p.description ?? 'Xem ví dụ plans/2025.yaml.'), fixEn: () => 'See the example plans/2025.yaml.' },
  'not-allowed': { vi: (p) => `Giá trị '${p.value}' không được chấp nhận. ${didYouMean.vi(p)}`.trim(), en: (p) => `'${p.value}' is not allowed here. ${didYouMean.en(p)}`.trim(), fixVi: (p) => `Chọn một trong: ${p.allowed}.`, fixEn: (p) => `Use one of: ${p.allowed}.` },
  'out-of-range': { vi: (p) => `'${p.field}' = ${p.value} nằm ngoài giới hạn (${p.comparison} ${p.limit}).`, en: (p) => `'${p.field}' = ${p.value} is out of range (must be ${p.comparison} ${p.limit}).`, fixVi: (p) => String(p.description ?? ''), fixEn: (p) => `Use a value ${p.comparison} ${p.limit}.` },
  'empty-list': { vi: (p) => `Danh sách '${p.field}' trống.`, en: (p) => `The list '${p.field}' is empty.`, fixVi: () => 'Thêm ít nhất một phần tử, hoặc xóa khóa này.', fixEn: () => 'Add at least one entry, or remove the key.' },
  'empty-text': { vi: (p) => `'${p.field}' để trống.`, en: (p) => `'${p.field}' is empty.`, fixVi: () => 'Điền nội dung, hoặc xóa khóa này nếu không bắt buộc.', fixEn: () => 'Fill it in, or remove the key if it is optional.' },
  'header-line-too-wide': {
    vi: (p) => `Dòng "${p.line}" rộng khoảng ${p.width} mm, cột tên cơ quan chỉ có ${p.room} mm (cột bên phải giữ Quốc hiệu trên một dòng): Word sẽ tự xuống dòng ở chỗ không định trước.`,
    en: (p) => `The line "${p.line}" is about ${p.width} mm wide and the agency column has ${p.room} mm (the right column keeps the Quốc hiệu on one line): Word will wrap it wherever it falls.`,
    fixVi: (p) => `Ghi ${p.key} thành danh sách các dòng, ngắt giữa các từ và không ngắt trong tên riêng, ví dụ ${p.key}: ${p.suggestion}.`,
    fixEn: (p) => `Write ${p.key} as a list of lines, broken between words and never inside a name, e.g. ${p.key}: ${p.suggestion}.`,
  },
  'date-line-too-wide': {
    vi: (p) => `Dòng địa danh, ngày tháng rộng khoảng ${p.width} mm, cột bên phải chỉ có ${p.room} mm: dòng này sẽ bị xuống dòng.`,
    en: (p) => `The place and date line is about ${p.width} mm wide and the right column has ${p.room} mm: it will wrap.`,
    fixVi: () => 'Kiểm tra địa danh (tên chính thức của nơi cơ quan đóng trụ sở), hoặc rút ngắn các dòng tên cơ quan để cột bên phải rộng hơn.',
    fixEn: () => 'Check the place name (the official name of where the office sits), or shorten the agency lines to leave the right column more room.',
  },
  'year-outside-period': { vi: (p) => `Năm ${p.year} nằm ngoài thời kỳ ${p.period} của kế hoạch.`, en: (p) => `The year ${p.year} is outside the plan's period ${p.period}.`, fixVi: () => 'Sửa year, hoặc mở rộng period: "2026 - 2027".', fixEn: () => 'Correct year, or widen period: "2026 - 2027".' },
  'text-as-key': {
    vi: (p) => `Đoạn "${p.key}:" kết thúc bằng dấu hai chấm nên YAML đọc thành một khóa, không phải một đoạn văn.`,
    en: (p) => `"${p.key}:" ends in a colon, so YAML reads it as a key, not a paragraph.`,
    fixVi: () => 'Đặt đoạn văn trong ngoặc kép, hoặc viết dạng khối ">-" ở dòng dưới.',
    fixEn: () => 'Put the paragraph in quotes, or write it as a ">-" block on the lines below.',
  },
  'too-deep': { vi: (p) => `Các khối lồng nhau sâu quá ${p.limit} cấp.`, en: (p) => `Nesting deeper than ${p.limit} levels.`, fixVi: () => 'Một kế hoạch chỉ lồng khoảng mười cấp (mục, phần, điểm, ý); kiểm tra dấu ngoặc [ { và thụt đầu dòng ở đây.', fixEn: () => 'A plan nests about ten levels (sections, parts, points, items); check the brackets [ { and the indentation here.' },
  schema: { vi: (p) => `Không đúng mẫu kế hoạch: ${p.detail}.`, en: (p) => `Does not fit the plan format: ${p.detail}.` },
  'units-csv': { vi: (p) => `Tệp CSV đọc không được: ${p.problem}`, en: (p) => `The CSV cannot be read: ${p.problem}`, fixVi: () => 'Mỗi dòng cùng số cột với dòng tiêu đề; ô có dấu phẩy hoặc xuống dòng đặt trong ngoặc kép.', fixEn: () => 'Every row has as many cells as the header row; a cell with a comma or a line break is quoted.' },
  'units-csv-column': { vi: (p) => `Cột '${p.column}' không có trong danh sách đơn vị. ${didYouMean.vi(p)}`, en: (p) => `No column '${p.column}' in a units file. ${didYouMean.en(p)}`, fixVi: (p) => `Dòng đầu là tên các cột: ${p.known}.`, fixEn: (p) => `The first row names the columns: ${p.known}.` },
  'units-csv-missing': { vi: (p) => `Thiếu cột '${p.column}'.`, en: (p) => `The column '${p.column}' is missing.`, fixVi: (p) => `Dòng đầu là tên các cột: ${p.known}; key, name, code và signer_title là bắt buộc.`, fixEn: (p) => `The first row names the columns: ${p.known}; key, name, code and signer_title are required.` },
  'unit-duplicate-key': { vi: (p) => `Khóa đơn vị '${p.key}' trùng với đơn vị ở dòng ${p.first}; đơn vị này bị bỏ qua.`, en: (p) => `The unit key '${p.key}' repeats the unit on line ${p.first}; this one is left out.`, fixVi: () => 'Mỗi đơn vị một khóa riêng: khóa là tên thư mục plans/units/<khóa>/.', fixEn: () => 'Give each unit its own key: it names the folder plans/units/<key>/.' },
  'unit-unknown-group': { vi: (p) => `Kế hoạch của Sở không có đơn vị hay nhóm '${p.key}'. ${didYouMean.vi(p)}`, en: (p) => `The Department's plan has no unit or group '${p.key}'. ${didYouMean.en(p)}`, fixVi: (p) => `Dùng khóa trong units: của ${p.plan}: ${p.known}.`, fixEn: (p) => `Use a key of units: in ${p.plan}: ${p.known}.` },
  'unit-two-plans': { vi: (p) => `Thư mục ${p.folder} có nhiều kế hoạch năm ${p.year}: ${p.files}.`, en: (p) => `The folder ${p.folder} has several plans for ${p.year}: ${p.files}.`, fixVi: (p) => `Giữ một tệp ${p.year}.yaml cho mỗi đơn vị; chuyển bản cũ ra khỏi thư mục.`, fixEn: (p) => `Keep one ${p.year}.yaml per unit; move the other out of the folder.` },
  'awaits-words': { vi: (p) => `Chỗ này còn chờ đơn vị viết: ${p.text}`, en: (p) => `This place still waits for the unit's own words: ${p.text}`, fixVi: () => 'Thay cả dấu ngoặc vuông bằng nội dung của đơn vị.', fixEn: () => 'Replace the whole bracket with the unit\'s own text.' },
  'results-plan-missing': { vi: (p) => `Không có kế hoạch ${p.plan} mà tệp kết quả này theo dõi.`, en: (p) => `The plan ${p.plan} this record follows does not exist.`, fixVi: () => 'Ghi plan: là năm của kế hoạch (2025 = plans/2025.yaml) hoặc đường dẫn tới tệp kế hoạch, tính từ thư mục của tệp này.', fixEn: () => 'Set plan: to the plan\'s year (2025 = plans/2025.yaml) or to its path from this file\'s folder.' },
  'results-plan-invalid': { vi: (p) => `Kế hoạch ${p.plan} có ${p.errors} lỗi nên chưa kiểm tra được tệp kết quả.`, en: (p) => `The plan ${p.plan} has ${p.errors} error(s), so the record cannot be checked against it.`, fixVi: (p) => `Sửa kế hoạch trước: cchc-plan validate ${p.plan}`, fixEn: (p) => `Fix the plan first: cchc-plan validate ${p.plan}` },
  'unknown-row': { vi: (p) => `Kế hoạch không có dòng '${p.row}'.`, en: (p) => `The plan has no row '${p.row}'.`, fixVi: (p) => `Các mã gần nhất: ${p.suggestions || '(không có)'}. cchc-plan status in mã của mọi dòng.`, fixEn: (p) => `The closest: ${p.suggestions || '(none)'}. cchc-plan status prints every row's reference.` },
  'month-needed': { vi: (p) => `Dòng '${p.row}' có nhiều tháng (${p.months}): ghi month: cho kết quả này.`, en: (p) => `Row '${p.row}' is planned for several months (${p.months}): give this entry a month:.`, fixVi: (p) => `Thêm month: là một trong các tháng ${p.months}.`, fixEn: (p) => `Add month: one of ${p.months}.` },
  'month-not-planned': { vi: (p) => `Dòng '${p.row}' không có kế hoạch trong tháng ${p.month} (chỉ có tháng ${p.months}).`, en: (p) => `Row '${p.row}' is not planned for month ${p.month} (only ${p.months}).`, fixVi: () => 'month: là tháng của kế hoạch mà kết quả này thuộc về; ngày làm thực tế ghi ở done:.', fixEn: () => 'month: is the planned month the entry is for; the day it was actually done goes in done:.' },
  'entry-state': { vi: (p) => (p.both ? 'Kết quả vừa có done vừa có not_done.' : 'Kết quả không có done (ngày đã làm) cũng không có not_done (lý do không làm).'), en: (p) => (p.both ? 'The entry has both done and not_done.' : 'The entry has neither done (the date) nor not_done (the reason).'), fixVi: () => 'Ghi một trong hai: done: 2025-01-20 (kèm evidence:), hoặc not_done: "lý do".', fixEn: () => 'Give one of them: done: 2025-01-20 (with evidence:), or not_done: "the reason".' },
  'record-date-outside-period': { vi: (p) => `Ngày ${p.value} nằm ngoài thời kỳ ${p.period} của kế hoạch.`, en: (p) => `The date ${p.value} is outside the plan's period ${p.period}.`, fixVi: () => 'Kiểm tra lại năm của ngày.', fixEn: () => 'Check the year of the date.' },
  'bad-url': { vi: (p) => `'${p.value}' không phải một địa chỉ web hợp lệ.`, en: (p) => `'${p.value}' is not a valid web address.`, fixVi: () => 'Dán đủ địa chỉ, bắt đầu bằng https://, không có dấu cách.', fixEn: () => 'Paste the whole address, starting https://, with no spaces.' },
  'duplicate-entry': { vi: (p) => `Kết quả của dòng '${p.row}'${p.month ? ` tháng ${p.month}` : ''} đã được ghi ở dòng ${p.line}.`, en: (p) => `Row '${p.row}'${p.month ? ` month ${p.month}` : ''} is already recorded at line ${p.line}.`, fixVi: () => 'Xóa một trong hai, hoặc sửa month:.', fixEn: () => 'Remove one of them, or correct month:.' },
  'duplicate-post': { vi: (p) => `Tin, bài ${p.url} đã được ghi ở dòng ${p.line}.`, en: (p) => `The article ${p.url} is already recorded at line ${p.line}.`, fixVi: () => 'Xóa bản ghi trùng.', fixEn: () => 'Remove the duplicate.' },
  'padded-key': {
    vi: (p) => `'${p.key}' có ký tự trắng ${p.char} dính ở đầu hoặc cuối, nên không được đọc là ${PADDED_VI[String(p.what)] ?? 'giá trị'} '${p.key}'${p.what === 'unknown-unit' ? ' (khóa này cũng chưa khai báo trong units)' : ''}.`,
    en: (p) => `'${p.key}' has the white-space character ${p.char} at its start or end, so it does not read as the ${PADDED_EN[String(p.what)] ?? 'value'} '${p.key}'${p.what === 'unknown-unit' ? ' (a key not declared under units either)' : ''}.`,
    fixVi: (p) => `Xóa ký tự ${p.char} (không nhìn thấy; thường lẫn vào khi sao chép từ Word hay trang web): xóa cả giá trị rồi gõ lại ${p.key}.`,
    fixEn: (p) => `Delete the ${p.char} (invisible; it comes with text copied from Word or a web page): clear the value and type ${p.key} again.`,
  },
  'too-long': {
    vi: (p) => `'${p.value}' dài ${p.length} ký tự, quá giới hạn ${p.limit} ký tự.`,
    en: (p) => `'${p.value}' is ${p.length} characters long, more than the limit of ${p.limit}.`,
    fixVi: (p) => `Rút gọn còn tối đa ${p.limit} ký tự: khóa và mã là tên ngắn để tham chiếu (tccb, thpt_phu_tam); tên đầy đủ ghi ở name.`,
    fixEn: (p) => `Shorten it to ${p.limit} characters at most: keys and ids are short names to refer by (tccb, thpt_phu_tam); the full name goes in name.`,
  },
  'unknown-unit': { vi: (p) => `Không có đơn vị '${p.key}' trong units. ${didYouMean.vi(p)}`.trim(), en: (p) => `No unit '${p.key}' is declared in units. ${didYouMean.en(p)}`.trim(), fixVi: (p) => `Khai báo '${p.key}' trong units, hoặc dùng một khóa đã có: ${p.known || '(chưa có)'}.`, fixEn: (p) => `Declare '${p.key}' under units, or use a declared key: ${p.known || '(none yet)'}.` },
  'bad-template': {
    vi: (p) => `Tham chiếu {{…}} viết sai: ${p.problem === 'unclosed' ? 'mở {{ mà không đóng }}' : `${p.raw} không phải một tham chiếu đơn giản`}.`,
    en: (p) => `Malformed {{…}} reference: ${p.problem === 'unclosed' ? '{{ is never closed with }}' : `${p.raw} is not a plain reference`}.`,
    fixVi: () => 'Chỉ dùng dạng {{targets.khoa}}, {{units.khoa}}, {{units.khoa.name}}, {{year}}; đóng đủ hai dấu }}.',
    fixEn: () => 'Use only {{targets.key}}, {{units.key}}, {{units.key.name}}, {{year}}, closed with }}.',
  },
  'ref-unknown-target': { vi: (p) => `Tham chiếu {{${p.ref}}}: không có chỉ tiêu '${p.key}'. ${didYouMean.vi(p)}`.trim(), en: (p) => `{{${p.ref}}}: no target '${p.key}'. ${didYouMean.en(p)}`.trim(), fixVi: () => 'Khai báo chỉ tiêu trong targets, hoặc sửa tên khóa.', fixEn: () => 'Declare the target under targets, or correct the key.' },
  'ref-unknown-unit': { vi: (p) => `Tham chiếu {{${p.ref}}}: không có đơn vị '${p.key}'. ${didYouMean.vi(p)}`.trim(), en: (p) => `{{${p.ref}}}: no unit '${p.key}'. ${didYouMean.en(p)}`.trim(), fixVi: () => 'Khai báo đơn vị trong units, hoặc sửa tên khóa.', fixEn: () => 'Declare the unit under units, or correct the key.' },
  'ref-unknown-field': { vi: (p) => `Tham chiếu {{${p.ref}}} không trỏ tới trường nào.`, en: (p) => `{{${p.ref}}} names no field.`, fixVi: () => 'Dùng {{targets.khoa}}, {{targets.khoa.value}}, {{units.khoa}}, {{units.khoa.name}}, {{header.place}}, {{year}}, {{period}}.', fixEn: () => 'Use {{targets.key}}, {{targets.key.value}}, {{units.key}}, {{units.key.name}}, {{header.place}}, {{year}}, {{period}}.' },
  'ref-unknown-root': { vi: (p) => `Tham chiếu {{${p.ref}}} không tồn tại${p.ref === 'quarter' ? ' ngoài nhiệm vụ của bảng rota' : ''}.`, en: (p) => `{{${p.ref}}} is not defined${p.ref === 'quarter' ? ' outside a rota task' : ''}.`, fixVi: () => 'Các tham chiếu: targets.…, units.…, header.…, year, period ({{quarter}} chỉ trong task của bảng rota).', fixEn: () => 'References: targets.…, units.…, header.…, year, period ({{quarter}} only in a rota task).' },
  'unclosed-emphasis': { vi: (p) => `Dấu nhấn mạnh '${p.marker}' được mở mà không đóng.`, en: (p) => `The emphasis marker '${p.marker}' is opened but never closed.`, fixVi: (p) => `Thêm '${p.marker}' ở cuối đoạn in ${p.marker === '**' ? 'đậm' : 'nghiêng'}, hoặc viết \\* cho dấu sao thường.`, fixEn: (p) => `Add '${p.marker}' where the ${p.marker === '**' ? 'bold' : 'italic'} run ends, or write \\* for a literal asterisk.` },
  'typed-bullet': { vi: (p) => `Dòng bắt đầu bằng '${p.glyph}': dấu đầu dòng được thêm tự động nên sẽ bị lặp.`, en: (p) => `The line starts with '${p.glyph}': the bullet is added automatically and would be doubled.`, fixVi: () => 'Xóa dấu đầu dòng ở đầu chuỗi.', fixEn: () => 'Remove the glyph at the start of the text.' },
  'typed-recipient-punctuation': { vi: () => 'Nơi nhận kết thúc bằng dấu câu: dấu ";" được thêm tự động.', en: () => 'The recipient ends with punctuation: ";" is added automatically.', fixVi: () => 'Xóa dấu câu ở cuối.', fixEn: () => 'Remove the final punctuation.' },
  'bad-code': { vi: (p) => `Chữ viết tắt tên cơ quan '${p.value}' sai dạng.`, en: (p) => `The agency code '${p.value}' is malformed.`, fixVi: () => 'Chữ in hoa và số, không khoảng trắng; các phần nối bằng "-" không có dấu cách: SGDĐT, UBND.', fixEn: () => 'Capitals and digits, no spaces; parts joined by "-" with no spaces: SGDĐT, UBND.' },
  'bad-number': { vi: (p) => `Số văn bản '${p.value}' không hợp lệ.`, en: (p) => `The document number '${p.value}' is not valid.`, fixVi: () => 'Chỉ ghi số (05, 172), không ghi ký hiệu; để trống khi chưa lấy số.', fixEn: () => 'Write the number only (05, 172), not the code; leave it blank until registration.' },
  'number-leading-zero': { vi: (p) => `Số văn bản dưới 10 phải có số 0 đứng trước.`, en: () => 'A document number below 10 takes a leading zero.', fixVi: (p) => `Viết "${p.fixed}" (trong ngoặc kép).`, fixEn: (p) => `Write "${p.fixed}" (quoted).` },
  'bad-date': { vi: (p) => `Ngày '${p.value}' không có thật.`, en: (p) => `'${p.value}' is not a real date.`, fixVi: () => 'Kiểm tra ngày và tháng (YYYY-MM-DD, tháng 1–12).', fixEn: () => 'Check the day and month (YYYY-MM-DD, month 1–12).' },
  'period-order': { vi: (p) => `Giai đoạn ${p.from}–${p.to}: năm bắt đầu sau năm kết thúc.`, en: (p) => `Period ${p.from}–${p.to}: the first year is after the last.`, fixVi: () => 'Ghi năm bắt đầu trước: "2022-2025".', fixEn: () => 'Put the first year first: "2022-2025".' },
  'date-outside-period': { vi: (p) => `Ngày ban hành năm ${p.year} không khớp với thời kỳ ${p.period} của kế hoạch.`, en: (p) => `The issue date's year ${p.year} does not fit the plan's period ${p.period}.`, fixVi: () => 'Kiểm tra lại header.date hoặc period.', fixEn: () => 'Check header.date or period.' },
  'percent-range': { vi: (p) => `Chỉ tiêu '${p.key}' = ${p.value}% nằm ngoài khoảng 0–100%.`, en: (p) => `Target '${p.key}' = ${p.value}% is outside 0–100%.`, fixVi: () => 'Sửa tỷ lệ phần trăm.', fixEn: () => 'Correct the percentage.' },
  'unused-target': { vi: (p) => `Chỉ tiêu '${p.key}' được khai báo nhưng không dùng ở đâu.`, en: (p) => `Target '${p.key}' is declared but never used.`, fixVi: (p) => `Viết {{targets.${p.key}}} vào chỗ con số trong văn bản, hoặc xóa chỉ tiêu.`, fixEn: (p) => `Write {{targets.${p.key}}} where the figure stands in the text, or remove it.` },
  'unused-unit': { vi: (p) => `Đơn vị '${p.key}' được khai báo nhưng không dùng ở đâu.`, en: (p) => `Unit '${p.key}' is declared but never used.`, fixVi: () => 'Dùng khóa này trong bảng hoặc văn bản, hoặc xóa nó.', fixEn: () => 'Use the key in a table or the text, or remove it.' },
  'month-outside-quarter': { vi: (p) => `Tháng ${p.month} không thuộc quý ${p.quarter}.`, en: (p) => `Month ${p.month} is not in quarter ${p.quarter}.`, fixVi: (p) => `Quý ${p.quarter} gồm các tháng ${p.first}–${p.last}.`, fixEn: (p) => `Quarter ${p.quarter} is months ${p.first}–${p.last}.` },
  'duplicate-quarter': { vi: (p) => `Quý ${p.quarter} đã có ở dòng ${p.row}.`, en: (p) => `Quarter ${p.quarter} is already on row ${p.row}.`, fixVi: () => 'Kiểm tra số quý.', fixEn: () => 'Check the quarter number.' },
  'repeated-month': { vi: (p) => `Tháng ${p.month} được ghi hai lần.`, en: (p) => `Month ${p.month} is listed twice.`, fixVi: () => 'Xóa tháng bị lặp.', fixEn: () => 'Remove the repeated month.' },
  'missing-when': { vi: (p) => `Dòng ${p.row} không có thời gian thực hiện.`, en: (p) => `Row ${p.row} has no time.`, fixVi: () => 'Thêm month: 3 (hoặc [3, 9]), hoặc when: "Thường xuyên".', fixEn: () => 'Add month: 3 (or [3, 9]), or when: "Thường xuyên".' },
  'month-without-activity': { vi: (p) => `Bảng theo tháng không có hoạt động nào trong tháng ${p.months}.`, en: (p) => `The monthly table has no activity in month(s) ${p.months}.`, fixVi: () => 'Nếu cố ý thì bỏ qua cảnh báo này; nếu không, kiểm tra lại cột tháng.', fixEn: () => 'If this is intended, ignore this warning; otherwise check the month column.' },
  'widths-count': { vi: (p) => `widths có ${p.widths} số nhưng bảng có ${p.columns} cột.`, en: (p) => `widths has ${p.widths} numbers but the table has ${p.columns} columns.`, fixVi: () => 'Ghi một độ rộng cho mỗi cột, hoặc bỏ widths để các cột rộng bằng nhau.', fixEn: () => 'Give one width a column, or leave widths out for equal columns.' },
  'align-count': { vi: (p) => `align có ${p.align} giá trị nhưng bảng có ${p.columns} cột.`, en: (p) => `align has ${p.align} values but the table has ${p.columns} columns.`, fixVi: () => 'Ghi một giá trị (left, center hoặc right) cho mỗi cột, hoặc bỏ align.', fixEn: () => 'Give one value (left, center or right) a column, or leave align out.' },
  'row-width': { vi: (p) => `Dòng có ${p.cells} ô nhưng bảng có ${p.columns} cột.`, en: (p) => `The row has ${p.cells} cells but the table has ${p.columns} columns.`, fixVi: () => 'Thêm hoặc bớt ô cho đủ số cột (ô trống ghi "-").', fixEn: () => 'Add or remove cells to match the columns.' },
  'duplicate-id': { vi: (p) => `Mã '${p.id}' đã dùng ở dòng ${p.row}.`, en: (p) => `The id '${p.id}' is already used by row ${p.row}.`, fixVi: () => 'Mỗi mã chỉ dùng một lần trong một bảng.', fixEn: () => 'Each id is used once in a table.' },
  'missing-signer': { vi: () => 'Kế hoạch chưa có người ký (signer).', en: () => 'The plan has no signer.', fixVi: () => 'Thêm signer: { title: GIÁM ĐỐC, name: … } trước khi trình ký.', fixEn: () => 'Add signer: { title: GIÁM ĐỐC, name: … } before it goes for signature.' },
  'missing-signer-name': { vi: () => 'Chưa có họ tên người ký.', en: () => "The signer's name is missing.", fixVi: () => 'Thêm signer.name trước khi trình ký.', fixEn: () => 'Add signer.name before it goes for signature.' },
  'archive-prefix': { vi: () => 'Dòng lưu đã có chữ "Lưu:": chữ này được thêm tự động.', en: () => 'The archive line already says "Lưu:", which is added automatically.', fixVi: () => 'Chỉ ghi nơi lưu: [VT, TCCB].', fixEn: () => 'Write the places only: [VT, TCCB].' },
  'archive-without-vt': { vi: () => 'Dòng "Lưu" không có VT (văn thư).', en: () => 'The "Lưu" line has no VT (records office).', fixVi: () => 'Nghị định 30: "Lưu: VT, …".', fixEn: () => 'Decree 30 expects "Lưu: VT, …".' },
  'archive-punctuation': { vi: (p) => `Dòng "Lưu: ${p.value}" kết thúc bằng dấu câu khác dấu chấm.`, en: (p) => `"Lưu: ${p.value}" ends in punctuation other than a full stop.`, fixVi: () => 'Xóa dấu câu ở cuối; dấu chấm được thêm tự động.', fixEn: () => 'Remove it; the full stop is added automatically.' },
};

/** How long a quoted value may be in a message; a longer one is cut, with "…". */
const QUOTE_LIMIT = 80;

/** A value as a message quotes it: control characters made visible (\u0001), at most QUOTE_LIMIT long. */
function quoted(value: string | number | undefined): string | number | undefined {
  if (typeof value !== 'string') return value;
  const visible = value.replace(/[\u0000-\u001F\u007F]/g, (c) => (c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return visible.length > QUOTE_LIMIT ? `${visible.slice(0, QUOTE_LIMIT - 1)}…` : visible;
}

export function describe(finding: Finding, lang: Lang): { message: string; fix?: string } {
  const entry = MESSAGES[finding.code];
  const params = Object.fromEntries(Object.entries(finding.params ?? {}).map(([k, v]) => [k, quoted(v)]));
  if (!entry) return { message: finding.code };
  const message = (lang === 'vi' ? entry.vi : entry.en)(params);
  const fixText = lang === 'vi' ? entry.fixVi : entry.fixEn;
  const fix = fixText?.(params) || undefined;
  return { message, fix };
}

export const LABELS = {
  vi: { error: 'lỗi', warning: 'cảnh báo', fix: 'cách sửa', ok: 'hợp lệ', summary: (e: number, w: number, f: number) => `${f} tệp: ${e} lỗi, ${w} cảnh báo` },
  en: { error: 'error', warning: 'warning', fix: 'fix', ok: 'valid', summary: (e: number, w: number, f: number) => `${f} file(s): ${e} error(s), ${w} warning(s)` },
};
