// The words of the command line, Vietnamese first and English beside them: each command's description,
// its arguments' and options' help and its examples, and commander's own headings and errors put into the
// reader's language. cli.ts takes the words from here, so one file holds what a person reads in --help.
import { say } from './i18n.js';

/** A text in both languages: [Vietnamese, English]. */
export type Words = readonly [string, string];
export const t = (w: Words) => say(w[0], w[1]);

export const PROGRAM: Words = [
  'Biên soạn kế hoạch tuyên truyền cải cách hành chính (CCHC) từ tệp YAML thành văn bản đúng Nghị định 30/2020/NĐ-CP.',
  'Compile Vietnamese administrative-reform communication plans (Kế hoạch tuyên truyền CCHC) from YAML.',
];
export const HELP_AFTER_ERROR: Words = ['(cchc-plan --help liệt kê các lệnh)', '(cchc-plan --help lists the commands)'];
export const OPTION: Record<string, Words> = {
  help: ['hiện trợ giúp của lệnh', 'display help for command'],
  version: ['in phiên bản', 'output the version number'],
  lang: ['ngôn ngữ của thông báo (mặc định tiếng Việt; CCHC_LANG=en cũng chọn tiếng Anh)', 'language of the messages (Vietnamese by default; CCHC_LANG=en also chooses English)'],
  templates: ['thư mục mẫu dùng thay mẫu có sẵn (sao chép templates/ để bắt đầu)', 'a folder of templates to use instead of the built-in ones (copy templates/ to start)'],
  referenceDoc: ['tệp .docx mang kiểu chữ, phông và đầu trang mà văn bản Word lấy theo (sửa một bản sao của templates/reference.docx)', "a .docx whose styles, fonts and page headers the Word document takes (restyle a copy of templates/reference.docx)"],
  all: ['mọi kế hoạch trong THƯ_MỤC (mặc định plans/), kể cả thư mục con, chạy trên mọi nhân CPU', 'every plan under DIR (default plans/), in subfolders too, on all cores'],
  force: ['ghi đè tệp đã có', 'replace the file if it exists'],
};

/** What each command says of itself: its description, arguments and options, and examples after --help. */
export const COMMAND: Record<string, { description: Words; args?: Record<string, Words>; options?: Record<string, Words>; examples: Words }> = {
  init: {
    description: ['tạo thư mục dự án của một cơ quan: kế hoạch năm đầu, kết quả, cài đặt VS Code và CI', "make an agency's own project folder: its first plan, its record, VS Code settings and CI"],
    args: { folder: ['thư mục dự án (mặc định: thư mục hiện tại)', 'the project folder (default: the current folder)'] },
    options: {
      kind: ['loại kế hoạch mẫu: so (Sở GDĐT), truong (trường học), ubnd-huyen, ubnd-xa', 'the kind of plan to start from: so, truong, ubnd-huyen, ubnd-xa'],
      agency: ['tên cơ quan ban hành, như in ở đầu văn bản', 'the issuing agency, as the header prints it'],
      parent: ['cơ quan chủ quản (không có với Ủy ban nhân dân)', "the parent agency (none for a People's Committee)"],
      place: ['địa danh ở dòng ngày tháng (mặc định: lấy từ tên Ủy ban nhân dân hoặc cơ quan chủ quản)', "the place on the date line (default: from the People's Committee's or the parent agency's name)"],
      year: ['năm của kế hoạch (mặc định: năm nay; với trường học: năm đầu của năm học)', "the plan's year (default: this year; for a school: the school year's first year)"],
      force: ['tạo cả khi thư mục đã có kế hoạch (kế hoạch đã có được giữ nguyên)', 'go on when the folder has plans (the plans it has are kept)'],
    },
    examples: [`
Ví dụ:
  $ cchc-plan init ke-hoach-cchc --kind truong --agency "TRƯỜNG THPT PHAN NGỌC HIỂN" --parent "SỞ GDĐT BẠC LIÊU"
  $ cchc-plan init --kind so --agency "SỞ GIÁO DỤC VÀ ĐÀO TẠO" --parent "UBND TỈNH HẬU GIANG" --year 2026
  $ cchc-plan init phu-tan --kind ubnd-huyen --agency "ỦY BAN NHÂN DÂN HUYỆN PHÚ TÂN"

Tạo plans/NĂM.yaml từ kế hoạch mẫu, results/, schemas/, .vscode/, .gitignore, README.md và tệp CI cho
GitHub Actions và GitLab CI (chạy cchc-plan validate). Mã thoát: 0 đã tạo, 2 lỗi cách dùng (thư mục đã có
kế hoạch mà không có --force).`, `
Examples:
  $ cchc-plan init ke-hoach-cchc --kind truong --agency "TRƯỜNG THPT PHAN NGỌC HIỂN" --parent "SỞ GDĐT BẠC LIÊU"
  $ cchc-plan init --kind so --agency "SỞ GIÁO DỤC VÀ ĐÀO TẠO" --parent "UBND TỈNH HẬU GIANG" --year 2026
  $ cchc-plan init phu-tan --kind ubnd-huyen --agency "ỦY BAN NHÂN DÂN HUYỆN PHÚ TÂN"

Writes plans/YEAR.yaml from an example plan, results/, schemas/, .vscode/, .gitignore, README.md and CI
files for GitHub Actions and GitLab CI (running cchc-plan validate). Exit codes: 0 made, 2 usage error
(a folder with plans and no --force).`],
  },
  validate: {
    description: ['kiểm tra kế hoạch theo lược đồ và các quy tắc của mẫu kế hoạch', 'check plans against the schema and the rules of the format'],
    args: { plans: ['năm (2025 = plans/2025.yaml) hoặc tệp kế hoạch; không ghi: mọi plans/*.yaml', 'years (2025 = plans/2025.yaml) or plan files; none: every plans/*.yaml'] },
    options: { format: ['dạng kết quả', 'output format'] },
    examples: [`
Ví dụ:
  $ cchc-plan validate                 kiểm tra mọi plans/*.yaml
  $ cchc-plan validate 2025            kiểm tra plans/2025.yaml
  $ cchc-plan validate du-thao.yaml --lang en
  $ cchc-plan validate --format github (trong CI của GitHub: ghi chú ngay trên dòng có lỗi)
  $ cchc-plan validate --format gitlab > gl-code-quality-report.json   (báo cáo Code Quality của GitLab)
  $ cchc-plan validate 2025 --format json
  $ cchc-plan validate --all truong    mọi kế hoạch trong truong/

Mã thoát: 0 hợp lệ (có thể có cảnh báo), 1 có lỗi, 2 lỗi cách dùng (tệp hoặc tùy chọn không có).`, `
Examples:
  $ cchc-plan validate                 check every plans/*.yaml
  $ cchc-plan validate 2025            check plans/2025.yaml
  $ cchc-plan validate draft.yaml --lang en
  $ cchc-plan validate --format github (in GitHub's CI: annotations on the lines)
  $ cchc-plan validate --format gitlab > gl-code-quality-report.json   (GitLab's Code Quality report)
  $ cchc-plan validate 2025 --format json
  $ cchc-plan validate --all schools   every plan under schools/, on all cores

Exit codes: 0 valid (warnings allowed), 1 errors found, 2 usage error (unknown file or option).`],
  },
  build: {
    description: ['kiểm tra rồi xuất văn bản Word, bản Markdown, trang web (html) hoặc PDF', 'validate plans and write the Word document, the Markdown copy, a web page (html) or a PDF'],
    args: { plans: ['năm (2025 = plans/2025.yaml) hoặc tệp kế hoạch', 'years (2025 = plans/2025.yaml) or plan files'] },
    options: {
      all: ['mọi kế hoạch trong THƯ_MỤC (mặc định plans/), kể cả thư mục con; kế hoạch lỗi không làm dừng các kế hoạch khác', 'every plan under DIR (default plans/), in subfolders too, on all cores; the others are built when one fails'],
      out: ['thư mục ghi kết quả', 'output folder'],
      format: ['docx, md, html, pdf, hoặc nhiều dạng cách nhau bằng dấu phẩy', 'docx, md, html, pdf, or several separated by commas'],
      pdfTimeout: ['số giây LibreOffice được dùng cho một PDF', 'how long LibreOffice may take to make one PDF'],
    },
    examples: [`
Ví dụ:
  $ cchc-plan build 2025                       out/2025.docx và out/2025.md
  $ cchc-plan build 2025 --format docx --out ~/Desktop
  $ cchc-plan build 2025 --format html                out/2025.html, một trang cho trang thông tin điện tử
  $ cchc-plan build 2025 --format docx,pdf            thêm out/2025.pdf, qua LibreOffice (vài giây)
  $ cchc-plan build 2025 --templates mau-cua-toi      (sau khi: cp -r templates mau-cua-toi)
  $ cchc-plan build 2025 --reference-doc kieu-chu.docx  (bản sao templates/reference.docx đã sửa kiểu chữ trong Word)
  $ cchc-plan build --all truong --out out/truong     mọi kế hoạch trong truong/, cùng cấu trúc thư mục trong out/truong

Kế hoạch được kiểm tra trước; có lỗi thì không xuất, với cùng thông báo như validate.
Mã thoát: 0 đã xuất, 1 kế hoạch hoặc mẫu có lỗi, 2 lỗi cách dùng hoặc không ghi được.`, `
Examples:
  $ cchc-plan build 2025                       out/2025.docx and out/2025.md
  $ cchc-plan build 2025 --format docx --out ~/Desktop
  $ cchc-plan build 2025 --format html                out/2025.html, one page for the agency's website
  $ cchc-plan build 2025 --format docx,pdf            and out/2025.pdf, through LibreOffice (a few seconds)
  $ cchc-plan build 2025 --templates my-templates   (after: cp -r templates my-templates)
  $ cchc-plan build 2025 --reference-doc my-styles.docx   (a copy of templates/reference.docx restyled in Word)
  $ cchc-plan build --all schools --out out/schools  every plan under schools/, same folders under out/schools

The plan is validated first; errors stop the build with the same messages as validate.
Exit codes: 0 built, 1 a plan or template has errors, 2 usage error or unwritable output.`],
  },
  diff: {
    description: ['so sánh hai kế hoạch: những gì thay đổi, theo các phần của kế hoạch, và có thể ghi bản Word đánh dấu thay đổi', "compare two plans: what changed, in the plan's own terms, and optionally as a Word redline"],
    args: { old: ['kế hoạch cũ: năm (2024 = plans/2024.yaml) hoặc tệp', 'the older plan: a year (2024 = plans/2024.yaml) or a file'], new: ['kế hoạch mới', 'the newer plan'] },
    options: {
      format: ['dạng báo cáo', 'report format'],
      ignoreYear: ['bỏ qua những năm chỉ đổi theo năm của kế hoạch (năm 2024 → năm 2025)', "do not report years that just follow the plan's year (năm 2024 → năm 2025)"],
      docx: ['ghi thêm kế hoạch mới thành .docx có đánh dấu thay đổi so với kế hoạch cũ', 'also write the newer plan as a .docx with tracked changes against the older'],
      author: ['người thực hiện thay đổi (mặc định: cơ quan ban hành)', 'author of the tracked changes (default: the agency)'],
      date: ['ngày của các thay đổi, 2025-01-15 (mặc định: ngày của kế hoạch mới)', "date of the tracked changes, 2025-01-15 (default: the newer plan's date)"],
    },
    examples: [`
Ví dụ:
  $ cchc-plan diff 2024 2025                      những thay đổi, theo từng phần của kế hoạch
  $ cchc-plan diff 2024 2025 --ignore-year        bỏ qua "năm 2024" → "năm 2025" và những chỗ tương tự
  $ cchc-plan diff 2024 2025 --format md > thay-doi.md
  $ cchc-plan diff 2024 2025 --format json
  $ cchc-plan diff 2024 2025 --docx out/2025-so-sanh.docx --author "Phòng TCCB"

Cả hai kế hoạch được kiểm tra trước; kế hoạch có lỗi thì dừng (mã 2) với thông báo của validate.
Mã thoát: 0 không khác, 1 có khác biệt, 2 lỗi cách dùng, kế hoạch có lỗi hoặc không ghi được.`, `
Examples:
  $ cchc-plan diff 2024 2025                      the changes, grouped by part of the plan
  $ cchc-plan diff 2024 2025 --ignore-year        leave out "năm 2024" → "năm 2025" and the like
  $ cchc-plan diff 2024 2025 --format md > thay-doi.md
  $ cchc-plan diff 2024 2025 --format json
  $ cchc-plan diff 2024 2025 --docx out/2025-so-sanh.docx --author "Phòng TCCB"

Both plans are validated first; one with errors stops the comparison (exit 2) with validate's messages.
Exit codes: 0 no differences, 1 differences found, 2 usage error, invalid plan or unwritable output.`],
  },
  new: {
    description: ['lập kế hoạch năm sau từ một kế hoạch đã có: năm chuyển theo, số và ngày để trống', "start next year's plan from an earlier one: years moved forward, number and date cleared"],
    args: { year: ['năm của kế hoạch mới: ghi plans/NĂM.yaml', "the new plan's year: writes plans/YEAR.yaml"] },
    options: { from: ['kế hoạch gốc: năm hoặc tệp (mặc định: kế hoạch gần nhất trước NĂM)', 'the plan to start from: a year or a file (default: the latest plan before YEAR)'], force: ['ghi đè plans/NĂM.yaml nếu đã có', 'replace plans/YEAR.yaml if it exists'] },
    examples: [`
Ví dụ:
  $ cchc-plan new 2026                  plans/2026.yaml từ kế hoạch gần nhất (plans/2025.yaml)
  $ cchc-plan new 2026 --from 2024      từ plans/2024.yaml
  $ cchc-plan new 2026 --force          ghi đè plans/2026.yaml đã có

Các năm theo năm của kế hoạch được chuyển sang năm mới ("năm 2024" → "năm 2025"); ngày cụ thể
("ngày 22/01/2025") và chú thích được liệt kê để người xem lại. Mã thoát: 0 đã ghi, 1 kế hoạch mới sẽ
không hợp lệ, 2 lỗi cách dùng (không có kế hoạch gốc, kế hoạch đã có, kế hoạch gốc có lỗi).`, `
Examples:
  $ cchc-plan new 2026                  plans/2026.yaml from the latest earlier plan (plans/2025.yaml)
  $ cchc-plan new 2026 --from 2024      from plans/2024.yaml
  $ cchc-plan new 2026 --force          replace an existing plans/2026.yaml

Years that follow the plan's own move forward ("năm 2024" → "năm 2025" too); full dates ("ngày 22/01/2025")
and comments are listed for a person to check. Exit codes: 0 written, 1 the result would not validate,
2 usage error (no earlier plan, the plan exists, an invalid source).`],
  },
  calendar: {
    description: ['các việc hằng tháng của kế hoạch thành tệp lịch (.ics) cho Google Calendar, Outlook, Thunderbird', "the plan's monthly duties as an iCalendar (.ics) file for Google Calendar, Outlook or Thunderbird"],
    args: { plan: ['năm (2025 = plans/2025.yaml) hoặc tệp kế hoạch', 'a year (2025 = plans/2025.yaml) or a plan file'] },
    options: { unit: ['chỉ các việc của đơn vị này, chủ trì hoặc phối hợp (một khóa trong units)', "only this unit's duties, as lead or cooperating (a key from the plan's units)"], out: ["nơi ghi (mặc định out/NĂM.ics; '-' để in ra màn hình)", "where to write (default out/YEAR.ics; '-' for stdout)"] },
    examples: [`
Ví dụ:
  $ cchc-plan calendar 2025                     out/2025.ics: mọi dòng theo tháng và lượt viết bài
  $ cchc-plan calendar 2025 --unit tccb         out/2025-tccb.ics: việc của Phòng TCCB, chủ trì hoặc phối hợp
  $ cchc-plan calendar 2025 --out - > cchc.ics

Mỗi việc là một sự kiện cả ngày kéo dài hết tháng, nhắc lúc 08:00 ngày làm việc đầu tháng. Mã sự kiện cố
định, nên nhập lại tệp thì cập nhật chứ không nhân đôi. Mã thoát: 0 đã ghi, 2 lỗi cách dùng, đơn vị
không có hoặc kế hoạch có lỗi.`, `
Examples:
  $ cchc-plan calendar 2025                     out/2025.ics: every scheduled row and rota month
  $ cchc-plan calendar 2025 --unit tccb         out/2025-tccb.ics: Phòng TCCB's duties, as lead or cooperating
  $ cchc-plan calendar 2025 --out - > cchc.ics

Each duty is an all-day event spanning its month, with a reminder at 08:00 on the month's first working
day. UIDs are stable, so importing the file again updates the events instead of duplicating them.
Exit codes: 0 written, 2 usage error, unknown unit or invalid plan.`],
  },
  due: {
    description: ['việc đến hạn trong một tháng, theo từng đơn vị', 'what is due in a month, grouped by unit'],
    options: { month: ['tháng (mặc định: tháng này)', 'the month (default: this month)'], unit: ['chỉ việc của đơn vị này', "only this unit's duties"], plan: ['kế hoạch cần đọc (mặc định: năm của tháng, plans/NĂM.yaml)', "the plan to read (default: the month's year, plans/YYYY.yaml)"], format: ['dạng kết quả', 'output format'] },
    examples: [`
Ví dụ:
  $ cchc-plan due                               tháng này, từ plans/<năm nay>.yaml
  $ cchc-plan due --month 2025-03
  $ cchc-plan due --month 2025-03 --unit tccb
  $ cchc-plan due --month 2025-03 --format json

Mã thoát: 0 đã liệt kê (kể cả khi không có việc nào), 2 lỗi cách dùng, đơn vị không có hoặc kế hoạch có lỗi.`, `
Examples:
  $ cchc-plan due                               this month, from plans/<this year>.yaml
  $ cchc-plan due --month 2025-03
  $ cchc-plan due --month 2025-03 --unit tccb
  $ cchc-plan due --month 2025-03 --format json

Exit codes: 0 listed (also when nothing is due), 2 usage error, unknown unit or invalid plan.`],
  },
  done: {
    description: ['ghi một hoạt động của kế hoạch đã làm (hoặc không làm) vào results/NĂM.yaml', 'record that a planned activity was done (or not) in results/YEAR.yaml'],
    args: { year: ['tệp kết quả: năm (2025 = results/2025.yaml) hoặc tệp', 'the record: a year (2025 = results/2025.yaml) or a record file'], row: ['dòng của kế hoạch: mã của dòng, hoặc mã status in ra (a1t1r3)', 'the row: its id, or the reference status prints (a1t1r3)'] },
    options: { month: ['tháng kế hoạch của lần ghi này (cần khi dòng có nhiều tháng)', 'the planned month the entry is for (needed when the row has several)'], date: ['ngày đã làm (mặc định hôm nay)', 'the day it was done (default today)'], evidence: ['đường dẫn tới tin, bài đã đăng, hoặc số văn bản', 'a link to what was published, or a document number'], note: ['ghi chú cho báo cáo', 'a note for the report'], notDone: ['ghi là không làm, và lý do', 'record that it was not done, and why'] },
    examples: [RECORD_EXAMPLES()[0], RECORD_EXAMPLES()[1]],
  },
  post: {
    description: ['ghi một tin, bài đã đăng trên chuyên mục CCHC vào results/NĂM.yaml', 'record an article published on the CCHC page in results/YEAR.yaml'],
    args: { year: ['tệp kết quả: năm (2025 = results/2025.yaml) hoặc tệp', 'the record: a year (2025 = results/2025.yaml) or a record file'] },
    options: { unit: ['đơn vị đã đăng (một khóa trong units của kế hoạch)', "the unit that published it (a key of the plan's units)"], title: ['tiêu đề tin, bài', "the article's title"], url: ['địa chỉ của tin, bài', "the article's address"], date: ['ngày đăng (mặc định hôm nay)', 'the day it was published (default today)'] },
    examples: [RECORD_EXAMPLES()[0], RECORD_EXAMPLES()[1]],
  },
  status: {
    description: ['những việc đến hạn tới một tháng hay một quý: đã làm, trễ hạn hay sắp tới', 'what was due up to a month or quarter, and whether it was done, is late or is coming'],
    args: { year: ['tệp kết quả: năm (2025 = results/2025.yaml cùng plans/2025.yaml) hoặc tệp', 'the record: a year (2025 = results/2025.yaml with plans/2025.yaml) or a record file'] },
    options: { month: ['đến hết tháng này (mặc định: tháng hiện tại)', 'up to the end of this month (default: this month)'], quarter: ['đến hết quý này', 'up to the end of this quarter'], unit: ['chỉ hoạt động và tin, bài của đơn vị này', "only this unit's activities and articles"], today: ['ngày dùng để xét trễ hạn (mặc định hôm nay)', 'the day that decides what is late (default today)'], format: ['dạng kết quả', 'output format'] },
    examples: [`
Ví dụ:
  $ cchc-plan status 2025                       đến tháng này
  $ cchc-plan status 2025 --quarter 1           đến hết tháng 3
  $ cchc-plan status 2025 --month 2025-05 --unit tccb
  $ cchc-plan status 2025 --quarter 1 --format json

Mã thoát: 0 không có việc trễ, 1 có việc trễ (dùng để nhắc trong CI), 2 lỗi cách dùng hoặc tệp kết quả có lỗi.`, `
Examples:
  $ cchc-plan status 2025                       up to this month
  $ cchc-plan status 2025 --quarter 1           up to the end of March
  $ cchc-plan status 2025 --month 2025-05 --unit tccb
  $ cchc-plan status 2025 --quarter 1 --format json

Exit codes: 0 nothing is late, 1 something is late (a reminder in CI), 2 usage error or invalid record.`],
  },
  report: {
    description: ['viết báo cáo quý, 6 tháng hoặc năm về việc thực hiện kế hoạch, từ tệp kết quả (.docx và .md)', 'write the quarterly, half-yearly or yearly report on the plan from the record (.docx and .md)'],
    args: { year: ['tệp kết quả: năm (2025 = results/2025.yaml) hoặc tệp', 'the record: a year (2025 = results/2025.yaml) or a record file'] },
    options: { quarter: ['báo cáo quý N', 'the report of quarter N'], half: ['báo cáo 6 tháng đầu năm', 'the report of the first six months'], year: ['báo cáo cả năm', 'the report of the whole year'], date: ['ngày của báo cáo (mặc định hôm nay; NĂM-THÁNG để trống ngày)', "the report's date (default today; YYYY-MM leaves the day blank)"], today: ['ngày dùng để xét trễ hạn (mặc định: ngày của báo cáo)', "the day that decides what is late (default: the report's date)"], out: ['thư mục ghi kết quả', 'output folder'], allowEmpty: ['vẫn viết báo cáo khi chưa ghi kết quả nào', 'write the report even when nothing is recorded'] },
    examples: [`
Ví dụ:
  $ cchc-plan report 2025 --quarter 1           out/2025-bao-cao-quy-1.docx và .md, ghi ngày hôm nay
  $ cchc-plan report 2025 --quarter 1 --date 2025-04-05
  $ cchc-plan report 2025 --half --date 2025-06  để trống ngày cho lúc ký
  $ cchc-plan report 2025 --year --templates mau-cua-toi

Ngày báo cáo không được trước việc nó báo cáo. Mã thoát: 0 đã ghi, 1 chưa ghi kết quả nào (--allow-empty
vẫn viết), ngày báo cáo trước một việc được báo cáo, hoặc mẫu có lỗi, 2 lỗi cách dùng.`, `
Examples:
  $ cchc-plan report 2025 --quarter 1           out/2025-bao-cao-quy-1.docx and .md, dated today
  $ cchc-plan report 2025 --quarter 1 --date 2025-04-05
  $ cchc-plan report 2025 --half --date 2025-06  the day left blank for the signature
  $ cchc-plan report 2025 --year --templates my-templates

A report is never dated before something it reports. Exit codes: 0 written, 1 nothing recorded yet
(--allow-empty writes it anyway), a date before an entry it reports, or a template error, 2 usage error.`],
  },
  import: {
    description: ['đọc một kế hoạch Word (.docx), như của năm trước, thành tệp kế hoạch', "read a Word plan (.docx), such as last year's, into a plan file"],
    args: { file: ['tệp .docx cần đọc', 'the .docx to read'] },
    options: { out: ['nơi ghi kế hoạch (mặc định plans/NĂM.yaml, NĂM lấy từ văn bản)', 'where to write the plan (default plans/YEAR.yaml, YEAR from the document)'], force: ['ghi đè tệp đã có', 'replace the output file if it exists'], format: ['dạng tóm tắt in ra', 'format of the summary on stdout'] },
    examples: [`
Ví dụ:
  $ cchc-plan import ke-hoach-2025.docx                 plans/2025.yaml (năm của văn bản)
  $ cchc-plan import ke-hoach-2025.docx --out plans/truong-2025.yaml
  $ cchc-plan import ke-hoach-2025.docx --force         ghi đè plans/2025.yaml đã có
  $ cchc-plan import ke-hoach-2025.docx --format json   các trường đã nhận ra, từng trường một

Những gì phải đoán hoặc không đặt được vào đâu được liệt kê ở "Cần người xem lại" kèm số đoạn hoặc số
bảng trong .docx, và ghi "Xem lại" trong YAML. Tệp .doc cũ chuyển bằng
soffice --headless --convert-to docx TỆP.doc. Mã thoát: 0 đã nhập, 1 không đọc được kế hoạch (không ghi
tệp nào), 2 lỗi cách dùng (không có tệp, kế hoạch đã có mà không có --force).`, `
Examples:
  $ cchc-plan import ke-hoach-2025.docx                 plans/2025.yaml (the year of the document)
  $ cchc-plan import ke-hoach-2025.docx --out plans/truong-2025.yaml
  $ cchc-plan import ke-hoach-2025.docx --force         replace an existing plans/2025.yaml
  $ cchc-plan import ke-hoach-2025.docx --format json   what was recognised, field by field

What was guessed or could not be placed is listed under "Cần người xem lại" with its paragraph or table
number in the .docx, and marked "Xem lại" in the YAML. An old .doc converts with
soffice --headless --convert-to docx FILE.doc. Exit codes: 0 imported, 1 not a readable plan (nothing is
written), 2 usage error (no such file, the plan exists without --force).`],
  },
  derive: {
    description: ['lập kế hoạch khởi đầu của từng đơn vị từ kế hoạch của Sở (plans/units/<khóa>/NĂM.yaml)', "write each unit's starter plan from the Department's (plans/units/<key>/YEAR.yaml)"],
    args: { year: ['kế hoạch của Sở: năm (2025 = plans/2025.yaml) hoặc tệp', "the Department's plan: a year (2025 = plans/2025.yaml) or a plan file"] },
    options: { units: ['danh sách đơn vị: tệp .yaml (schemas/units.schema.json) hoặc .csv có dòng tiêu đề', 'the units: a .yaml (schemas/units.schema.json) or a .csv with a header row'], out: ['thư mục chứa thư mục của các đơn vị', 'where the unit folders go'], force: ['ghi đè kế hoạch đã có', 'replace plans that exist'] },
    examples: [`
Ví dụ:
  $ cchc-plan derive 2025 --units plans/units.yaml      plans/units/<khóa>/2025.yaml cho mọi đơn vị
  $ cchc-plan derive 2025 --units truong.csv --out plans/truong
  $ cchc-plan derive 2025 --units plans/units.yaml --force   ghi đè các kế hoạch đã lập

Tệp đơn vị (YAML, hoặc CSV có dòng tiêu đề: key,name,short,agency,code,place,groups,signer_authority,signer_title,signer_name)
được kiểm tra theo schemas/units.schema.json; đơn vị có lỗi được báo ở dòng của nó và bỏ qua.
Mã thoát: 0 đã ghi kế hoạch của mọi đơn vị, 1 có đơn vị bị bỏ qua (có lỗi, hoặc kế hoạch đã có mà
không có --force), 2 lỗi cách dùng (không có kế hoạch của Sở, kế hoạch có lỗi, tệp đơn vị không đọc được).`, `
Examples:
  $ cchc-plan derive 2025 --units plans/units.yaml      plans/units/<key>/2025.yaml for every unit
  $ cchc-plan derive 2025 --units truong.csv --out plans/truong
  $ cchc-plan derive 2025 --units plans/units.yaml --force   replace plans derived before

The units file (YAML, or CSV with a header row: key,name,short,agency,code,place,groups,signer_authority,signer_title,signer_name)
is checked against schemas/units.schema.json; a unit with a problem is reported at its line and left out.
Exit codes: 0 every unit's plan written, 1 some units left out (problems, or plans that exist without
--force), 2 usage error (no Department plan, one with errors, an unreadable units file).`],
  },
  rollup: {
    description: ['tổng hợp tình hình kế hoạch và kết quả của mọi đơn vị: văn bản, md, json, phụ lục .docx hoặc .xlsx', "the Department's overview of every unit's plan and record: text, md, json, a .docx annex or .xlsx"],
    args: { year: ['năm, ví dụ 2025', 'the year, 2025'] },
    options: { dir: ['kế hoạch của các đơn vị, mỗi đơn vị một thư mục', "the units' plans, one folder per unit"], results: ['kết quả của các đơn vị, mỗi đơn vị một thư mục', "the units' records, one folder per unit"], built: ['nơi xuất văn bản kế hoạch và báo cáo của các đơn vị', "where the units' .docx plans and reports are built"], units: ['tệp đơn vị, để đơn vị chưa có thư mục hiện là chưa có kế hoạch', 'the units file, so a unit without a folder shows as having no plan'], received: ['văn bản .docx các đơn vị gửi về, mỗi đơn vị một thư mục: kiểm tra thể thức từng văn bản (như lint)', 'the .docx documents the units sent, one folder per unit: each checked against the decree (as lint does)'], quarter: ['quý (mặc định: cả năm đến hôm nay)', 'the quarter (default: the whole year up to today)'], today: ['ngày dùng để xét trễ hạn (mặc định hôm nay)', 'the day that decides what is late (default today)'], format: ['dạng kết quả', 'output format'], out: ['với docx và xlsx: nơi ghi (mặc định out/rollup-NĂM-qN.docx hoặc .xlsx)', 'for docx and xlsx: where to write (default out/rollup-YEAR-qN.docx or .xlsx)'] },
    examples: [`
Ví dụ:
  $ cchc-plan rollup 2025 --quarter 1                     mọi đơn vị trong plans/units, đơn vị chưa đạt lên trước
  $ cchc-plan rollup 2025 --quarter 1 --format xlsx       out/rollup-2025-q1.xlsx, mỗi đơn vị một dòng
  $ cchc-plan rollup 2025 --quarter 1 --format docx --out out/phu-luc-don-vi.docx
  $ cchc-plan rollup 2025 --units plans/units.yaml --format json
  $ cchc-plan rollup 2025 --quarter 1 --received van-ban-nhan   thể thức văn bản đơn vị gửi về (van-ban-nhan/<khóa>/*.docx)

Đơn vị chưa đạt khi chưa có kế hoạch, có hai kế hoạch cho một năm, kế hoạch có lỗi hoặc còn chỗ chờ viết,
chưa có văn bản (out/units/<khóa>/NĂM.docx), một tháng đã qua có ít tin, bài hơn chỉ tiêu, có hoạt động
trễ, hoặc chưa báo cáo một quý đã qua (out/units/<khóa>/NĂM-bao-cao-quy-N.docx); với --received, khi
chưa gửi văn bản nào hoặc có văn bản gửi về sai thể thức.
Mã thoát: 0 mọi đơn vị đều đạt, 1 có đơn vị chưa đạt, 2 lỗi cách dùng.`, `
Examples:
  $ cchc-plan rollup 2025 --quarter 1                     every unit under plans/units, units short first
  $ cchc-plan rollup 2025 --quarter 1 --format xlsx       out/rollup-2025-q1.xlsx, one row per unit
  $ cchc-plan rollup 2025 --quarter 1 --format docx --out out/phu-luc-don-vi.docx
  $ cchc-plan rollup 2025 --units plans/units.yaml --format json
  $ cchc-plan rollup 2025 --quarter 1 --received received       the form of what the units sent (received/<key>/*.docx)

A unit falls short when it has no plan, two plans for the year, a plan with errors or places still waiting
for its words, a plan not built (out/units/<key>/YEAR.docx), a month over with fewer articles than the
target, activities late, or no report for a quarter that is over (out/units/<key>/YEAR-bao-cao-quy-N.docx);
with --received, when it sent no document or a document that breaks the decree.
Exit codes: 0 every unit is on track, 1 some unit falls short, 2 usage error.`],
  },
  lint: {
    description: ['kiểm tra thể thức một văn bản Word (.docx) bất kỳ theo Nghị định 30/2020/NĐ-CP, từng điều khoản', 'check any Word document (.docx) against Decree 30/2020/NĐ-CP, clause by clause'],
    args: { files: ['các văn bản .docx cần kiểm tra', 'the .docx documents to check'] },
    options: {
      format: ['dạng kết quả', 'output format'],
      rules: ['liệt kê các quy tắc: mã, điều khoản, điều kiểm tra', 'list the rules: id, clause, what each checks'],
      render: ['kiểm tra cả trang đã dàn bằng LibreOffice: Quốc hiệu và mỗi dòng tên cơ quan trên một dòng, chữ ký không đứng riêng một trang', 'also check the laid-out pages with LibreOffice: the national title and each agency line on one line, the signature not alone on a page'],
    },
    examples: [`
Ví dụ:
  $ cchc-plan lint cong-van.docx                  các lỗi thể thức, kèm điều khoản và cách sửa
  $ cchc-plan lint out/2025.docx out/2025-bao-cao-quy-1.docx
  $ cchc-plan lint nhan-ve/*.docx --format json   cho chương trình khác đọc
  $ cchc-plan lint quyet-dinh.docx --render       cả các lỗi chỉ thấy trên trang in (cần LibreOffice)
  $ cchc-plan lint --rules                        các quy tắc, từng điều khoản của Nghị định

Mỗi lỗi ghi chỗ trong văn bản (đoạn N, hoặc bảng, hàng, ô), điều sai, điều khoản và cách sửa. Mã thoát:
0 đúng thể thức (có thể có cảnh báo), 1 có lỗi, 2 không đọc được tệp hoặc lỗi cách dùng.`, `
Examples:
  $ cchc-plan lint cong-van.docx                  the format's faults, with the clause and the fix
  $ cchc-plan lint out/2025.docx out/2025-bao-cao-quy-1.docx
  $ cchc-plan lint received/*.docx --format json
  $ cchc-plan lint quyet-dinh.docx --render       also what only a laid-out page shows (needs LibreOffice)
  $ cchc-plan lint --rules                        the rules, clause by clause

Each finding names its place (paragraph N, or table, row, cell), what is wrong, the clause and the fix.
Exit codes: 0 follows the decree (warnings allowed), 1 faults found, 2 unreadable file or usage error.`],
  },
  preview: {
    description: ['xem văn bản trong trình duyệt, cập nhật mỗi khi lưu kế hoạch hoặc mẫu', 'the document in a browser, re-rendered at each save of the plan or its templates'],
    args: { plan: ['kế hoạch: năm (2025 = plans/2025.yaml) hoặc tệp', 'the plan: a year (2025 = plans/2025.yaml) or a plan file'] },
    options: { port: ['cổng trên 127.0.0.1 (mặc định: cổng trống đầu tiên từ 8130)', 'the port on 127.0.0.1 (default: the first free one from 8130)'], templates: ['thư mục mẫu dùng thay mẫu có sẵn (cũng được theo dõi)', 'templates to use instead of the built-in ones (watched too)'] },
    examples: [`
Ví dụ:
  $ cchc-plan preview 2025                 http://127.0.0.1:8130/ (hoặc cổng trống kế tiếp)
  $ cchc-plan preview plans/units/longhung/2025.yaml --port 9000
  $ cchc-plan preview 2025 --templates mau-cua-toi

Mở địa chỉ trong trình duyệt rồi sửa kế hoạch: mỗi lần lưu, trang được vẽ lại trong vòng một giây; kế
hoạch có lỗi thì trang hiện các lỗi của validate, kèm dòng và cột. Chỉ phục vụ trên 127.0.0.1.
Ctrl-C để dừng. Mã thoát: 0 đã dừng, 2 lỗi cách dùng (không có kế hoạch, --port đang bận).`, `
Examples:
  $ cchc-plan preview 2025                 http://127.0.0.1:8130/ (or the next free port)
  $ cchc-plan preview plans/units/longhung/2025.yaml --port 9000
  $ cchc-plan preview 2025 --templates my-templates

Open the address in a browser and edit the plan: each save re-renders the page within a second; a plan
with errors shows validate's findings, with line and column, instead. Served on 127.0.0.1 only.
Ctrl-C stops it. Exit codes: 0 stopped, 2 usage error (no plan, a --port in use).`],
  },
};

function RECORD_EXAMPLES(): Words {
  return [`
Ví dụ:
  $ cchc-plan done 2025 a1t1r1 --date 2025-01-20 --evidence https://sgddt.soctrang.gov.vn/cchc/123
  $ cchc-plan done 2025 a1t2r1 --month 2 --date 2025-02-26 --evidence "Công văn số 123/SGDĐT-TCCB"
  $ cchc-plan done 2025 a1t1r2 --not-done "Hội nghị dời sang tháng 3"
  $ cchc-plan post 2025 --unit tccb --title "Kết quả CCHC quý I" --url https://sgddt.soctrang.gov.vn/cchc/130

Mỗi lệnh thêm một mục vào results/NĂM.yaml (tạo tệp nếu chưa có), giữ nguyên mọi dòng khác, và ghi
khi giữ khóa của tệp (nhiều người ghi cùng lúc không mất mục nào). DÒNG là mã của dòng, hoặc mã
cchc-plan status in ra (a1t1r3: phụ lục 1, bảng 1, dòng 3). Mã thoát: 0 đã ghi, 1 tệp sẽ không hợp lệ
(giữ nguyên tệp), 2 lỗi cách dùng (dòng không có, tệp đang bị khóa quá lâu).`, `
Examples:
  $ cchc-plan done 2025 a1t1r1 --date 2025-01-20 --evidence https://sgddt.soctrang.gov.vn/cchc/123
  $ cchc-plan done 2025 a1t2r1 --month 2 --date 2025-02-26 --evidence "Công văn số 123/SGDĐT-TCCB"
  $ cchc-plan done 2025 a1t1r2 --not-done "Hội nghị dời sang tháng 3"
  $ cchc-plan post 2025 --unit tccb --title "Kết quả CCHC quý I" --url https://sgddt.soctrang.gov.vn/cchc/130

Each adds one entry to results/YEAR.yaml (made if missing), keeps every other line as it was, and
writes under the file's lock (several people recording at once lose no entry). ROW is a row's id, or
the reference cchc-plan status prints (a1t1r3: appendix 1, table 1, row 3). Exit codes: 0 recorded,
1 the record would not be valid (the file is left as it is), 2 usage error (unknown row, a lock held too long).`];
}

/** Commander's headings and its wording of defaults, in Vietnamese. */
export const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:', 'Options:': 'Tùy chọn:', 'Commands:': 'Các lệnh:', 'Arguments:': 'Đối số:', 'Global Options:': 'Tùy chọn chung:',
};

/** Commander's errors in the reader's language; what is not known keeps its words after "lỗi:". */
export function commanderError(message: string): string {
  if (say('vi', 'en') === 'en') return message;
  const rules: [RegExp, (...m: string[]) => string][] = [
    [/^error: unknown option '(.+?)'(?:\s*\(Did you mean (.+?)\?\))?$/s, (_, o, s) => `lỗi: không có tùy chọn '${o}'.${s ? ` Có phải là ${s}?` : ''}`],
    [/^error: unknown command '(.+?)'(?:\s*\(Did you mean (.+?)\?\))?$/s, (_, c, s) => `lỗi: không có lệnh '${c}'.${s ? ` Có phải là ${s}?` : ''}`],
    [/^error: missing required argument '(.+)'$/, (_, a) => `lỗi: thiếu đối số bắt buộc '${a}'.`],
    [/^error: option '(.+)' argument missing$/, (_, o) => `lỗi: tùy chọn '${o}' cần một giá trị.`],
    [/^error: required option '(.+)' not specified$/, (_, o) => `lỗi: thiếu tùy chọn bắt buộc '${o}'.`],
    [/^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (_, c, e, g) => `lỗi: quá nhiều đối số${c ? ` cho lệnh '${c}'` : ''}: cần ${e}, có ${g}.`],
    [/^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/, (_, o, v, c) => `lỗi: tùy chọn '${o}' không nhận '${v}'; chọn một trong: ${c}.`],
    [/^error: (.+) cannot be used with (.+)$/, (_, a, b) => `lỗi: ${a.replace('option', 'tùy chọn')} không dùng cùng ${b.replace('option', 'tùy chọn')}.`],
  ];
  const text = message.trimEnd();
  for (const [pattern, words] of rules) {
    const m = pattern.exec(text);
    if (m) return `${words(...m)}\n`;
  }
  return message.replace(/^error:/, 'lỗi:');
}
