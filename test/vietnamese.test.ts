// What a person meets first is Vietnamese: every command's --help, and every error on the command line,
// said in the default language with no English sentence in it, no raw system code (ENOENT) and no
// "internal error". The same runs with --lang en are English. The English words looked for are the
// ones an English sentence cannot do without; names a person types (flags, files, values) are set aside.
import { mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyShipped, ROOT, shipped, workspace } from './support/cli.js';

const ENGLISH = /\b(the|and|is|are|not|no|with|for|of|to|was|were|cannot|missing|unknown|error|errors|expected|found|file|folder|plan|plans|option|options|argument|required|usage|examples|default|choices|allowed|line|exists|written|nothing|invalid|must|should|did|mean|use|give|write|already)\b/i;

/** The sentences of a text, without what a person types: flags, <values>, paths, URLs, quoted names, example commands. */
function prose(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*\$ /.test(line))
    .join('\n')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/'[^'\n]*'|"[^"\n]*"/g, ' ')
    .replace(/--?[\w-]+(=\S+)?/g, ' ')
    .replace(/<[^>\n]*>|\[[^\]\n]*\]/g, ' ')
    .replace(/\S*[/\\.]\S*/g, ' ')
    .replace(/\b(text|json|md|docx|xlsx|html|pdf|github|gitlab|vi|en|so|truong|ubnd-huyen|ubnd-xa|cchc-plan|help|init|validate|build|diff|new|calendar|due|done|post|status|report|import|derive|rollup|preview|CCHC_LANG|LibreOffice|Word|Markdown|Google Calendar|Outlook|Thunderbird|Code Quality|GitHub Actions|GitLab CI|GitHub|GitLab|VS Code|CI|YAML|CSV|PATH|Windows|Debian|Ubuntu|true|false|null|undefined|helper|Ctrl-C|Tab|Space|Convert Indentation to Spaces|Indent Using Spaces|Tab Size|Save with Encoding|UTF-8|PAR INDEX|SIPAS|CPU|lint)\b/g, ' ');
}

function englishIn(text: string): string | undefined {
  const m = ENGLISH.exec(prose(text));
  if (!m) return undefined;
  const at = prose(text).slice(Math.max(0, m.index - 40), m.index + 40);
  return `"${m[0]}" in …${at}…`;
}

const COMMANDS = ['init', 'validate', 'build', 'diff', 'new', 'calendar', 'due', 'done', 'post', 'status', 'report', 'import', 'derive', 'rollup', 'preview', 'lint'];

describe('--help is Vietnamese by default, English with --lang en', () => {
  it.each([[[] as string[]], ...COMMANDS.map((c) => [[c]])])('cchc-plan %s --help', (args) => {
    const vi = cli([...args, '--help']);
    expect(vi.code).toBe(0);
    expect(englishIn(vi.stdout), vi.stdout).toBeUndefined();
    expect(vi.stdout).toMatch(/Cách dùng:/);
    if (args.length) expect(vi.stdout).toMatch(/Ví dụ:[\s\S]*Mã thoát/);
    const en = cli([...args, '--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/Usage:/);
    expect(englishIn(en.stdout)).toBeDefined();
  });
});

/** A project with the shipped plans and records, a broken template folder and a plan indented with a tab. */
function project(): string {
  const dir = workspace({});
  copyShipped(dir, 'plans');
  copyShipped(dir, 'results');
  cpSync(join(ROOT, 'templates'), join(dir, 'broken'), { recursive: true });
  const plan = join(dir, 'broken', 'plan.hbs');
  writeFileSync(plan, readFileSync(plan, 'utf8').replace('recipients-heading: Nơi nhận:', 'recipients-heading: {{#if}}'));
  const lines = shipped('plans/2025.yaml').split('\n');
  const at = lines.findIndex((l) => l.startsWith('header:')) + 1;
  lines[at] = `\t${lines[at]!.trimStart()}`;
  mkdirSync(join(dir, 'drafts'));
  writeFileSync(join(dir, 'drafts', 'tab.yaml'), lines.join('\n'));
  return dir;
}

/** The command-line errors a newcomer meets, each with the exit code it must give. */
const ERRORS: [string[], number][] = [
  [['rollup', '2025', '--quarter', '5'], 2],
  [['report', '2025', '--quarter', '5'], 2],
  [['validate', '2030'], 2],
  [['post', '2025', '--unit', 'tccb', '--title', 'Tin'], 2],
  [['validate', '--all', 'khong-co'], 2],
  [['validate', '--colour'], 2],
  [['validate', '--format', 'xml'], 2],
  [['khong-co-lenh'], 2],
  [['done', '2025'], 2],
  [['build'], 2],
  [['build', '2025', '--format', 'odt'], 2],
  [['build', '2025', '--templates', 'khong-co'], 2],
  [['build', '2025', '--templates', 'broken'], 1],
  [['build', '2025', '--reference-doc', 'khong-co.docx'], 2],
  [['status', '2025', '--today', '2025-02-30'], 2],
  [['status', '2025', '--month', '2025-13'], 2],
  [['report', '2025', '--quarter', '1', '--date', '2025-02-30'], 2],
  [['done', '2025', 'a1t2r1', '--month', '3', '--not-done', 'Dời lịch'], 1],
  [['done', '2025', 'a9t9r9'], 2],
  [['done', '2025', 'a1t1r1', '--date', '2025-02-29'], 2],
  [['validate', 'drafts/tab.yaml'], 1],
  [['import', 'khong-co.docx'], 2],
  [['new', '2025'], 2],
  [['new', 'hai-nghin'], 2],
  [['calendar', '2025', '--unit', 'khong-co'], 2],
  [['due', '--month', '2025-3'], 2],
  [['diff', '2025', '2030'], 2],
  [['diff', '2025', '2025', '--date', '2025-02-30'], 2],
  [['derive', '2025', '--units', 'khong-co.yaml', '--out', 'x'], 2],
  [['rollup', 'hai-nghin'], 2],
  [['preview', '2030'], 2],
  [['lint', 'khong-co.docx'], 2],
  [['lint', 'plans/2025.yaml'], 2],
  [['lint'], 2],
  [['preview', '2025', '--port', 'abc'], 2],
  [['init', 'plans/..', '--kind', 'truong'], 2],
  [['init', 'moi', '--kind', 'ubnd-xa', '--agency', 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', '--parent', 'UBND TỈNH AN GIANG'], 2],
];

describe('command-line errors are Vietnamese by default', () => {
  const dir = project();
  it.each(ERRORS)('cchc-plan %j', (args, code) => {
    // validate prints its findings as its result, on stdout; every other command's messages go to stderr.
    const said = (r: { stdout: string; stderr: string }) => (args[0] === 'validate' ? r.stdout + r.stderr : r.stderr);
    const run = cli(args, { cwd: dir });
    expect(run.code, run.stderr).toBe(code);
    expect(said(run).trim()).not.toBe('');
    expect(said(run)).not.toMatch(/\bE[A-Z]{3,}\b|internal error|lỗi bên trong|\n\s+at /);
    expect(englishIn(said(run)), said(run)).toBeUndefined();
    const en = cli([...args, '--lang', 'en'], { cwd: dir });
    expect(en.code).toBe(code);
    expect(englishIn(said(en)), said(en)).toBeDefined();
  });

  it('a tab in the indentation is said once, in words, with the fix', () => {
    const run = cli(['validate', 'drafts/tab.yaml'], { cwd: dir });
    expect(run.stdout).toContain('YAML không cho dùng phím Tab để thụt lề; dùng dấu cách');
    expect(run.stdout).not.toContain('ngoặc kép');
    expect(run.stdout.match(/ lỗi tab-indent/g)).toHaveLength(1);
    // What the tab made the parser misread is not listed as mistakes of its own.
    expect(run.stdout).not.toMatch(/yaml-implicit-key|yaml-syntax/);
  });

  it('a broken template is named whole: file, line, column, what was found and what was expected', () => {
    // A block opened and never closed: Handlebars sees it at the end of the file; the message points at the opening.
    const run = cli(['build', '2025', '--templates', 'broken'], { cwd: dir });
    const lines = readFileSync(join(dir, 'broken', 'plan.hbs'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('{{#if}}'));
    const column = lines[line]!.indexOf('{{#if}}') + 1;
    expect(run.stderr).toBe(`cchc-plan: lỗi mẫu: broken/plan.hbs:${line + 1}:${column}: khối {{#if}} mở ở đây chưa được đóng: thêm {{/if}} ở chỗ khối kết thúc\n`);
    // A token where it cannot be: what was found, and what could have been there.
    const bad = join(dir, 'bad');
    cpSync(join(ROOT, 'templates'), bad, { recursive: true });
    writeFileSync(join(bad, 'table.hbs'), '{{#each rows}}\nrow: {{join cells=}}\n{{/each}}\n');
    const token = cli(['build', '2025', '--templates', 'bad'], { cwd: dir });
    expect(token.code).toBe(1);
    expect(token.stderr).toBe('cchc-plan: lỗi mẫu: bad/table.hbs:2:19: gặp }}, nhưng ở đây cần (, một tên, một chuỗi trong ngoặc kép, một số, true/false, undefined, …\n');
  });
});
