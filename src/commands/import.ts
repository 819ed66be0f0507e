// `cchc-plan import FILE.docx [--out FILE] [--force]`: last year's Word plan as a plan file, validated
// before it is written, with what was recognised and what a person should look at again.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Findings } from '../diagnostics/finding.js';
import type { Lang } from '../diagnostics/messages.js';
import { reportToStderr } from '../diagnostics/report.js';
import { ImportError, importDocx, planYaml, readsBackAs } from '../import/index.js';
import { problemMessage } from '../import/messages.js';
import { pathText, placeOf, type Note } from '../import/notes.js';
import { fieldLines, fieldsOf, type RecognisedFields } from '../import/fields.js';
import type { Recognised } from '../import/recognise.js';
import { displayPath } from '../paths.js';
import { schemaFrom } from '../plan/plan-yaml.js';
import { checkPlanBytes } from '../plan/check.js';
import { PLANS_DIR } from '../plan/files.js';
import { widest } from '../text/widest.js';
import { writeLocked } from '../writers/lock.js';
import { systemError } from '../i18n.js';

export interface ImportOptions {
  out?: string;
  force?: boolean;
  format: 'text' | 'json';
  lang: Lang;
}

export async function importPlan(file: string, options: ImportOptions): Promise<number> {
  const say = (vi: string, en: string) => (options.lang === 'en' ? en : vi);
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    bytes = readFileSync(file);
  } catch (error) {
    process.stderr.write(`cchc-plan: ${say(`không đọc được ${file}`, `cannot read ${file}`)}: ${systemError(error)}\n`);
    return 2;
  }

  let imported: Recognised;
  try {
    imported = importDocx(bytes);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const { message, fix } = problemMessage(error, file, options.lang);
    process.stderr.write(`cchc-plan: ${displayPath(file)}: ${message}\n${fix ? `  ${fix}\n` : ''}${say('Không có tệp nào được ghi.', 'Nothing was written.')}\n`);
    return 1;
  }
  const { plan, notes, counts } = imported;
  const year = String(plan.period).slice(0, 4);
  let target = options.out ?? join(PLANS_DIR, `${year}.yaml`);
  if (existsSync(target) && statSync(target).isDirectory()) target = join(target, `${year}.yaml`);
  const exists = () => {
    process.stderr.write(`cchc-plan: ${say(`${displayPath(target)} đã có; giữ nguyên. Dùng --force để ghi đè, hoặc --out để ghi chỗ khác.`, `${displayPath(target)} exists and was left as it is. Use --force to replace it, or --out to write elsewhere.`)}\n`);
    return 2;
  };
  if (existsSync(target) && !options.force) return exists();

  const text = planYaml(plan, notes.list, { schema: schemaFrom(dirname(resolve(target))), source: basename(file) });
  const findings = new Findings();
  const checked = checkPlanBytes(target, new TextEncoder().encode(text), findings);
  if (checked.source && !readsBackAs(checked.source.data, plan)) {
    // The YAML is written by the yaml library from the plan read; reading it back must give that plan. A
    // difference would change what the document said, so nothing is written, and the words say why.
    process.stderr.write(`cchc-plan: ${displayPath(file)}: ${say(
      'không ghi kế hoạch: bản YAML viết ra đọc lại không giống kế hoạch đọc được từ văn bản. Đây là lỗi của cchc-plan; xin gửi kèm tệp .docx này khi báo lỗi.',
      'the plan was not written: the YAML written for it does not read back as the plan read from the document. This is a fault of cchc-plan; please attach this .docx when you report it.',
    )}\n`);
    return 2;
  }
  if (!checked.plan) {
    reportToStderr(findings, target, text, options.lang);
    process.stderr.write(`cchc-plan: ${say('kế hoạch đọc được từ văn bản không hợp lệ; không có tệp nào được ghi.', 'the plan read from the document is not valid; nothing was written.')}\n`);
    return 1;
  }
  // Everything that can fail runs before the plan is written: the summary too.
  const fields = fieldsOf(plan);
  const report = options.format === 'json'
    ? JSON.stringify({
      file: displayPath(target),
      source: displayPath(file),
      fields,
      units: counts.units,
      warnings: findings.warnings,
      review: notes.list.map((n) => ({ ...n.at, path: pathText(n.path), message: options.lang === 'en' ? n.en : n.vi })),
    }, null, 2) + '\n'
    : summary(target, file, fields, notes.list, options.lang);
  try {
    if ((await writeLocked(target, text, !!options.force)) === 'exists') return exists();
  } catch (error) {
    process.stderr.write(`cchc-plan: ${say('không ghi được', 'cannot write')} ${displayPath(target)}: ${systemError(error)}\n`);
    return 2;
  }
  process.stdout.write(report);
  // What validate would say of the new plan (warnings only: a plan with errors is not written).
  if (findings.warnings > 0) reportToStderr(findings, target, text, options.lang);
  return 0;
}

function summary(target: string, file: string, fields: RecognisedFields, notes: Note[], lang: Lang): string {
  const vi = lang === 'vi';
  const out = [`${displayPath(target)}: ${vi ? 'từ' : 'from'} ${displayPath(file)}`, ''];
  out.push(vi ? 'Đã nhận ra:' : 'Recognised:');
  const lines = fieldLines(fields, lang);
  const width = widest(lines, 0, ([label]) => label.length);
  for (const [label, value] of lines) out.push(`  ${label.padEnd(width)}  ${value}`);
  out.push('', `${vi ? 'Cần người xem lại' : 'To review'} (${notes.length}):`);
  if (notes.length === 0) out.push(vi ? '  (không có)' : '  (nothing)');
  const places = notes.map((n) => placeOf(n, lang));
  const paths = notes.map((n) => pathText(n.path));
  const w1 = widest(places);
  const w2 = widest(paths);
  notes.forEach((n, i) => out.push(`  ${places[i]!.padEnd(w1)}  ${paths[i]!.padEnd(w2)}  ${vi ? n.vi : n.en}`));
  out.push('', vi
    ? `Tiếp theo: mở ${displayPath(target)} để xem lại, rồi cchc-plan build ${displayPath(target)}`
    : `Next: open ${displayPath(target)} to review it, then cchc-plan build ${displayPath(target)}`);
  return out.join('\n') + '\n';
}
