// `cchc-plan new YEAR [--from YEAR|FILE]`: next year's plan from an earlier one, years moved forward,
// number and date cleared, comments and layout kept; then what changed and what a person should check.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Findings } from '../diagnostics/finding.js';
import type { Lang } from '../diagnostics/messages.js';
import { reportToStderr } from '../diagnostics/report.js';
import { displayPath } from '../paths.js';
import { checkPlanBytes } from '../plan/check.js';
import { PLANS_DIR, planFile } from '../plan/files.js';
import { rollOver } from '../plan/rollover.js';
import { writeLocked } from '../writers/lock.js';
import { loadValidPlan } from './load.js';
import { widest } from '../text/widest.js';
import { say, systemError } from '../i18n.js';

export interface NewOptions {
  from?: string;
  force?: boolean;
  lang: Lang;
}

const exists = (target: string) => say(
  `cchc-plan: ${displayPath(target)} đã có; tệp được giữ nguyên. Dùng --force để ghi đè.\n`,
  `cchc-plan: ${displayPath(target)} already exists; it was left as it is. Use --force to replace it.\n`,
);

export async function newPlan(year: string, options: NewOptions): Promise<number> {
  if (!/^\d{4}$/.test(year)) {
    process.stderr.write(say(`cchc-plan: '${year}' không phải một năm; ghi như 2026\n`, `cchc-plan: '${year}' is not a year; write it as 2026\n`));
    return 2;
  }
  const target = planFile(year);
  const from = options.from ? planFile(options.from) : latestBefore(Number(year));
  if (!from || !existsSync(from)) {
    process.stderr.write(options.from
      ? say(`cchc-plan: không có kế hoạch '${options.from}' (đã tìm ${displayPath(from!)})\n`, `cchc-plan: no plan '${options.from}' (looked for ${displayPath(from!)})\n`)
      : say(
        `cchc-plan: không có kế hoạch nào trước năm ${year} trong ${PLANS_DIR}/; ghi kế hoạch gốc bằng --from 2025 hoặc --from duong-dan/ke-hoach.yaml\n`,
        `cchc-plan: no plan before ${year} in ${PLANS_DIR}/; name one with --from 2025 or --from path/to/plan.yaml\n`,
      ));
    return 2;
  }
  if (existsSync(target) && !options.force) {
    process.stderr.write(exists(target));
    return 2;
  }

  const checked = await loadValidPlan(from, options.lang, ['sao chép', 'copying it']);
  if (!checked) return 2;
  const rolled = rollOver(checked.source, checked.plan, Number(year));

  // The new plan must be one `validate` accepts before it is written.
  const after = new Findings();
  if (!checkPlanBytes(target, new TextEncoder().encode(rolled.text), after).plan) {
    reportToStderr(after, target, rolled.text, options.lang);
    process.stderr.write(say(`cchc-plan: kế hoạch năm ${year} sẽ không hợp lệ; không ghi gì\n`, `cchc-plan: the plan for ${year} would not be valid; nothing was written\n`));
    return 1;
  }
  try {
    if ((await writeLocked(target, rolled.text, !!options.force)) === 'exists') {
      process.stderr.write(exists(target));
      return 2;
    }
  } catch (error) {
    process.stderr.write(say(`cchc-plan: không ghi được ${displayPath(target)}: ${systemError(error)}\n`, `cchc-plan: cannot write ${displayPath(target)}: ${systemError(error)}\n`));
    return 2;
  }

  const out = [`${displayPath(target)}: từ ${displayPath(from)}`, ''];
  const width = widest([...rolled.edits, ...rolled.checks], 0, (e) => e.field.length);
  const where = (line: number, column: number) => `${line}:${column}`.padEnd(7);
  out.push(`Đã đổi (${rolled.edits.length}):`);
  for (const e of rolled.edits) {
    const before = e.before.trim() || '(trống)';
    const after = e.after || '(để trống)';
    out.push(`  ${where(e.line, e.column)} ${e.field.padEnd(width)}  ${e.context && !/:\s*$/.test(e.context) ? `…${e.context}` : ''}${before} → ${after}`);
  }
  if (rolled.checks.length > 0) {
    out.push('', `Cần người xem lại (${rolled.checks.length}):`);
    for (const c of rolled.checks) {
      const why = c.reason === 'date' ? 'ngày của một văn bản hay sự kiện: không đổi theo năm, xem có cần sửa không' : 'chú thích còn nhắc năm cũ';
      out.push(`  ${where(c.line, c.column)} ${c.field.padEnd(width)}  ${c.text} — ${why}`);
    }
  }
  out.push('', `Số và ngày ban hành để trống cho đến khi đăng ký. Xem lại: cchc-plan diff ${displayPath(from)} ${displayPath(target)} --ignore-year`);
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

function latestBefore(year: number): string | undefined {
  const dir = resolve(PLANS_DIR);
  if (!existsSync(dir)) return undefined;
  const years = readdirSync(dir).map((f) => /^(\d{4})\.ya?ml$/.exec(f)).filter((m): m is RegExpExecArray => !!m && Number(m[1]) < year);
  const latest = years.sort((a, b) => Number(a[1]) - Number(b[1])).at(-1);
  return latest ? resolve(dir, latest[0]) : undefined;
}
