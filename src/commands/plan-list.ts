// The plans a command works on: named ones (2025, path/to/plan.yaml), or with --all every plan under a
// folder (default plans/), recursively.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../diagnostics/messages.js';
import { findPlans, PLANS_DIR, resolvePlanArgs } from '../plan/files.js';
import { usageFinding } from './usage.js';
import { say } from '../i18n.js';

export interface PlanList {
  files: string[];
  /** Set with --all: the folder the plans were found in. */
  baseDir?: string;
}

export function planList(args: string[], all: string | boolean | undefined, lang: Lang): PlanList | number {
  if (all === undefined || all === false) {
    const resolved = resolvePlanArgs(args);
    if (!resolved.ok) {
      process.stderr.write(usageFinding(resolved, lang));
      return 2;
    }
    return { files: resolved.files };
  }
  if (args.length > 0) {
    process.stderr.write(say(`cchc-plan: --all nhận một thư mục (--all ${args[0]}), không nhận danh sách kế hoạch\n`, `cchc-plan: --all takes a folder (--all ${args[0]}), not a list of plans\n`));
    return 2;
  }
  const dir = resolve(typeof all === 'string' ? all : PLANS_DIR);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(say(`cchc-plan: không có thư mục ${dir} cho --all\n`, `cchc-plan: no folder ${dir} for --all\n`));
    return 2;
  }
  const files = findPlans(dir);
  if (files.length === 0) {
    process.stderr.write(say(`cchc-plan: không có kế hoạch .yaml nào trong ${dir}\n`, `cchc-plan: no .yaml plans under ${dir}\n`));
    return 2;
  }
  return { files, baseDir: dir };
}
