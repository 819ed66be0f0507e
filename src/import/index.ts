// The import from bytes to a recognised plan, as the command runs it: open the package, read the
// document, recognise the plan. A file that is not a readable plan throws ImportError.
import { planYaml as writePlanYaml } from '../plan/plan-yaml.js';
import type { Plan } from '../plan/types.generated.js';
import type { Note } from './notes.js';
import { openPackage } from './package.js';
import { recognise, type Recognised } from './recognise.js';
import { readDocument } from './wordml.js';

export { ImportError } from './package.js';
export { readsBackAs } from '../plan/plan-yaml.js';

export function importDocx(bytes: Uint8Array): Recognised {
  return recognise(readDocument(openPackage(bytes)));
}

/** The imported plan's YAML: a "Xem lại" comment where the import guessed. */
export function planYaml(plan: Plan, notes: Note[], intro: { schema: string; source: string }): string {
  return writePlanYaml(plan, notes.map((n) => ({ path: n.path, text: `Xem lại: ${n.vi}` })), {
    schema: intro.schema,
    lines: [
      `Nhập từ ${intro.source} bằng cchc-plan import. Những chỗ ghi "Xem lại" là điều cần người đọc lại.`,
      'Các con số (100%, 80%, 01 tin, bài/tháng) giữ nguyên trong văn bản; muốn ghi một lần, chuyển chúng',
      'vào targets: và viết {{targets.khoa}} (xem README, "Import last year\'s plan").',
    ],
  });
}
