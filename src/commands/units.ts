// A --unit that the plan does not declare: exit 2, naming the closest key and the ones it has.
import { closest } from '../text/closest.js';
import type { Plan } from '../plan/types.generated.js';

export function unknownUnit(key: string, plan: Plan): number {
  const keys = Object.keys(plan.units ?? {});
  const guess = closest(key, keys);
  process.stderr.write(`cchc-plan: the plan has no unit '${key}'${guess ? `; did you mean '${guess}'?` : ''}\n  units: ${keys.join(', ') || '(none)'}\n`);
  return 2;
}
