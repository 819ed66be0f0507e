// The files of an agency's own project besides its plan: where its editor finds the schemas, what git
// leaves out, the CI that checks each change, and a short README in Vietnamese. Plain text written once by
// `cchc-plan init`; the agency owns them afterwards.

export interface ProjectWords {
  name: string;
  year: string;
  kind: string;
}

export const GITIGNORE = `# Văn bản xuất ra (cchc-plan build, report, rollup): dựng lại được từ plans/ và results/ bất cứ lúc nào.
out/
node_modules/
`;

export const VSCODE_SETTINGS = `${JSON.stringify({
  'yaml.schemas': {
    './schemas/plan.schema.json': ['plans/**/*.yaml'],
    './schemas/results.schema.json': ['results/**/*.yaml'],
    './schemas/units.schema.json': ['units.yaml', 'plans/units.yaml'],
  },
  '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2, 'editor.detectIndentation': false },
  'files.encoding': 'utf8',
  'files.eol': '\n',
}, null, 2)}\n`;

export const VSCODE_EXTENSIONS = `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`;

/** Where CI gets the tool: the agency sets CCHC_PLAN_PACKAGE to its tarball or git address. */
const PACKAGE_NOTE = `# CCHC_PLAN_PACKAGE: nơi lấy cchc-plan để cài (tệp .tgz của npm pack, địa chỉ của tệp đó, hoặc
# địa chỉ git như git+https://git.example.vn/cntt/cchc-plan.git#v0.1.0). Đặt trong phần biến của dự án.`;

export const GITHUB_WORKFLOW = `# Kiểm tra kế hoạch và kết quả mỗi lần đẩy lên: lỗi hiện ngay trên dòng có lỗi trong Pull request.
${PACKAGE_NOTE}
name: Kiểm tra kế hoạch CCHC
on: [push, pull_request]
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      - run: npm install --global "\${{ vars.CCHC_PLAN_PACKAGE }}"
      - run: cchc-plan validate --format github
`;

export const GITLAB_CI = `# Kiểm tra kế hoạch và kết quả mỗi lần đẩy lên: lỗi hiện trong báo cáo Code Quality của Merge request.
${PACKAGE_NOTE}
validate:
  image: node:24
  script:
    - npm install --global "$CCHC_PLAN_PACKAGE"
    - cchc-plan validate --format gitlab > gl-code-quality-report.json || (cchc-plan validate; exit 1)
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
`;

export function projectReadme(w: ProjectWords): string {
  return `# Kế hoạch tuyên truyền cải cách hành chính — ${w.name}

Thư mục này giữ kế hoạch tuyên truyền CCHC của ${w.name} dưới dạng tệp YAML, để kiểm tra theo Nghị định
30/2020/NĐ-CP và xuất ra văn bản Word bằng \`cchc-plan\`. Mỗi thay đổi được lưu trong git: ai sửa, sửa gì,
khi nào.

## Các thư mục

- \`plans/${w.year}.yaml\`: kế hoạch năm ${w.year}, lập từ kế hoạch mẫu (${w.kind}). Những chỗ
  \`[Đơn vị viết: …]\` chờ lời của cơ quan; \`cchc-plan validate\` nhắc đến khi viết xong.
- \`results/\`: kết quả thực hiện (\`cchc-plan done\`, \`cchc-plan post\`), để viết báo cáo quý.
- \`schemas/\`: lược đồ để VS Code gợi ý và báo lỗi ngay khi gõ (cài tiện ích YAML mà VS Code đề xuất).
- \`out/\`: văn bản xuất ra; không đưa vào git, dựng lại được bất cứ lúc nào.

## Công việc thường ngày

\`\`\`sh
cchc-plan validate                         # kiểm tra kế hoạch và kết quả
cchc-plan build ${w.year} --format docx,pdf         # out/${w.year}.docx và out/${w.year}.pdf để trình ký
cchc-plan preview ${w.year}                      # xem trong trình duyệt khi đang sửa (Ctrl-C để dừng)
cchc-plan done ${w.year} <mã-dòng> --evidence <đường-dẫn>   # ghi một việc đã làm
cchc-plan report ${w.year} --quarter 1             # báo cáo quý I
cchc-plan new ${Number(w.year) + 1}                            # kế hoạch năm sau từ năm nay
\`\`\`

\`cchc-plan <lệnh> --help\` cho biết cách dùng từng lệnh, kèm ví dụ.

## Kiểm tra tự động

\`.github/workflows/cchc-plan.yml\` (GitHub) và \`.gitlab-ci.yml\` (GitLab) chạy \`cchc-plan validate\` mỗi lần
đẩy lên. Đặt biến \`CCHC_PLAN_PACKAGE\` của dự án là nơi lấy cchc-plan (tệp \`.tgz\` hoặc địa chỉ git).
`;
}
