// The entry point: parses the command line and hands over to one command module, loaded only when that
// command runs. Commands return exit codes; nothing below here calls process.exit.
import { Command, CommanderError, Option } from 'commander';

const EXAMPLES_VALIDATE = `
Examples:
  $ cchc-plan validate                 check every plans/*.yaml
  $ cchc-plan validate 2025            check plans/2025.yaml
  $ cchc-plan validate draft.yaml --lang en
  $ cchc-plan validate --format github (in CI: annotations on the changed lines)
  $ cchc-plan validate 2025 --format json | jq .errors

Exit codes: 0 valid (warnings allowed), 1 errors found, 2 usage error (unknown file or option).`;

const EXAMPLES_BUILD = `
Examples:
  $ cchc-plan build 2025                       out/2025.docx and out/2025.md
  $ cchc-plan build 2025 --format docx --out ~/Desktop
  $ cchc-plan build 2025 --templates my-templates   (after: cp -r templates my-templates)

The plan is validated first; errors stop the build with the same messages as validate.
Exit codes: 0 built, 1 a plan or template has errors, 2 usage error or unwritable output.`;

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
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['vi', 'en']).default('vi'))
    .addHelpText('after', EXAMPLES_VALIDATE)
    .action(async (plans: string[], options) => {
      const { validate } = await import('./commands/validate.js');
      exitCode = await validate(plans, options);
    });

  program
    .command('build')
    .description('validate plans and write the Word document and the Markdown copy')
    .argument('<plans...>', 'years (2025 = plans/2025.yaml) or plan files')
    .option('--out <dir>', 'output folder', 'out')
    .option('--format <formats>', 'docx, md, or both separated by a comma', 'docx,md')
    .option('--templates <dir>', 'a folder of templates to use instead of the built-in ones (copy templates/ to start)')
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['vi', 'en']).default('vi'))
    .addHelpText('after', EXAMPLES_BUILD)
    .action(async (plans: string[], options) => {
      const { build } = await import('./commands/build.js');
      exitCode = await build(plans, options);
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
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
