// The entry point: parses the command line and hands over to one command module, loaded only when that
// command runs. Commands return exit codes; nothing below here calls process.exit. Every word a person
// reads here comes from cli-text.ts, in the language chosen before the program is built (--lang, or
// CCHC_LANG), so that --help and commander's own errors speak it too.
import { join } from 'node:path';
import { Command, CommanderError, Help, Option } from 'commander';
import { COMMAND, commanderError, HELP_AFTER_ERROR, HELP_TITLES, OPTION, PROGRAM, t, type Words } from './cli-text.js';
import { setLang, say, type Lang } from './i18n.js';

/** The language asked for: the last --lang on the line, else CCHC_LANG, else Vietnamese. */
export function langOf(argv: string[], env = process.env): Lang {
  let lang = env.CCHC_LANG?.toLowerCase().startsWith('en') ? 'en' : 'vi';
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en' || value === 'vi') lang = value;
  });
  return lang as Lang;
}

/** Placeholders of option values, as a Vietnamese reader names them. */
const VALUE_NAMES: Record<string, string> = {
  dir: 'thư_mục', file: 'tệp', format: 'dạng', formats: 'dạng', seconds: 'giây', lang: 'ngôn_ngữ', key: 'khóa',
  plan: 'kế_hoạch', name: 'tên', date: 'ngày', 'YYYY-MM': 'NĂM-THÁNG', 'YYYY-MM-DD': 'NĂM-THÁNG-NGÀY', M: 'THÁNG',
  'url|text': 'địa_chỉ|văn_bản', reason: 'lý_do', text: 'văn_bản', url: 'địa_chỉ', kind: 'loại', year: 'năm', text_: 'văn_bản',
};
const ARG_NAMES: Record<string, string> = {
  plans: 'kế_hoạch', files: 'tệp', old: 'cũ', new: 'mới', year: 'năm', plan: 'kế_hoạch', row: 'dòng', file: 'tệp', folder: 'thư_mục',
};

const flags = (spec: string) => say(spec.replace(/<([^>]+)>|\[([^\]]+)\]/g, (m, req, opt) => {
  const name = req ?? opt;
  const vi = VALUE_NAMES[name] ?? name;
  return req ? `<${vi}>` : `[${vi}]`;
}), spec);

/** Commander's help, with its headings and its "(choices: …, default: …)" in the reader's language. */
const LOCAL_HELP = {
  styleTitle: (title: string) => say(HELP_TITLES[title] ?? title, title),
  commandUsage(this: Help, cmd: Command) {
    const usage = Help.prototype.commandUsage.call(this, cmd);
    return say(usage.replace('[options]', '[tùy_chọn]').replace('[command]', '[lệnh]'), usage);
  },
  subcommandTerm(this: Help, cmd: Command) {
    const term = Help.prototype.subcommandTerm.call(this, cmd);
    return say(term.replace('[options]', '[tùy_chọn]'), term);
  },
  optionDescription(this: Help, option: Option) {
    const text = Help.prototype.optionDescription.call(this, option);
    return say(text.replace('(choices: ', '(chọn: ').replace('default: ', 'mặc định: '), text);
  },
};

type Run = (...args: any[]) => Promise<number>;

export async function main(argv: string[]): Promise<number> {
  setLang(langOf(argv));
  let exitCode = 0;
  const program = new Command('cchc-plan')
    .description(t(PROGRAM))
    .version(await version(), '-V, --version', t(OPTION.version!))
    .helpOption('-h, --help', t(OPTION.help!))
    .helpCommand(say('help [lệnh]', 'help [command]'), t(OPTION.help!))
    .exitOverride()
    .configureHelp(LOCAL_HELP)
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      writeOut: (s) => process.stdout.write(s),
      outputError: (s, write) => write(commanderError(s)),
    })
    .showHelpAfterError(t(HELP_AFTER_ERROR));

  /** A command with its words from cli-text.ts; `run` loads the command's module only when it runs. */
  const command = (name: string, args: string[], run: Run) => {
    const text = COMMAND[name]!;
    const cmd = program.command(name).description(t(text.description)).helpOption('-h, --help', t(OPTION.help!));
    for (const arg of args) {
      const key = arg.replace(/[<>[\].]/g, '');
      const shown = say(arg.replace(key, ARG_NAMES[key] ?? key), arg);
      cmd.argument(shown, t(text.args![key]!));
    }
    cmd.addHelpText('after', `${t(text.examples)}\n`);
    cmd.action(async (...values: unknown[]) => {
      exitCode = await run(...values.slice(0, -1));
    });
    return cmd;
  };
  const words = (name: string, key: string): string => {
    const w: Words | undefined = COMMAND[name]!.options?.[key] ?? OPTION[key];
    if (!w) throw new Error(`no help text for ${name} --${key}`);
    return t(w);
  };
  const option = (cmd: Command, name: string, spec: string, key: string, extra?: { default?: string; choices?: string[]; required?: boolean }) => {
    const o = new Option(flags(spec), words(name, key));
    if (extra?.choices) o.choices(extra.choices);
    if (extra?.default !== undefined) o.default(extra.default);
    if (extra?.required) o.makeOptionMandatory();
    cmd.addOption(o);
    return cmd;
  };
  const lang = (cmd: Command) => option(cmd, cmd.name(), '--lang <lang>', 'lang', { choices: ['vi', 'en'], default: say('vi', 'en') });
  const format = (cmd: Command, choices: string[]) => option(cmd, cmd.name(), '--format <format>', 'format', { choices, default: 'text' });

  let c = command('init', ['[folder]'], async (folder, o) => (await import('./commands/init.js')).init(folder, o));
  option(c, 'init', '--kind <kind>', 'kind', { choices: ['so', 'truong', 'ubnd-huyen', 'ubnd-xa'], default: 'truong' });
  option(c, 'init', '--agency <name>', 'agency');
  option(c, 'init', '--parent <name>', 'parent');
  option(c, 'init', '--place <name>', 'place');
  option(c, 'init', '--year <year>', 'year');
  option(c, 'init', '--force', 'force');
  lang(c);

  c = command('validate', ['[plans...]'], async (plans, o) => (await import('./commands/validate.js')).validate(plans, o));
  option(c, 'validate', '--all [dir]', 'all');
  format(c, ['text', 'json', 'github', 'gitlab']);
  lang(c);

  c = command('build', ['[plans...]'], async (plans: string[], o) => {
    if (plans.length === 0 && o.all === undefined) {
      process.stderr.write(say(
        'cchc-plan: hãy ghi kế hoạch cần xuất (2025, duong-dan/ke-hoach.yaml) hoặc dùng --all [THƯ_MỤC]\n',
        'cchc-plan: name the plans to build (2025, path/to/plan.yaml) or use --all [DIR]\n',
      ));
      return 2;
    }
    return (await import('./commands/build.js')).build(plans, o);
  });
  option(c, 'build', '--all [dir]', 'all');
  option(c, 'build', '--out <dir>', 'out', { default: 'out' });
  option(c, 'build', '--format <formats>', 'format', { default: 'docx,md' });
  option(c, 'build', '--pdf-timeout <seconds>', 'pdfTimeout', { default: '120' });
  option(c, 'build', '--templates <dir>', 'templates');
  option(c, 'build', '--reference-doc <file>', 'referenceDoc');
  lang(c);

  c = command('diff', ['<old>', '<new>'], async (older, newer, o) => (await import('./commands/diff.js')).diff(older, newer, o));
  format(c, ['text', 'md', 'json']);
  option(c, 'diff', '--ignore-year', 'ignoreYear');
  option(c, 'diff', '--docx <file>', 'docx');
  option(c, 'diff', '--author <name>', 'author');
  option(c, 'diff', '--date <date>', 'date');
  option(c, 'diff', '--templates <dir>', 'templates');
  option(c, 'diff', '--reference-doc <file>', 'referenceDoc');
  lang(c);

  c = command('new', ['<year>'], async (year, o) => (await import('./commands/new.js')).newPlan(year, o));
  option(c, 'new', '--from <plan>', 'from');
  option(c, 'new', '--force', 'force');
  lang(c);

  c = command('calendar', ['<plan>'], async (plan, o) => (await import('./commands/calendar.js')).calendar(plan, o));
  option(c, 'calendar', '--unit <key>', 'unit');
  option(c, 'calendar', '--out <file>', 'out');
  lang(c);

  c = command('due', [], async (o) => (await import('./commands/due.js')).due(o));
  option(c, 'due', '--month <YYYY-MM>', 'month');
  option(c, 'due', '--unit <key>', 'unit');
  option(c, 'due', '--plan <plan>', 'plan');
  format(c, ['text', 'json']);
  lang(c);

  c = command('done', ['<year>', '<row>'], async (year, row, o) => (await import('./commands/record.js')).done(year, row, o));
  option(c, 'done', '--month <M>', 'month');
  option(c, 'done', '--date <YYYY-MM-DD>', 'date');
  option(c, 'done', '--evidence <url|text>', 'evidence');
  option(c, 'done', '--note <text>', 'note');
  option(c, 'done', '--not-done <reason>', 'notDone');
  lang(c);

  c = command('post', ['<year>'], async (year, o) => (await import('./commands/record.js')).post(year, o));
  option(c, 'post', '--unit <key>', 'unit', { required: true });
  option(c, 'post', '--title <text>', 'title', { required: true });
  option(c, 'post', '--url <url>', 'url', { required: true });
  option(c, 'post', '--date <YYYY-MM-DD>', 'date');
  lang(c);

  c = command('status', ['<year>'], async (year, o) => (await import('./commands/status.js')).status(year, o));
  option(c, 'status', '--month <YYYY-MM>', 'month');
  option(c, 'status', '--quarter <N>', 'quarter');
  option(c, 'status', '--unit <key>', 'unit');
  option(c, 'status', '--today <YYYY-MM-DD>', 'today');
  format(c, ['text', 'json']);
  lang(c);

  c = command('report', ['<year>'], async (year, o) => (await import('./commands/report.js')).report(year, o));
  option(c, 'report', '--quarter <N>', 'quarter');
  option(c, 'report', '--half', 'half');
  option(c, 'report', '--year', 'year');
  option(c, 'report', '--date <YYYY-MM-DD>', 'date');
  option(c, 'report', '--today <YYYY-MM-DD>', 'today');
  option(c, 'report', '--out <dir>', 'out', { default: 'out' });
  option(c, 'report', '--templates <dir>', 'templates');
  option(c, 'report', '--reference-doc <file>', 'referenceDoc');
  option(c, 'report', '--allow-empty', 'allowEmpty');
  lang(c);

  c = command('import', ['<file>'], async (file, o) => (await import('./commands/import.js')).importPlan(file, o));
  option(c, 'import', '--out <file>', 'out');
  option(c, 'import', '--force', 'force');
  format(c, ['text', 'json']);
  lang(c);

  c = command('derive', ['<year>'], async (year, o) => (await import('./commands/derive.js')).derive(year, o));
  option(c, 'derive', '--units <file>', 'units', { required: true });
  option(c, 'derive', '--out <dir>', 'out', { default: join('plans', 'units') });
  option(c, 'derive', '--force', 'force');
  lang(c);

  c = command('rollup', ['<year>'], async (year, o) => (await import('./commands/rollup.js')).rollupCommand(year, o));
  option(c, 'rollup', '--dir <dir>', 'dir', { default: join('plans', 'units') });
  option(c, 'rollup', '--results <dir>', 'results', { default: join('results', 'units') });
  option(c, 'rollup', '--built <dir>', 'built', { default: join('out', 'units') });
  option(c, 'rollup', '--units <file>', 'units');
  option(c, 'rollup', '--received <dir>', 'received');
  option(c, 'rollup', '--quarter <N>', 'quarter');
  option(c, 'rollup', '--today <YYYY-MM-DD>', 'today');
  format(c, ['text', 'md', 'json', 'docx', 'xlsx']);
  option(c, 'rollup', '--out <file>', 'out');
  option(c, 'rollup', '--reference-doc <file>', 'referenceDoc');
  lang(c);

  c = command('lint', ['[files...]'], async (files, o) => (await import('./commands/lint.js')).lint(files, o));
  format(c, ['text', 'json', 'github']);
  option(c, 'lint', '--rules', 'rules');
  option(c, 'lint', '--render', 'render');
  lang(c);

  c = command('preview', ['<plan>'], async (plan, o) => (await import('./commands/preview.js')).preview(plan, o));
  option(c, 'preview', '--port <N>', 'port');
  option(c, 'preview', '--templates <dir>', 'templates');
  lang(c);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
  return exitCode;
}

async function version(): Promise<string> {
  return (await import('./paths.js')).version();
}
