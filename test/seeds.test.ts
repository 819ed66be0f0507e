// The two plan files carry all of the seeds' text: every sentence, cell and name of the issued documents
// is found in the YAML (references filled in), so the build has everything it needs to reproduce them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, readSeed, shipped, SHIPPED } from './support/cli.js';

const SEED_OF: Record<string, string> = {
  '2025.yaml': '000_4d75a179420d0c34.txt',
  '2022.yaml': '001_875d516f730ea496.txt',
};

/** Whitespace collapsed, NFC: the comparison is of words, not of line breaks. */
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** A seed line without its layout: Markdown and HTML markers, bullet glyphs, generated numbering. */
function seedText(line: string): string {
  return squash(
    line
      .replace(/<\/?b>/g, '')
      .replace(/^#+\s*/, '')
      .replace(/\*+/g, '')
      .replace(/^\s*[-·+]\s+/, '')
      .replace(/^\s*(?:[IVX]+|\d+)\.\s+/, ''),
  );
}

/** Every string of the plan, with {{…}} references and unit keys replaced as a reader of the YAML would. */
function planCorpus(file: string): { corpus: string; plan: Record<string, any> } {
  const plan = parse(shipped(`plans/${file}` as (typeof SHIPPED)[number])) as Record<string, any>;
  const units: Record<string, { name: string; short: string }> = {};
  for (const [key, u] of Object.entries<any>(plan.units ?? {})) {
    units[key] = typeof u === 'string' ? { name: u, short: u } : { name: u.name, short: u.short ?? u.name };
  }
  const target = (t: any) => (typeof t === 'object' ? `${t.value}${t.unit === '%' ? '%' : ` ${t.unit}`}` : String(t));
  const fill = (s: string) =>
    s
      .replace(/\{\{targets\.(\w+)\}\}/g, (_, k) => target(plan.targets[k]))
      .replace(/\{\{units\.(\w+)\.name\}\}/g, (_, k) => units[k]!.name)
      .replace(/\{\{units\.(\w+)\}\}/g, (_, k) => units[k]!.short)
      .replace(/^([a-z][a-z0-9_]*)$/, (m) => units[m]?.short ?? m);
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(fill(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk({ ...plan, units: undefined, targets: undefined });
  // A table row reads its cooperating units as one cell, and a rota's task names the row's quarter.
  const ROMAN = ['', 'I', 'II', 'III', 'IV'];
  for (const table of (plan.appendices ?? []).flatMap((a: any) => a.tables)) {
    for (const row of table.rows) {
      if (Array.isArray(row.with)) strings.push(row.with.map(fill).join(', '));
      if (table.kind === 'rota') strings.push(fill(row.task ?? table.task).replace('{{quarter}}', ROMAN[row.quarter]!));
    }
  }
  return { corpus: squash(strings.join(' \u0000 ').replace(/\*/g, '')).toLowerCase(), plan };
}

/** Words the templates write, not the plan: the fixed phrases of the format and the table headings. */
const TEMPLATE_PHRASES = new Set([
  'KẾ HOẠCH', 'Nơi nhận:', 'Nội dung tuyên truyền', 'Hình thức tuyên truyền', 'Đơn vị chủ trì', 'Đơn vị phối hợp',
  'Thời gian thực hiện', 'Nhiệm vụ', 'Đơn vị phụ trách', 'Cơ quan phối hợp',
]);

const TEMPLATE_SOURCES = ['templates/plan.hbs', 'src/doc/template-context.ts'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');

describe.each(Object.keys(SEED_OF))('plans/%s holds all of its seed', (planFile) => {
  const seed = readSeed(SEED_OF[planFile]!);
  const { corpus, plan } = planCorpus(planFile);
  const year = typeof plan.period === 'number' ? plan.period : Number(String(plan.period).slice(0, 4));
  const months = JSON.stringify(plan.appendices ?? []);

  const segments = seed
    .split('\n')
    .flatMap((line) => line.split('\t'))
    .map(seedText)
    .filter((s) => s !== '');

  it('has text to compare', () => {
    expect(segments.length).toBeGreaterThan(30);
  });

  for (const segment of segments) {
    it(segment.slice(0, 70), () => {
      expect.hasAssertions();
      if (TEMPLATE_PHRASES.has(segment)) {
        // Written by the templates, not the plan: the phrase must be there, in plan.hbs or a default heading.
        expect(TEMPLATE_SOURCES).toContain(segment);
        return;
      }
      const number = /^Số: ?(\d*) ?\/(\w+)-(\S+)$/u.exec(segment);
      if (number) {
        expect(String(plan.header.number ?? '')).toBe(number[1]);
        expect(plan.header.type ?? 'KH').toBe(number[2]);
        expect(plan.header.code).toBe(number[3]);
        return;
      }
      const date = /^(.+), ngày (\d*) ?tháng (\d*) ?năm (\d{4})$/u.exec(segment);
      if (date) {
        expect(plan.header.place).toBe(date[1]);
        expect(String(plan.header.date)).toBe([date[4], date[3], date[2]].filter(Boolean).join('-'));
        return;
      }
      const when = /^Tháng ([\d,]+) năm (\d{4})$/u.exec(segment);
      if (when) {
        expect(Number(when[2])).toBe(year);
        const list = when[1]!.split(',').map(Number);
        expect(months).toContain(list.length === 1 ? `"month":${list[0]}` : `"months":[${list.join(',')}]`);
        return;
      }
      const archive = /^Lưu: (.*)$/u.exec(segment);
      if (archive) {
        const places = ([] as string[]).concat(plan.archive).join(', ');
        expect(archive[1]!.replace(/\.$/, '')).toBe(places.replace(/\.$/, ''));
        return;
      }
      const recipient = segment.replace(/[;.,]$/, '');
      expect(corpus).toContain(recipient.toLowerCase());
    });
  }
});
