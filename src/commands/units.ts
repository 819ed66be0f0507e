// A --unit that the plan does not declare: exit 2, naming the closest key and the ones it has.
import { closest } from '../text/closest.js';
import type { Plan } from '../plan/types.generated.js';
import { say } from '../i18n.js';

export function unknownUnit(key: string, plan: Plan): number {
  const keys = Object.keys(plan.units ?? {});
  const guess = closest(key, keys);
  process.stderr.write(say(
    `cchc-plan: kế hoạch không có đơn vị '${key}'${guess ? `; có phải là '${guess}'?` : ''}\n  các đơn vị: ${keys.join(', ') || '(không có)'}\n`,
    `cchc-plan: the plan has no unit '${key}'${guess ? `; did you mean '${guess}'?` : ''}\n  units: ${keys.join(', ') || '(none)'}\n`,
  ));
  return 2;
}
