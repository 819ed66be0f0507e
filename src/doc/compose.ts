// Runs the templates over the plan and reads their output, line by line, into the document model.
// Templates own the wording and the order; this module only knows the line kinds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Handlebars from 'handlebars';
import { displayPath, packageRoot } from '../paths.js';
import { parseInline, type Run } from '../plan/prose.js';
import type { Plan } from '../plan/types.generated.js';
import { templateContext, type TemplateContext } from './template-context.js';
import { plain, type Appendix, type Block, type BlockKind, type Column, type DocModel, type Table } from './model.js';
import { roman } from './numbering.js';
import { TEMPLATE_OPTIONS } from './template-options.js';
import { misusedName } from './template-calls.js';
import { recipientLine } from '../nd30/format.js';
import { say, systemError } from '../i18n.js';
import { templateProblem } from './template-errors.js';

export const defaultTemplates = () => join(packageRoot(), 'templates') + '/';

/**
 * A template that cannot be compiled or run: the build stops and names the file and line, as
 * "template error: my-templates/plan.hbs:12:27: …" (1-based column; no line when Handlebars gave none).
 */
export class TemplateError extends Error {
  /** 2 when the folder itself cannot be used (a usage error), 1 for a template with a mistake in it. */
  exit: 1 | 2 = 1;
  constructor(readonly file: string, readonly line: number | undefined, readonly column: number | undefined, readonly detail: string) {
    const at = line ? `:${line}${column !== undefined ? `:${column + 1}` : ''}` : '';
    super(`${say('lỗi mẫu', 'template error')}: ${displayPath(file)}${at}: ${detail}`);
  }
}

export interface Templates {
  dir: string;
  render: (context: TemplateContext) => string;
  /** The report's template (report.hbs); a templates folder copied before reports has none. */
  renderReport?: (context: object) => string;
}

/** Templates that are documents of their own; every other .hbs is a partial they may call. */
const MAIN = new Set(['plan.hbs', 'report.hbs']);

const loaded = new Map<string, Templates>();

/** Forget a folder's compiled templates, so the next load reads them again (preview, after an edit). */
export const forgetTemplates = (dir = defaultTemplates()) => loaded.delete(dir);

export async function loadTemplates(dir = defaultTemplates()): Promise<Templates> {
  const cached = loaded.get(dir);
  if (cached) return cached;
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort();
  } catch (error) {
    throw Object.assign(new TemplateError(dir, undefined, undefined, say(
      `không mở được thư mục mẫu (${systemError(error)}); --templates phải là một thư mục có plan.hbs: sao chép templates/ của cchc-plan để bắt đầu`,
      `cannot open the templates folder (${systemError(error)}); --templates must be a folder with plan.hbs: copy cchc-plan's templates/ to start`,
    )), { exit: 2 as const });
  }
  if (!files.includes('plan.hbs')) {
    throw Object.assign(new TemplateError(join(dir, 'plan.hbs'), undefined, undefined, say(
      'không có: thư mục mẫu cần có plan.hbs (sao chép từ templates/ của cchc-plan)',
      "missing: the templates folder needs plan.hbs (copy it from cchc-plan's templates/)",
    )), { exit: 2 as const });
  }
  const sources = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const precompiled = await precompiledFor(sources);
  // The precompiled specs need only Handlebars' small runtime; the compiler is loaded for edited templates.
  const full = precompiled ? undefined : (await import('handlebars')).default;
  const hbs: typeof Handlebars = full
    ? full.create()
    : ((await import('handlebars/runtime.js')) as unknown as { default: typeof Handlebars }).default.create();
  registerHelpers(hbs);
  const helpers = new Set(Object.keys(hbs.helpers).filter((name) => !name.endsWith('Missing')));
  const compile = (file: string) => {
    const source = sources.get(file)!;
    let template: HandlebarsTemplateDelegate;
    try {
      if (precompiled) {
        template = hbs.template(precompiled[file]!.spec);
      } else {
        // compile is lazy: parse now so a syntax error, or a name that would fail as it runs, stops the build
        // here, with its line.
        const misused = misusedName(full!.Visitor, hbs.parse(source), helpers);
        if (misused) throw new TemplateError(join(dir, file), misused.line, misused.column, misused.detail);
        template = hbs.compile(source, TEMPLATE_OPTIONS);
      }
    } catch (error) {
      throw error instanceof TemplateError ? error : asTemplateError(file, dir, error, source);
    }
    return (context: unknown, options?: RuntimeOptions) => {
      try {
        return template(context, options);
      } catch (error) {
        throw error instanceof TemplateError ? error : asTemplateError(file, dir, error, source);
      }
    };
  };
  for (const file of files.filter((f) => !MAIN.has(f))) hbs.registerPartial(file.replace(/\.hbs$/, ''), compile(file));
  const main = compile('plan.hbs');
  const report = files.includes('report.hbs') ? compile('report.hbs') : undefined;
  const templates: Templates = { dir, render: (context: TemplateContext) => main(context), ...(report && { renderReport: (context: object) => report(context) }) };
  loaded.set(dir, templates);
  return templates;
}

type Precompiled = Record<string, { source: string; spec: TemplateSpecification }>;

/** The build-time specs, when they were made from exactly these files (an edited template is compiled here). */
async function precompiledFor(sources: Map<string, string>): Promise<Precompiled | undefined> {
  let specs: Precompiled;
  try {
    specs = (await import('./templates-precompiled.js')).default as Precompiled;
  } catch {
    return undefined;
  }
  const same = Object.keys(specs).length === sources.size && [...sources].every(([file, text]) => specs[file]?.source === text);
  return same ? specs : undefined;
}

function asTemplateError(file: string, dir: string, error: unknown, source: string): TemplateError {
  const problem = templateProblem(String((error as Error).message ?? error), source);
  return new TemplateError(join(dir, file), problem.line, problem.column, problem.detail);
}

type RuntimeOptions = Parameters<HandlebarsTemplateDelegate>[1];

function registerHelpers(hbs: typeof Handlebars) {
  hbs.registerHelper('upper', (s: unknown) => String(s ?? '').toLocaleUpperCase('vi'));
  hbs.registerHelper('roman', (i: number) => roman(Number(i) + 1));
  hbs.registerHelper('add', (a: number, b: number) => Number(a) + Number(b));
  hbs.registerHelper('join', (list: unknown[], sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  hbs.registerHelper('not', (a: unknown) => !a);
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).find(Boolean) ?? '');
  hbs.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).join(''));
  hbs.registerHelper('isTable', (entry: unknown) => typeof entry === 'object' && entry !== null && Object.hasOwn(entry, 'table'));
}

const BODY_KINDS = new Set<BlockKind>(['preamble', 'p', 'closing', 'h1', 'h2', 'h3', 'item', 'subitem']);

function runs(text: string): Run[] {
  const parsed = parseInline(text);
  return parsed.ok ? parsed.runs : [{ text }];
}

/** Plan → document model, through the templates in `dir`. */
export function compose(plan: Plan, templates: Templates): DocModel {
  const context = templateContext(plan);
  return linesToModel(templates.render(context), join(templates.dir, 'plan.hbs'), { agency: context.header.agency, date: context.issued });
}

/** A report's context → document model, through report.hbs (the same line kinds as plan.hbs). */
export function composeReport(context: object, templates: Templates, meta: { agency: string; date: Date }): DocModel {
  if (!templates.renderReport) {
    throw new TemplateError(join(templates.dir, 'report.hbs'), undefined, undefined, say(
      'không có: thư mục mẫu cần có report.hbs (sao chép từ templates/ của cchc-plan)',
      "missing: the templates folder needs report.hbs (copy it from cchc-plan's templates/)",
    ));
  }
  return linesToModel(templates.renderReport(context), join(templates.dir, 'report.hbs'), meta);
}

/** The template output, one "kind: text" line at a time, read into the document model. */
function linesToModel(output: string, file: string, meta: { agency: string; date: Date }): DocModel {
  const header: DocModel['header'] = { parent: [], agency: [], national: [], motto: [], number: [], date: [] };
  const recipients: string[] = [];
  const model: DocModel = {
    header,
    docType: [],
    subject: [],
    body: [],
    signature: { heading: [], recipients: [], lines: [] },
    appendices: [],
    meta: { title: '', agency: meta.agency, date: meta.date },
  };
  let appendix: Appendix | undefined;
  let table: Table | undefined;
  for (const [index, raw] of output.split('\n').entries()) {
    if (raw.trim() === '') continue;
    // "kind: text", or "column[weight]: heading" / "column[weight,center]: heading" for a table's column.
    const m = /^([a-z0-9-]+)(?:\[(\d+(?:\.\d+)?)(?:,(left|center|right))?\])?:(?: (.*))?$/.exec(raw.trim());
    if (!m) {
      throw new TemplateError(file, undefined, undefined, say(
        `dòng ${index + 1} mẫu viết ra không có dạng "loại: nội dung": ${raw.slice(0, 60)}`,
        `output line ${index + 1} is not "kind: text": ${raw.slice(0, 60)}`,
      ));
    }
    const [, kind, weight, align, text = ''] = m as unknown as [string, string, string | undefined, Column['align'], string | undefined];
    if (BODY_KINDS.has(kind as BlockKind)) {
      model.body.push({ kind: kind as BlockKind, runs: runs(text) } satisfies Block);
      continue;
    }
    switch (kind) {
      case 'parent': case 'agency':
        header[kind].push(plain(text));
        break;
      case 'national': case 'motto': case 'number': case 'date':
        header[kind] = plain(text);
        break;
      case 'doc-type': model.docType = plain(text); break;
      case 'subject': model.subject = runs(text); model.meta.title = text; break;
      case 'recipients-heading': model.signature.heading = plain(text); break;
      case 'recipient': recipients.push(text); break;
      case 'signer': model.signature.lines.push(plain(text)); break;
      case 'signer-name': model.signature.name = plain(text); break;
      case 'appendix':
        appendix = { heading: plain(text), title: [], reference: [], tables: [] };
        model.appendices.push(appendix);
        break;
      case 'appendix-title': need(appendix, kind).title = plain(text); break;
      case 'appendix-ref': need(appendix, kind).reference = plain(text); break;
      case 'table':
        table = { title: runs(text), columns: [], rows: [] };
        need(appendix, kind).tables.push(table);
        break;
      case 'body-table':
        table = { title: runs(text), columns: [], rows: [] };
        model.body.push({ kind: 'table', runs: [], table });
        break;
      case 'column': need(table, kind).columns.push({ label: plain(text), weight: Number(weight ?? 1), ...(align && { align }) }); break;
      case 'row': need(table, kind).rows.push({ cells: [] }); break;
      case 'cell': {
        const rows = need(table, kind).rows;
        if (rows.length === 0) throw new TemplateError(file, undefined, undefined, say('"cell:" đứng trước mọi "row:"', '"cell:" before any "row:"'));
        rows[rows.length - 1]!.cells.push(plain(text));
        break;
      }
      default:
        throw new TemplateError(file, undefined, undefined, say(`mẫu viết ra một loại dòng không có: "${kind}"`, `unknown line kind "${kind}" in the template output`));
    }
  }
  model.signature.recipients = recipients.map((r, i) => plain(recipientLine(r, i === recipients.length - 1)));
  return model;

  function need<T>(value: T | undefined, kind: string): T {
    if (value === undefined) throw new TemplateError(file, undefined, undefined, say(`"${kind}:" đứng trước dòng mở nó`, `"${kind}:" comes before the line that opens it`));
    return value;
  }
}
