// A plan made by a command (import, derive) as YAML a person reads and edits: the schema modeline, the key
// order of plans/2025.yaml, long prose in folded blocks, short lists on one line, and comments where a
// person has something to do.
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isPair, isScalar, isSeq, Scalar, visit, type Node } from 'yaml';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { packageRoot } from '../paths.js';
import type { Plan } from './types.generated.js';

export type PlanPath = (string | number)[];

/** A comment on the line before the key or item at `path`. */
export interface PlanComment {
  path: PlanPath;
  text: string;
}

const FOLD_FROM = 90;
const LINE_WIDTH = 110;

/** The schema modeline's path from a plan written in `dir`. */
/**
 * The schema a file written in `dir` names on its first line, relative to it: the project's own copy
 * (schemas/ in `dir` or a folder above it, as `cchc-plan init` makes), else the installed package's.
 */
export function schemaFrom(dir: string, schema = 'plan.schema.json'): string {
  let found = join(packageRoot(), 'schemas', schema);
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (existsSync(join(at, 'schemas', schema))) {
      found = join(at, 'schemas', schema);
      break;
    }
    if (dirname(at) === at) break;
  }
  return relative(dir, found).split('\\').join('/');
}

/** The plan as YAML, with `intro` (the lines after the schema modeline) at the top. */
export function planYaml(plan: Plan, comments: PlanComment[], intro: { schema: string; lines: string[] }): string {
  const doc = new Document(plan);
  visit(doc, {
    Scalar(key, node, path) {
      const parent = path.at(-1);
      if (key === 'key' || typeof node.value !== 'string') return;
      if (node.value.length > FOLD_FROM && !path.some((p) => isPair(p) && isScalar(p.key) && p.key.value === 'header')) node.type = Scalar.BLOCK_FOLDED;
      void parent;
    },
    Seq(_, node) {
      const items = node.items as unknown[];
      if (items.every((i) => isScalar(i) && String(i.value).length < 40) && items.reduce((n: number, i) => n + String((i as Scalar).value).length + 2, 0) < 70) node.flow = true;
    },
    Map(_, node, path) {
      // A rota turn, like those of plans/2025.yaml: { quarter: 1, lead: tccb, with: snv, months: [2, 3] }
      const inRota = path.some((p) => isMap(p) && p.get('kind') === 'rota');
      if (inRota && node.has('quarter') && !node.has('task')) node.flow = true;
    },
  });
  for (const key of ['period', 'preamble', 'targets', 'units', 'sections', 'closing', 'signer', 'recipients', 'appendices']) {
    const pair = doc.contents && isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
    if (pair && isScalar(pair.key) && key !== 'recipients') pair.key.spaceBefore = true;
  }
  for (const c of comments) if (c.path.length) comment(doc, c.path, c.text);
  doc.commentBefore = [` yaml-language-server: $schema=${intro.schema}`, ...intro.lines.map((l) => ` ${l}`)].join('\n');
  return doc.toString({ lineWidth: LINE_WIDTH, minContentWidth: 40, nullStr: '', flowCollectionPadding: false });
}

/** The YAML read back (by validate) must be exactly the plan, whatever styles planYaml chose. */
export const readsBackAs = (data: unknown, plan: Plan) => isDeepStrictEqual(data, JSON.parse(JSON.stringify(plan)));

/** A comment on the line before the key or item at `path`, or before its nearest ancestor that exists. */
function comment(doc: Document, path: PlanPath, text: string): void {
  for (let n = path.length; n > 0; n--) {
    const at = path.slice(0, n);
    const last = at.at(-1)!;
    const parent = at.length === 1 ? doc.contents : doc.getIn(at.slice(0, -1), true);
    let target: Node | undefined;
    if (typeof last === 'string' && isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      if (pair && isScalar(pair.key)) target = pair.key;
    } else if (typeof last === 'number' && isSeq(parent)) {
      target = parent.items[last] as Node | undefined;
    }
    if (target) {
      const lines = text.split('\n').map((l) => ` ${l}`).join('\n');
      target.commentBefore = target.commentBefore ? `${target.commentBefore}\n${lines}` : lines;
      return;
    }
  }
}
