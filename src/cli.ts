// The entry point: parses the command line and hands over to one command module, loaded only when that
// command runs. Commands return exit codes; nothing below here calls process.exit.
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';

const EXAMPLES_VALIDATE = `
Examples:
  $ cchc-plan validate                 check every plans/*.yaml
  $ cchc-plan validate 2025            check plans/2025.yaml
  $ cchc-plan validate draft.yaml --lang en
  $ cchc-plan validate --format github (in CI: annotations on the changed lines)
  $ cchc-plan validate 2025 --format json | jq .errors
  $ cchc-plan validate --all schools   every plan under schools/, on all cores

Exit codes: 0 valid (warnings allowed), 1 errors found, 2 usage error (unknown file or option).`;

const EXAMPLES_BUILD = `
Examples:
  $ cchc-plan build 2025                       out/2025.docx and out/2025.md
  $ cchc-plan build 2025 --format docx --out ~/Desktop
  $ cchc-plan build 2025 --format html                out/2025.html, one page for the agency's website
  $ cchc-plan build 2025 --format docx,pdf            and out/2025.pdf, through LibreOffice (about a second)
  $ cchc-plan build 2025 --templates my-templates   (after: cp -r templates my-templates)
  $ cchc-plan build 2025 --reference-doc my-styles.docx   (a copy of templates/reference.docx restyled in Word)
  $ cchc-plan build --all schools --out out/schools  every plan under schools/, same folders under out/schools

The plan is validated first; errors stop the build with the same messages as validate.
Exit codes: 0 built, 1 a plan or template has errors, 2 usage error or unwritable output.`;

const EXAMPLES_DIFF = `
Examples:
  $ cchc-plan diff 2024 2025                      the changes, grouped by part of the plan
  $ cchc-plan diff 2024 2025 --ignore-year        leave out "năm 2024" → "năm 2025" and the like
  $ cchc-plan diff 2024 2025 --format md > thay-doi.md
  $ cchc-plan diff 2024 2025 --format json | jq '.changes[] | select(.kind == "changed")'
  $ cchc-plan diff 2024 2025 --docx out/2025-so-sanh.docx --author "Phòng TCCB"

Both plans are validated first; one with errors stops the comparison (exit 2) with validate's messages.
Exit codes: 0 no differences, 1 differences found, 2 usage error, invalid plan or unwritable output.`;

const EXAMPLES_NEW = `
Examples:
  $ cchc-plan new 2026                  plans/2026.yaml from the latest earlier plan (plans/2025.yaml)
  $ cchc-plan new 2026 --from 2024      from plans/2024.yaml
  $ cchc-plan new 2026 --force          replace an existing plans/2026.yaml

Years that follow the plan's own move forward ("năm 2024" → "năm 2025" too); full dates ("ngày 22/01/2025")
and comments are listed for a person to check. Exit codes: 0 written, 1 the result would not validate,
2 usage error (no earlier plan, the plan exists, an invalid source).`;

const EXAMPLES_CALENDAR = `
Examples:
  $ cchc-plan calendar 2025                     out/2025.ics: every scheduled row and rota month
  $ cchc-plan calendar 2025 --unit tccb         out/2025-tccb.ics: Phòng TCCB's duties, as lead or cooperating
  $ cchc-plan calendar 2025 --out - > cchc.ics

Each duty is an all-day event spanning its month, with a reminder at 08:00 on the month's first working
day. UIDs are stable, so importing the file again updates the events instead of duplicating them.
Exit codes: 0 written, 2 usage error, unknown unit or invalid plan.`;

const EXAMPLES_DUE = `
Examples:
  $ cchc-plan due                               this month, from plans/<this year>.yaml
  $ cchc-plan due --month 2025-03
  $ cchc-plan due --month 2025-03 --unit tccb
  $ cchc-plan due --month 2025-03 --format json

Exit codes: 0 listed (also when nothing is due), 2 usage error, unknown unit or invalid plan.`;

const EXAMPLES_IMPORT = `
Examples:
  $ cchc-plan import ke-hoach-2025.docx                 plans/2025.yaml (the year of the document)
  $ cchc-plan import ke-hoach-2025.docx --out plans/truong-2025.yaml
  $ cchc-plan import ke-hoach-2025.docx --force         replace an existing plans/2025.yaml
  $ cchc-plan import ke-hoach-2025.docx --format json | jq .fields   what was recognised, field by field

What was guessed or could not be placed is listed under "Cần người xem lại" with its paragraph or table
number in the .docx, and marked "Xem lại" in the YAML. An old .doc converts with
soffice --headless --convert-to docx FILE.doc. Exit codes: 0 imported, 1 not a readable plan (nothing is
written), 2 usage error (no such file, the plan exists without --force).`;

const EXAMPLES_RECORD = `
Examples:
  $ cchc-plan done 2025 a1t1r1 --date 2025-01-20 --evidence https://sgddt.soctrang.gov.vn/cchc/123
  $ cchc-plan done 2025 a1t2r1 --month 2 --date 2025-02-26 --evidence "Công văn số 123/SGDĐT-TCCB"
  $ cchc-plan done 2025 a1t1r2 --not-done "Hội nghị dời sang tháng 3"
  $ cchc-plan post 2025 --unit tccb --title "Kết quả CCHC quý I" --url https://sgddt.soctrang.gov.vn/cchc/130

Each adds one entry to results/YEAR.yaml (made if missing) and keeps every other line as it was; ROW is a
row's id, or the reference cchc-plan status prints (a1t1r3: appendix 1, table 1, row 3). Exit codes: 0
recorded, 1 the record would not be valid (the file is left as it is), 2 usage error (unknown row).`;

const EXAMPLES_STATUS = `
Examples:
  $ cchc-plan status 2025                       up to this month
  $ cchc-plan status 2025 --quarter 1           up to the end of March
  $ cchc-plan status 2025 --month 2025-05 --unit tccb
  $ cchc-plan status 2025 --quarter 1 --format json | jq '.activities[] | select(.state == "late")'

Exit codes: 0 nothing is late, 1 something is late (a reminder in CI), 2 usage error or invalid record.`;

const EXAMPLES_REPORT = `
Examples:
  $ cchc-plan report 2025 --quarter 1           out/2025-bao-cao-quy-1.docx and .md
  $ cchc-plan report 2025 --half --date 2025-06-25
  $ cchc-plan report 2025 --year --templates my-templates

Undated, the report is dated today; --date 2025-04 leaves the day blank. A date before something the
report tells of is refused. Exit codes: 0 written,
1 nothing recorded yet (--allow-empty writes it anyway) or a template error, 2 usage error.`;

const EXAMPLES_DERIVE = `
Examples:
  $ cchc-plan derive 2025 --units plans/units.yaml      plans/units/<key>/2025.yaml for every unit
  $ cchc-plan derive 2025 --units truong.csv --out plans/truong
  $ cchc-plan derive 2025 --units plans/units.yaml --force   replace plans derived before

The units file (YAML, or CSV with a header row: ${'key,name,short,agency,code,place,groups,signer_authority,signer_title,signer_name'})
is checked against schemas/units.schema.json; a unit with a problem is reported at its line and left out.
Exit codes: 0 every unit's plan written, 1 some units left out (problems, or plans that exist without
--force), 2 usage error (no Department plan, one with errors, an unreadable units file).`;

const EXAMPLES_ROLLUP = `
Examples:
  $ cchc-plan rollup 2025 --quarter 1                     every unit under plans/units, units short first
  $ cchc-plan rollup 2025 --quarter 1 --format xlsx       out/rollup-2025.xlsx, one row per unit
  $ cchc-plan rollup 2025 --quarter 1 --format docx --out out/phu-luc-don-vi.docx
  $ cchc-plan rollup 2025 --units plans/units.yaml --format json | jq '.units[] | select(.shortfalls | length > 0)'

A unit falls short when it has no plan, two plans for the year, a plan with errors or places still waiting
for its words, a plan not built (out/units/<key>/YEAR.docx), a month over with fewer articles than the
target, activities late, or no report for a quarter that is over (out/units/<key>/YEAR-bao-cao-quy-N.docx).
Exit codes: 0 every unit is on track, 1 some unit falls short, 2 usage error.`;

const EXAMPLES_PREVIEW = `
Examples:
  $ cchc-plan preview 2025                 http://127.0.0.1:8130/ (or the next free port)
  $ cchc-plan preview plans/units/longhung/2025.yaml --port 9000
  $ cchc-plan preview 2025 --templates my-templates

Open the address in a browser and edit the plan: each save re-renders the page within a second; a plan
with errors shows validate's findings, with line and column, instead. Served on 127.0.0.1 only.
Ctrl-C stops it. Exit codes: 0 stopped, 2 usage error (no plan, a --port in use).`;

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('cchc-plan')
    .description('Compile Vietnamese administrative-reform communication plans (Kế hoạch tuyên truyền CCHC) from YAML.')
    .version(await version(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .showHelpAfterError('(cchc-plan --help lists the commands)');

  program
    .command('validate')
    .description('check plans against the schema and the rules of the format')
    .argument('[plans...]', 'years (2025 = plans/2025.yaml) or plan files; none: every plans/*.yaml')
    .option('--all [dir]', 'every plan under DIR (default plans/), in subfolders too, on all cores')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['vi', 'en']).default('vi'))
    .addHelpText('after', EXAMPLES_VALIDATE)
    .action(async (plans: string[], options) => {
      const { validate } = await import('./commands/validate.js');
      exitCode = await validate(plans, options);
    });

  program
    .command('build')
    .description('validate plans and write the Word document, the Markdown copy, a web page (html) or a PDF')
    .argument('[plans...]', 'years (2025 = plans/2025.yaml) or plan files')
    .option('--all [dir]', 'every plan under DIR (default plans/), in subfolders too, on all cores; the others are built when one fails')
    .option('--out <dir>', 'output folder', 'out')
    .option('--format <formats>', 'docx, md, html, pdf, or several separated by commas', 'docx,md')
    .option('--pdf-timeout <seconds>', 'how long LibreOffice may take to make one PDF', '120')
    .option('--templates <dir>', 'a folder of templates to use instead of the built-in ones (copy templates/ to start)')
    .option('--reference-doc <file>', "a .docx whose styles, fonts and page headers the Word document takes (restyle a copy of templates/reference.docx)")
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['vi', 'en']).default('vi'))
    .addHelpText('after', EXAMPLES_BUILD)
    .action(async (plans: string[], options) => {
      if (plans.length === 0 && options.all === undefined) {
        process.stderr.write('cchc-plan: name the plans to build (2025, path/to/plan.yaml) or use --all [DIR]\n');
        exitCode = 2;
        return;
      }
      const { build } = await import('./commands/build.js');
      exitCode = await build(plans, options);
    });

  program
    .command('diff')
    .description("compare two plans: what changed, in the plan's own terms, and optionally as a Word redline")
    .argument('<old>', 'the older plan: a year (2024 = plans/2024.yaml) or a file')
    .argument('<new>', 'the newer plan')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'md', 'json']).default('text'))
    .option('--ignore-year', "do not report years that just follow the plan's year (năm 2024 → năm 2025)")
    .option('--docx <file>', 'also write the newer plan as a .docx with tracked changes against the older')
    .option('--author <name>', 'author of the tracked changes (default: the agency)')
    .option('--date <date>', "date of the tracked changes, 2025-01-15 (default: the newer plan's date)")
    .option('--templates <dir>', 'templates for the redline, as for build')
    .option('--reference-doc <file>', 'styles for the redline, as for build')
    .addOption(new Option('--lang <lang>', 'language of validation messages').choices(['vi', 'en']).default('vi'))
    .addHelpText('after', EXAMPLES_DIFF)
    .action(async (older: string, newer: string, options) => {
      const { diff } = await import('./commands/diff.js');
      exitCode = await diff(older, newer, options);
    });

  program
    .command('new')
    .description("start next year's plan from an earlier one: years moved forward, number and date cleared")
    .argument('<year>', 'the new plan\'s year: writes plans/YEAR.yaml')
    .option('--from <plan>', 'the plan to start from: a year or a file (default: the latest plan before YEAR)')
    .option('--force', 'replace plans/YEAR.yaml if it exists')
    .addOption(new Option('--lang <lang>', 'language of validation messages').choices(['vi', 'en']).default('vi'))
    .addHelpText('after', EXAMPLES_NEW)
    .action(async (year: string, options) => {
      const { newPlan } = await import('./commands/new.js');
      exitCode = await newPlan(year, options);
    });

  program
    .command('calendar')
    .description("the plan's monthly duties as an iCalendar (.ics) file for Google Calendar, Outlook or Thunderbird")
    .argument('<plan>', 'a year (2025 = plans/2025.yaml) or a plan file')
    .option('--unit <key>', "only this unit's duties, as lead or cooperating (a key from the plan's units)")
    .option('--out <file>', "where to write (default out/YEAR.ics; '-' for stdout)")
    .addOption(new Option('--lang <lang>', 'language of validation messages').choices(['vi', 'en']).default('vi'))
    .addHelpText('after', EXAMPLES_CALENDAR)
    .action(async (plan: string, options) => {
      const { calendar } = await import('./commands/calendar.js');
      exitCode = await calendar(plan, options);
    });

  program
    .command('due')
    .description('what is due in a month, grouped by unit')
    .option('--month <YYYY-MM>', 'the month (default: this month)')
    .option('--unit <key>', "only this unit's duties")
    .option('--plan <plan>', "the plan to read (default: the month's year, plans/YYYY.yaml)")
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'language of validation messages').choices(['vi', 'en']).default('vi'))
    .addHelpText('after', EXAMPLES_DUE)
    .action(async (options) => {
      const { due } = await import('./commands/due.js');
      exitCode = await due(options);
    });

  program
    .command('done')
    .description('record that a planned activity was done (or not) in results/YEAR.yaml')
    .argument('<year>', 'the record: a year (2025 = results/2025.yaml) or a record file')
    .argument('<row>', "the row: its id, or the reference status prints (a1t1r3)")
    .option('--month <M>', 'the planned month the entry is for (needed when the row has several)')
    .option('--date <YYYY-MM-DD>', 'the day it was done (default today)')
    .option('--evidence <url|text>', 'a link to what was published, or a document number')
    .option('--note <text>', 'a note for the report')
    .option('--not-done <reason>', 'record that it was not done, and why')
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['vi', 'en']).default('vi'))
    .addHelpText('after', EXAMPLES_RECORD)
    .action(async (year: string, row: string, options) => {
      const { done } = await import('./commands/record.js');
      exitCode = await done(year, row, options);
    });

  program
    .command('post')
    .description('record an article published on the CCHC page in results/YEAR.yaml')
    .argument('<year>', 'the record: a year (2025 = results/2025.yaml) or a record file')
    .requiredOption('--unit <key>', "the unit that published it (a key of the plan's units)")
    .requiredOption('--title <text>', "the article's title")
    .requiredOption('--url <url>', "the article's address")
    .option('--date <YYYY-MM-DD>', 'the day it was published (default today)')
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['vi', 'en']).default('vi'))
    .addHelpText('after', EXAMPLES_RECORD)
    .action(async (year: string, options) => {
      const { post } = await import('./commands/record.js');
      exitCode = await post(year, options);
    });

  program
    .command('status')
    .description('what was due up to a month or quarter, and whether it was done, is late or is coming')
    .argument('<year>', 'the record: a year (2025 = results/2025.yaml with plans/2025.yaml) or a record file')
    .option('--month <YYYY-MM>', 'up to the end of this month (default: this month)')
    .option('--quarter <N>', 'up to the end of this quarter')
    .option('--unit <key>', "only this unit's activities and articles")
    .option('--today <YYYY-MM-DD>', 'the day that decides what is late (default today)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['vi', 'en']).default('vi'))
    .addHelpText('after', EXAMPLES_STATUS)
    .action(async (year: string, options) => {
      const { status } = await import('./commands/status.js');
      exitCode = await status(year, options);
    });

  program
    .command('report')
    .description('write the quarterly, half-yearly or yearly report on the plan from the record (.docx and .md)')
    .argument('<year>', 'the record: a year (2025 = results/2025.yaml) or a record file')
    .option('--quarter <N>', 'the report of quarter N')
    .option('--half', 'the report of the first six months')
    .option('--year', 'the report of the whole year')
    .option('--date <YYYY-MM-DD>', "the report's date (default today; YYYY-MM leaves the day blank)")
    .option('--today <YYYY-MM-DD>', "the day that decides what is late (default: the report's date)")
    .option('--out <dir>', 'output folder', 'out')
    .option('--templates <dir>', 'templates to use instead of the built-in ones (report.hbs among them)')
    .option('--reference-doc <file>', 'styles for the .docx, as for build')
    .option('--allow-empty', 'write the report even when nothing is recorded')
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['vi', 'en']).default('vi'))
    .addHelpText('after', EXAMPLES_REPORT)
    .action(async (year: string, options) => {
      const { report } = await import('./commands/report.js');
      exitCode = await report(year, options);
    });

  program
    .command('import')
    .description("read a Word plan (.docx), such as last year's, into a plan file")
    .argument('<file>', 'the .docx to read')
    .option('--out <file>', 'where to write the plan (default plans/YEAR.yaml, YEAR from the document)')
    .option('--force', 'replace the output file if it exists')
    .addOption(new Option('--format <format>', 'format of the summary on stdout').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['vi', 'en']).default('vi'))
    .addHelpText('after', EXAMPLES_IMPORT)
    .action(async (file: string, options) => {
      const { importPlan } = await import('./commands/import.js');
      exitCode = await importPlan(file, options);
    });

  program
    .command('derive')
    .description("write each unit's starter plan from the Department's (plans/units/<key>/YEAR.yaml)")
    .argument('<year>', "the Department's plan: a year (2025 = plans/2025.yaml) or a plan file")
    .requiredOption('--units <file>', 'the units: a .yaml (schemas/units.schema.json) or a .csv with a header row')
    .option('--out <dir>', 'where the unit folders go', join('plans', 'units'))
    .option('--force', 'replace plans that exist')
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['vi', 'en']).default('vi'))
    .addHelpText('after', EXAMPLES_DERIVE)
    .action(async (year: string, options) => {
      const { derive } = await import('./commands/derive.js');
      exitCode = await derive(year, options);
    });

  program
    .command('rollup')
    .description("the Department's overview of every unit's plan and record: text, md, json, a .docx annex or .xlsx")
    .argument('<year>', 'the year, 2025')
    .option('--dir <dir>', "the units' plans, one folder per unit", join('plans', 'units'))
    .option('--results <dir>', "the units' records, one folder per unit", join('results', 'units'))
    .option('--built <dir>', "where the units' .docx plans and reports are built", join('out', 'units'))
    .option('--units <file>', 'the units file, so a unit without a folder shows as having no plan')
    .option('--quarter <N>', 'the quarter (default: the whole year up to today)')
    .option('--today <YYYY-MM-DD>', 'the day that decides what is late (default today)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'md', 'json', 'docx', 'xlsx']).default('text'))
    .option('--out <file>', 'for docx and xlsx: where to write (default out/rollup-YEAR.docx or .xlsx)')
    .option('--reference-doc <file>', 'styles for the .docx, as for build')
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['vi', 'en']).default('vi'))
    .addHelpText('after', EXAMPLES_ROLLUP)
    .action(async (year: string, options) => {
      const { rollupCommand } = await import('./commands/rollup.js');
      exitCode = await rollupCommand(year, options);
    });

  program
    .command('preview')
    .description('the document in a browser, re-rendered at each save of the plan or its templates')
    .argument('<year>', 'the plan: a year (2025 = plans/2025.yaml) or a plan file')
    .option('--port <N>', 'the port on 127.0.0.1 (default: the first free one from 8130)')
    .option('--templates <dir>', 'templates to use instead of the built-in ones (watched too)')
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['vi', 'en']).default('vi'))
    .addHelpText('after', EXAMPLES_PREVIEW)
    .action(async (year: string, options) => {
      const { preview } = await import('./commands/preview.js');
      exitCode = await preview(year, options);
    });

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
  return (await import('./paths.js')).VERSION;
}
