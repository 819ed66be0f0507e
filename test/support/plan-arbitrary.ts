// Generated plans for property tests: every construct of the format, with text drawn from every odd class
// of character a plan may meet (controls, line breaks, Unicode spaces, lone surrogates, right-to-left
// text, emoji, combining marks), written out as YAML by the yaml library.
import fc from 'fast-check';
import { stringify } from 'yaml';

/** The odd characters, each a class a real plan has met or could: what the text is drawn from besides letters. */
export const ODD = [
  '\u0001', '\u0008', '\u001b', '\u0000', '\u007f', '\ufffe', '\uffff', // controls and non-characters
  '\n', '\r', '\u2028', '\u0085', '\t', // line breaks and tab
  '\u00a0', '\u2003', '\u3000', '\u200b', '\ufeff', // Unicode spaces
  '\ud800', '\udc00', // lone surrogates
  '\u202e', 'שלום', 'مرحبا', // right-to-left
  '😀', '👩‍💻', '🇻🇳', // emoji, a ZWJ sequence, a flag
  '\u0301', '\u0323', 'e\u0302\u0301', // combining marks, decomposed Vietnamese
  ':', '#', '- ', '"', "'", '|', '>', '&', '<', '%', '@', '`', '!', '?', ',', '[', ']', '{', '}',
];
const LETTERS = ['a', 'b', 'Đ', 'đ', 'ư', 'Ơ', 'ệ', 'Ả', ' ', ' ', ' ', 'Sở', 'năm', '2025', '01', 'x'];

/** Text from letters and odd characters; `{{` and `*` are left out so a string prints as written. */
export function text(odd = 0.25) {
  const char = fc.oneof({ weight: Math.round((1 - odd) * 100), arbitrary: fc.constantFrom(...LETTERS) }, { weight: Math.round(odd * 100), arbitrary: fc.constantFrom(...ODD) });
  // Text of white space only is an error; below the highest oddness, text always has a word.
  return fc.array(char, { minLength: 1, maxLength: 12 })
    .map((parts) => parts.join('').replace(/\{\{|\*|\\/g, ''))
    .map((s) => (odd < 0.25 && !/[^\s\u0085]/.test(s) ? `x${s}` : s));
}

const UNITS = ['vp', 'tccb', 'tin'];

export interface GeneratedPlan {
  /** The plan as data, before it is written out. */
  data: Record<string, unknown>;
  yaml: string;
}

/**
 * Plans of every shape; how much of their text is odd characters varies from plan to plan (none, a
 * little, a lot), so that both valid plans and plans with findings come out.
 */
export function planArbitrary(): fc.Arbitrary<GeneratedPlan> {
  // Clean and nearly clean plans weigh more: at 0.005 most plans already meet a control character, and
  // the property on valid plans needs enough of them in every run (about a quarter was too close).
  return fc.constantFrom(0, 0, 0.001, 0.005, 0.02, 0.05, 0.25).chain(planWith);
}

function planWith(odd: number): fc.Arbitrary<GeneratedPlan> {
  const t = text(odd);
  const lines = fc.array(t, { minLength: 1, maxLength: 3 });
  // A body text: paragraphs, and now and then a table where a paragraph could be.
  const grid = fc.integer({ min: 1, max: 4 }).chain((n) => fc.record({
    title: t, columns: fc.array(t, { minLength: n, maxLength: n }), rows: fc.array(fc.array(t, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 3 }),
  }, { requiredKeys: ['columns', 'rows'] }));
  const body = fc.array(fc.oneof({ weight: 4, arbitrary: t }, { weight: 1, arbitrary: grid.map((table) => ({ table })) }), { minLength: 1, maxLength: 3 });
  const item = fc.oneof(t, fc.record({ text: t, items: lines }));
  const point = fc.record({ title: t, text: body, items: fc.array(item, { minLength: 1, maxLength: 2 }) }, { requiredKeys: ['title'] });
  const part = fc.record({ title: t, text: body, items: fc.array(item, { minLength: 1, maxLength: 3 }), parts: fc.array(point, { minLength: 1, maxLength: 2 }), closing: t }, { requiredKeys: [] })
    .map((p) => (Object.keys(p).length ? p : { text: 'x' }));
  const section = fc.record({ title: t, text: body, items: fc.array(item, { minLength: 1, maxLength: 3 }), parts: fc.array(part, { minLength: 1, maxLength: 2 }) }, { requiredKeys: ['title'] });
  const unit = fc.constantFrom(...UNITS);
  const assignment = fc.record({ content: t, form: t, lead: unit, with: fc.oneof(unit, fc.array(unit, { minLength: 1, maxLength: 2 }), t), month: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }).map((m) => [...new Set(m)]) });
  const assignments = fc.record({ kind: fc.constant('assignments'), title: t, rows: fc.array(assignment, { minLength: 1, maxLength: 4 }) });
  const rota = fc.record({ kind: fc.constant('rota'), title: t, task: t, rows: fc.array(fc.record({ quarter: fc.constant(1), lead: unit, months: fc.constant([1, 2]) }), { minLength: 1, maxLength: 2 }) });
  const free = fc.integer({ min: 1, max: 6 }).chain((n) => fc.record({
    kind: fc.constant('table'), title: t,
    columns: fc.array(t, { minLength: n, maxLength: n }),
    rows: fc.array(fc.array(t, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 3 }),
  }));
  const appendix = fc.record({ title: t, tables: fc.array(fc.oneof(assignments, rota, free), { minLength: 1, maxLength: 2 }) });
  return fc.record({
    header: fc.record({ parent: fc.oneof(t, lines), agency: fc.oneof(t, lines), code: fc.constantFrom('SGDĐT', 'THCSMX', 'UBND'), number: fc.constantFrom('05', null, '12'), place: t, date: fc.constantFrom('2025-01-15', '2025-01', '2025') }),
    period: fc.constantFrom(2025, '2025-2026'),
    title: t,
    preamble: lines,
    units: fc.record({ vp: fc.oneof(t, fc.record({ name: t, short: t })), tccb: t, tin: t }),
    sections: fc.array(section, { minLength: 1, maxLength: 3 }),
    closing: t,
    signer: fc.record({ authority: fc.constantFrom('KT. GIÁM ĐỐC', 'TM. ỦY BAN NHÂN DÂN'), title: t, name: t }, { requiredKeys: ['title'] }),
    recipients: lines,
    archive: fc.oneof(fc.constant(['VT']), fc.array(t, { minLength: 1, maxLength: 2 }).map((a) => ['VT', ...a])),
    appendices: fc.array(appendix, { minLength: 0, maxLength: 3 }),
  }).chain((data) => fc.boolean().map((parentless) => {
    // A People's Committee has no parent line.
    if (parentless) delete (data.header as { parent?: unknown }).parent;
    return { data, yaml: stringify(data) };
  }));
}
