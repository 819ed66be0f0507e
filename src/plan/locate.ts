// Maps a data path (["sections", 0, "title"]) back to the YAML source, so a finding about the data can
// name the line and column the user typed it at.
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { PlanSource } from './source.js';

export type DataPath = (string | number)[];

export interface Place {
  line: number;
  column: number;
  /** The scalar's source range, when the path ends at a scalar. */
  range?: [number, number];
}

/**
 * The place of the value at `path`, or of its key when `on` is 'key'. A path that goes further than the
 * document (a missing key) stops at the deepest node that exists.
 */
export function locate(source: PlanSource, path: DataPath, on: 'value' | 'key' = 'value'): Place {
  let node: unknown = source.doc.contents;
  let keyNode: unknown;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      keyNode = undefined;
      node = node.items[segment];
    } else {
      break;
    }
  }
  const target = (on === 'key' && keyNode ? keyNode : node) as Node | undefined;
  const offset = target?.range?.[0] ?? 0;
  const at = source.lines.linePos(offset);
  const range = isScalar(target) && target.range ? ([target.range[0], target.range[1]] as [number, number]) : undefined;
  return { line: at.line, column: at.col, range };
}

/**
 * Whether the key at `path` stands alone in a one-line { … } mapping, with no value: what is left of a
 * value cut at an unquoted comma ({ content: Cán bộ, giáo viên } makes 'giáo viên' a key).
 */
export function isCutAtComma(source: PlanSource, path: DataPath): boolean {
  let node: unknown = source.doc.contents;
  for (const segment of path.slice(0, -1)) {
    if (isMap(node)) node = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment))?.value;
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else return false;
  }
  if (!isMap(node) || !node.flow) return false;
  const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(path.at(-1)));
  return pair !== undefined && (pair.value === null || pair.value === undefined);
}

/** The place of `needle` inside the scalar at `path`, falling back to the scalar itself. */
export function locateWithin(source: PlanSource, path: DataPath, needle: string): Place {
  const place = locate(source, path);
  if (!place.range) return place;
  const index = source.text.slice(place.range[0], place.range[1]).indexOf(needle);
  if (index < 0) return place;
  const at = source.lines.linePos(place.range[0] + index);
  return { line: at.line, column: at.col };
}

export function formatPath(path: DataPath): string {
  return path.reduce<string>(
    (out, segment) => (typeof segment === 'number' ? `${out}[${segment}]` : out ? `${out}.${segment}` : segment),
    '',
  );
}
