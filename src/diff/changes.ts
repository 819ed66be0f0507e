// What a comparison reports: one change per thing that differs, with a path in the document's own words.
import type { Op } from './words.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

export interface Change {
  kind: ChangeKind;
  /** From the part of the document down to the field: ["Phụ lục", "Tháng 6", "Đơn vị chủ trì"]. */
  path: string[];
  /** The text as printed; for a move, the old and new position among its neighbours ("5", "4"). */
  old?: string;
  new?: string;
  /** For changed text, the words kept, deleted and inserted. */
  words?: Op[];
}

export const PATH_SEPARATOR = ' › ';

export function summarize(changes: Change[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0, moved: 0 };
  for (const c of changes) counts[c.kind]++;
  return counts;
}
