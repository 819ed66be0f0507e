// One document through every rule of rules/nd30/ that can be checked without laying it out: read it
// (read.ts), find its parts (anatomy.ts), run each rule's check (checks.ts), in the rules' order.
import { rules } from '../nd30/rules.js';
import { anatomy } from './anatomy.js';
import { CHECKS, type LintFinding } from './checks.js';
import { readDocx } from './read.js';

export function lintDocx(bytes: Uint8Array): LintFinding[] {
  const doc = readDocx(bytes);
  const parts = anatomy(doc.blocks);
  const findings: LintFinding[] = [];
  for (const rule of rules.filter((r) => !r.render)) {
    const check = CHECKS[rule.id];
    if (!check) throw new Error(`rule ${rule.id} has no check in src/lint/checks.ts`);
    check(doc, parts, (where, detail, quote) => findings.push({ rule, where, detail, ...(quote && { quote }) }));
  }
  // As a person reads them: the page first, then the document from top to bottom.
  const rank = (f: LintFinding) => (f.where.header ? 0.5 : f.where.order ?? 0);
  return findings.sort((x, y) => rank(x) - rank(y));
}
