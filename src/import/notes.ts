// What the import guessed or could not place, for the "Cần người xem lại" list and the YAML comments: where
// it was in the .docx, where it went in the plan, and what a person should check, in both languages.
import type { WBlock } from './wordml.js';

import type { PlanPath } from '../plan/plan-yaml.js';

export type { PlanPath };

export interface Note {
  /** "đoạn 12", "bảng 3" in the .docx. */
  at: { paragraph?: number; table?: number };
  /** Where it went in the YAML; empty when it went nowhere. */
  path: PlanPath;
  vi: string;
  en: string;
}

export class Notes {
  readonly list: Note[] = [];

  add(block: WBlock | undefined, path: PlanPath, vi: string, en: string): void {
    const at = block === undefined ? {} : block.type === 'table' ? { table: block.index } : { paragraph: block.index };
    this.list.push({ at, path, vi, en });
  }
}

export function placeOf(note: Note, lang: 'vi' | 'en'): string {
  if (note.at.table !== undefined) return lang === 'vi' ? `bảng ${note.at.table}` : `table ${note.at.table}`;
  if (note.at.paragraph !== undefined) return lang === 'vi' ? `đoạn ${note.at.paragraph}` : `paragraph ${note.at.paragraph}`;
  return lang === 'vi' ? 'cả văn bản' : 'whole document';
}

/** sections[2].parts[0].title */
export function pathText(path: PlanPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '—';
}
