// `cchc-plan init [FOLDER] --kind so|truong|ubnd-huyen|ubnd-xa`: an agency's own project, away from the
// tool's code: its first plan (an example of its kind, with its name and year), results/, the schemas for
// its editor, .gitignore, VS Code settings, CI for GitHub and GitLab, and a README. A folder that has plans
// is refused unless --force, and then only what is missing is written: no file of the agency's is replaced.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { Findings } from '../diagnostics/finding.js';
import type { Lang } from '../diagnostics/messages.js';
import { reportToStderr } from '../diagnostics/report.js';
import { say, systemError } from '../i18n.js';
import { agencyNames, placeFrom } from '../init/names.js';
import { GITHUB_WORKFLOW, GITIGNORE, GITLAB_CI, projectReadme, VSCODE_EXTENSIONS, VSCODE_SETTINGS } from '../init/project-files.js';
import { displayPath, packageRoot } from '../paths.js';
import { checkPlanBytes } from '../plan/check.js';
import { rollOver } from '../plan/rollover.js';
import type { Plan } from '../plan/types.generated.js';
import { printedHeader } from '../doc/template-context.js';
import { headerLayout } from '../writers/header-layout.js';
import { makeFolder, WriteError, writeFilesAtomic } from '../writers/atomic.js';

export interface InitOptions {
  kind: string;
  agency?: string;
  parent?: string;
  place?: string;
  year?: string;
  force?: boolean;
  lang: Lang;
}

/** Each kind's example plan, under plans/examples/ of the package. */
const EXAMPLES: Record<string, { file: string; words: string }> = {
  so: { file: 'so-gddt-2026.yaml', words: 'Sở Giáo dục và Đào tạo' },
  truong: { file: 'truong-thpt-2025-2026.yaml', words: 'trường học, theo năm học' },
  'ubnd-huyen': { file: 'ubnd-huyen-2026.yaml', words: 'Ủy ban nhân dân cấp huyện' },
  'ubnd-xa': { file: 'ubnd-xa-2026.yaml', words: 'Ủy ban nhân dân cấp xã' },
};

const AWAITING = (what: string) => `[Đơn vị viết: ${what}]`;

export async function init(folder: string | undefined, options: InitOptions): Promise<number> {
  const example = EXAMPLES[options.kind]!;
  const year = options.year ?? String(new Date().getFullYear());
  if (!/^\d{4}$/.test(year)) {
    process.stderr.write(say(`cchc-plan: --year '${year}' không phải một năm; ghi như 2026\n`, `cchc-plan: --year '${year}' is not a year; write it as 2026\n`));
    return 2;
  }
  const ubnd = options.kind.startsWith('ubnd');
  if (ubnd && options.parent) {
    process.stderr.write(say(
      'cchc-plan: Ủy ban nhân dân không ghi cơ quan chủ quản ở đầu văn bản (Nghị định 30, Phụ lục I); bỏ --parent\n',
      "cchc-plan: a People's Committee has no parent agency in its header (Decree 30, Appendix I); leave --parent out\n",
    ));
    return 2;
  }
  if (!ubnd && options.agency && !options.parent) {
    process.stderr.write(say(
      'cchc-plan: ghi cả cơ quan chủ quản bằng --parent, như --parent "SỞ GDĐT BẠC LIÊU" hoặc --parent "UBND TỈNH AN GIANG"\n',
      'cchc-plan: give the parent agency too, with --parent, such as --parent "SỞ GDĐT BẠC LIÊU" or --parent "UBND TỈNH AN GIANG"\n',
    ));
    return 2;
  }

  const root = resolve(folder ?? '.');
  const plansDir = join(root, 'plans');
  const hasPlans = existsSync(plansDir) && readdirSync(plansDir).some((f) => /\.ya?ml$/.test(f));
  if (hasPlans && !options.force) {
    process.stderr.write(say(
      `cchc-plan: ${displayPath(plansDir)}/ đã có kế hoạch; không thay đổi gì. Dùng --force để thêm những tệp còn thiếu (kế hoạch đã có được giữ nguyên).\n`,
      `cchc-plan: ${displayPath(plansDir)}/ already has plans; nothing was changed. Use --force to add the files that are missing (the plans there are kept).\n`,
    ));
    return 2;
  }

  const source = readFileSync(join(packageRoot(), 'plans', 'examples', example.file), 'utf8');
  const planText = startingPlan(source, year, options, example.words);
  const target = join(plansDir, `${year}.yaml`);
  const findings = new Findings();
  const checked = checkPlanBytes(target, new TextEncoder().encode(planText.text), findings);
  if (!checked.plan) {
    // The agency's words made a plan that does not validate (a name with a character the schema refuses).
    reportToStderr(findings, target, planText.text, options.lang);
    process.stderr.write(say('cchc-plan: kế hoạch lập ra sẽ không hợp lệ; không ghi gì\n', 'cchc-plan: the plan would not be valid; nothing was written\n'));
    return 1;
  }

  const schemas = ['plan.schema.json', 'results.schema.json', 'units.schema.json'];
  const files: [string, string][] = [
    [target, planText.text],
    [join(root, 'results', '.gitkeep'), ''],
    ...schemas.map((s) => [join(root, 'schemas', s), readFileSync(join(packageRoot(), 'schemas', s), 'utf8')] as [string, string]),
    [join(root, '.gitignore'), GITIGNORE],
    [join(root, '.vscode', 'settings.json'), VSCODE_SETTINGS],
    [join(root, '.vscode', 'extensions.json'), VSCODE_EXTENSIONS],
    [join(root, '.github', 'workflows', 'cchc-plan.yml'), GITHUB_WORKFLOW],
    [join(root, '.gitlab-ci.yml'), GITLAB_CI],
    [join(root, 'README.md'), projectReadme({ name: planText.name, year, kind: example.words })],
  ];
  // Nothing the agency already has is replaced: with --force, only the missing files are added.
  const kept = files.filter(([file]) => existsSync(file));
  const written = files.filter(([file]) => !existsSync(file));
  try {
    for (const [file] of written) makeFolder(dirname(file));
    writeFilesAtomic(written);
  } catch (error) {
    const file = error instanceof WriteError ? error.file : root;
    const why = systemError(error instanceof WriteError ? error.code : error);
    process.stderr.write(say(`cchc-plan: không ghi được ${displayPath(file)}: ${why}; không tệp nào được ghi\n`, `cchc-plan: cannot write ${displayPath(file)}: ${why}; no file was written\n`));
    return 2;
  }

  if (written.length === 0) {
    process.stderr.write(say(`cchc-plan: ${displayPath(root)} đã có đủ các tệp; không thay đổi gì.\n`, `cchc-plan: ${displayPath(root)} has every file already; nothing was changed.\n`));
    return 0;
  }
  for (const [file] of written) process.stdout.write(`${displayPath(file)}\n`);
  for (const [file] of kept) process.stderr.write(say(`giữ nguyên: ${displayPath(file)}\n`, `kept as it was: ${displayPath(file)}\n`));
  const plan = relative(root, target).split('\\').join('/');
  const cd = root === process.cwd() ? '' : `cd ${displayPath(root)}\n  `;
  process.stderr.write(say(
    `\nĐã tạo dự án kế hoạch CCHC của ${planText.name}.\n`
      + `Kiểm tra trong ${plan}: tên (${planText.name}), ký hiệu (${planText.code}), địa danh (${planText.place}), người ký, đơn vị và nội dung;\n`
      + `những chỗ "[Đơn vị viết: …]" chờ lời của cơ quan. Sau đó:\n  ${cd}cchc-plan validate\n  cchc-plan build ${year}\n`,
    `\nMade the CCHC plan project of ${planText.name}.\n`
      + `Check in ${plan}: the name (${planText.name}), the code (${planText.code}), the place (${planText.place}), the signer, the units and the text;\n`
      + `the places marked "[Đơn vị viết: …]" wait for the agency's words. Then:\n  ${cd}cchc-plan validate\n  cchc-plan build ${year}\n`,
  ));
  return 0;
}

/**
 * The example's text made the agency's: its year (as `new` moves a plan forward), number cleared and the
 * date left to the year, its header names, the example's name replaced wherever the text says it, the
 * cited document and the signer's name left for the agency to write. Comments and layout are kept.
 */
function startingPlan(source: string, year: string, options: InitOptions, kindWords: string): { text: string; name: string; code: string; place: string } {
  const findings = new Findings();
  const example = checkPlanBytes('example.yaml', new TextEncoder().encode(source), findings);
  if (!example.plan || !example.source) throw new Error(`the example plan does not validate: ${findings.list[0]?.code}`);
  let text = rollOver(example.source, example.plan, Number(year)).text;
  const header = example.plan.header;
  const oldName = header.name ?? '';
  const names = options.agency ? agencyNames(options.agency) : { name: oldName, code: header.code };
  // A People's Committee's place is its own name; an agency under another takes the place of that one.
  const from = options.kind.startsWith('ubnd') ? options.agency : options.parent;
  const place = options.place?.trim() || (from && placeFrom(from)) || header.place;

  const edits: [start: number, end: number, text: string][] = [];
  const doc = parseDocument(text, { keepSourceTokens: true });
  const headerNode = doc.get('header', true) as YamlNode | undefined;
  const valueRange = (map: YamlNode | undefined, key: string) => {
    if (!isMap(map)) return undefined;
    const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
    const node = pair?.value as YamlNode | undefined;
    if (!node?.range) return undefined;
    // A block scalar's range takes in its line end, which the next key needs.
    const end = node.range[0] + text.slice(node.range[0], node.range[1]).trimEnd().length;
    return [node.range[0], end] as const;
  };
  const set = (key: string, value: string) => {
    const at = valueRange(headerNode, key);
    if (at) edits.push([at[0], at[1], value]);
  };
  if (options.agency) {
    set('agency', headerLines({ ...example.plan, header: { ...header, agency: options.agency.trim(), parent: options.parent?.trim(), place } }));
    set('name', quoted(names.name));
    set('code', quoted(names.code));
    if (options.parent) set('parent', quoted(options.parent.trim()));
  }
  if (place !== header.place) set('place', quoted(place));
  // `new` has cleared the number when the year moved; an example of this very year keeps its own.
  const number = valueRange(headerNode, 'number');
  if (number && number[1] > number[0]) edits.push([number[0], number[1], '""']);
  set('date', year);
  const signer = doc.get('signer', true) as YamlNode | undefined;
  const signerName = valueRange(signer, 'name');
  if (signerName) edits.push([signerName[0], signerName[1], quoted(AWAITING('họ và tên người ký'))]);
  // The first "Căn cứ" cites the example's superior document: the agency cites its own.
  const preamble = doc.get('preamble', true);
  const first = isSeq(preamble) ? (preamble.items[0] as YamlNode | undefined) : undefined;
  if (first?.range && /^Căn cứ/.test(String((first as { value?: unknown }).value ?? ''))) {
    edits.push([first.range[0], first.range[0] + text.slice(first.range[0], first.range[1]).trimEnd().length, quoted(`Căn cứ ${AWAITING(`văn bản của cấp trên về tuyên truyền cải cách hành chính năm ${year}`)};`)]);
  }
  edits.sort((a, b) => b[0] - a[0]);
  for (const [start, end, value] of edits) text = text.slice(0, start) + value + text.slice(end);

  // The example's own name in the text ("… của Trường THPT Phan Ngọc Hiển"), also where a folded line
  // breaks it, becomes the agency's.
  const replaceAll = (before: string, after: string) => {
    const words = before.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    text = text.replace(new RegExp(`(?<![\\p{L}])${words.join('\\s+')}(?![\\p{L}])`, 'gu'), after);
  };
  if (options.agency && oldName) replaceAll(oldName, names.name);
  // So is its place ("Sở GDĐT tỉnh Bạc Liêu" among the recipients).
  if (place !== header.place) replaceAll(header.place, place);
  // The example's description gives way to the agency's; the schema is beside plans/ in the project.
  // The example's comments on its own header's layout are not the agency's.
  if (options.agency) text = text.replace(/^(header:\n)(?:[ \t]+#.*\n)+/m, '$1');
  const lines = text.split('\n');
  const body = lines.findIndex((l) => !l.startsWith('#'));
  const intro = [
    '# yaml-language-server: $schema=../schemas/plan.schema.json',
    `# Kế hoạch tuyên truyền cải cách hành chính năm ${year} của ${names.name},`,
    `# lập bằng cchc-plan init từ kế hoạch mẫu của ${kindWords}.`,
    '# Những chỗ "[Đơn vị viết: …]" chờ lời của cơ quan; cchc-plan validate nhắc đến khi viết xong.',
  ];
  return { text: [...intro, ...lines.slice(body)].join('\n'), name: names.name, code: names.code, place };
}

/**
 * The agency's name as the header will print it: one line when it fits its column, else the lines the
 * layout suggests (a school's kind above the person's name it bears), so that no line breaks inside a name.
 */
function headerLines(plan: Plan): string {
  const agency = String(plan.header.agency);
  const wide = headerLayout(printedHeader(plan)).wide.find((w) => w.key === 'agency');
  return wide && wide.suggestion.length > 1 ? `[${wide.suggestion.map(quoted).join(', ')}]` : quoted(agency);
}

/** A value as YAML double-quoted text: safe for any name, with its marks and colons. */
const quoted = (value: string) => JSON.stringify(value.normalize('NFC'));
