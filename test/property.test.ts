// A plan that validates always builds, and everything it says is in the document: checked on generated
// plans (test/support/plan-arbitrary.ts) that mix every construct of the format with odd characters.
// In process, on the compiled modules the CLI bundles, so a thousand plans take seconds.
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Findings } from '../dist/diagnostics/finding.js';
import { compose, loadTemplates } from '../dist/doc/compose.js';
import { checkPlanBytes } from '../dist/plan/check.js';
import { renderDocx } from '../dist/writers/docx.js';
import { planArbitrary } from './support/plan-arbitrary.js';
import { wordText } from './support/xml.js';

const RUNS = 1000;
const templates = await loadTemplates();

/** Text as compared: NFC, white space as single spaces, upper case (the agency lines print in capitals). */
const norm = (s: string) => s.normalize('NFC').replace(/[\s\u0085]+/g, ' ').trim().toLocaleUpperCase('vi');

/** The strings of a plan that the document prints as they are (unit keys aside: they print as names). */
function printed(plan: Record<string, any>): string[] {
  const out: string[] = [...[plan.header.parent ?? []].flat(), ...[plan.header.agency].flat(), plan.header.place, plan.title, ...[plan.preamble].flat(), plan.closing, ...plan.recipients, ...plan.archive];
  if (plan.signer) out.push(plan.signer.title, plan.signer.name ?? '');
  const node = (n: any) => {
    out.push(n.title ?? '', n.closing ?? '');
    for (const entry of [n.text ?? []].flat()) {
      if (typeof entry === 'string') out.push(entry);
      else out.push(entry.table.title ?? '', ...entry.table.columns, ...entry.table.rows.flat());
    }
    for (const item of n.items ?? []) out.push(...(typeof item === 'string' ? [item] : [item.text, ...(item.items ?? [])]));
    (n.parts ?? []).forEach(node);
  };
  plan.sections.forEach(node);
  for (const appendix of plan.appendices ?? []) {
    out.push(appendix.title);
    for (const table of appendix.tables) {
      out.push(table.title);
      if (table.kind === 'table') out.push(...table.columns, ...table.rows.flat());
      if (table.kind === 'assignments') for (const row of table.rows) out.push(row.content, row.form);
    }
  }
  return out.filter((s) => typeof s === 'string');
}

describe('generated plans', () => {
  it(`every plan that validates builds, and the .docx holds each of its strings (${RUNS} plans)`, () => {
    let valid = 0;
    fc.assert(fc.property(planArbitrary(), ({ yaml }) => {
      const findings = new Findings();
      const { plan } = checkPlanBytes('plan.yaml', new TextEncoder().encode(yaml), findings);
      if (!plan) return;
      valid++;
      const docx = unzipSync(renderDocx(compose(plan, templates)));
      const document = strFromU8(docx['word/document.xml']!);
      const text = norm(wordText(document));
      for (const s of printed(plan as Record<string, any>)) expect(text).toContain(norm(s));
    }), { numRuns: RUNS });
    // The property says something only if many generated plans are valid.
    expect(valid).toBeGreaterThan(RUNS / 4);
  }, 120_000);
});
