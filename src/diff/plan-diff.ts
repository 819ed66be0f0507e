// Two plans compared as data: rows matched by identity, targets as "80% → 85%", prose word by word,
// parts and items added, removed or moved. Text is compared as written ({{targets.x}} is the same word in
// both plans even when the target changed: that change is reported once, under "Chỉ tiêu").
import { COLUMN_LABELS } from '../doc/template-context.js';
import { roman } from '../doc/numbering.js';
import { formatPeriod, formatTarget, periodOf, unitValue, type ProseContext } from '../plan/references.js';
import type { Appendix, Assignment, Grid, Item, Plan, RotaTurn, Table, Target } from '../plan/types.generated.js';
import { archiveLine, lineList, months, statedYear, oneLine as squash, paragraphList as asList, paragraphText, partNumber, type PlanNode as Node } from '../plan/view.js';
import type { Change } from './changes.js';
import { Comparison } from './comparison.js';
import { tokenEquals } from './words.js';

export interface DiffOptions {
  /** Years that move with the plan's own year ("năm 2024" → "năm 2025") are not changes. */
  ignoreYear?: boolean;
}

const itemText = (item: Item) => (typeof item === 'string' ? item : item.text);
const subItems = (item: Item) => (typeof item === 'string' ? [] : (item.items ?? []));

export function diffPlans(older: Plan, newer: Plan, options: DiffOptions = {}): Change[] {
  return new PlanDiff(older, newer, options).run();
}

class PlanDiff extends Comparison {
  constructor(private readonly older: Plan, private readonly newer: Plan, options: DiffOptions) {
    super(older, newer, tokenEquals(options.ignoreYear ? periodOf(newer).from - periodOf(older).from : undefined));
  }

  run(): Change[] {
    const { older: x, newer: y } = this;
    this.header();
    this.value(['Kỳ kế hoạch'], formatPeriod(periodOf(x)), formatPeriod(periodOf(y)));
    this.prose(['Trích yếu'], x.title, y.title);
    this.paragraphs(['Phần mở đầu'], x.preamble, y.preamble);
    this.targets();
    this.units();
    this.nodes([], x.sections, y.sections, 1);
    this.paragraphs(['Đoạn kết'], x.closing, y.closing);
    this.signer();
    this.lines(['Nơi nhận'], x.recipients, y.recipients, 'Dòng');
    this.value(['Nơi nhận', 'Lưu'], archiveLine(x), archiveLine(y));
    this.appendices();
    return this.changes;
  }

  // ---- the parts of a plan ----------------------------------------------------------------------------

  private header() {
    const date = (d: string | number) => String(d).split('-').reverse().join('/');
    const number = (n: unknown) => (n === null || n === undefined || String(n).trim() === '' ? '(chưa có số)' : String(n).padStart(2, '0'));
    const x = this.older.header;
    const y = this.newer.header;
    const shown = (lines: string | string[] | undefined) => (lines === undefined ? undefined : lineList(lines).join(' / '));
    const fields: [string, string | undefined, string | undefined][] = [
      // Lines as the document shows them, one after another: a changed line break is a change too.
      ['Cơ quan chủ quản', shown(x.parent), shown(y.parent)],
      ['Cơ quan ban hành', shown(x.agency), shown(y.agency)],
      ['Tên cơ quan', x.name, y.name],
      ['Loại văn bản', x.type ?? 'KH', y.type ?? 'KH'],
      ['Số', number(x.number), number(y.number)],
      ['Ký hiệu', x.code, y.code],
      ['Địa danh', x.place, y.place],
      ['Ngày ban hành', date(x.date), date(y.date)],
    ];
    for (const [label, a, b] of fields) this.value(['Phần đầu', label], a, b);
  }

  private targets() {
    const entries = (p: Plan) => Object.entries(p.targets ?? {});
    const label = ([key, t]: [string, Target]) => (typeof t === 'object' && t.label ? squash(t.label) : key);
    this.list(entries(this.older), entries(this.newer), { keys: [([k]) => k], text: label, threshold: 0.8 },
      (t) => ['Chỉ tiêu', label(t)], ([, t]) => formatTarget(t),
      (path, [, a], [, b]) => {
        this.value(path, formatTarget(a), formatTarget(b));
        const la = typeof a === 'object' ? a.label : undefined;
        const lb = typeof b === 'object' ? b.label : undefined;
        if (la && lb) this.value([...path, 'Nội dung'], la, lb);
      });
  }

  private units() {
    const entries = (p: Plan) => Object.entries(p.units ?? {}).map(([k, u]) => unitValue(k, u));
    this.list(entries(this.older), entries(this.newer), { keys: [(u) => u.key, (u) => u.name], text: (u) => u.name, threshold: 0.8 },
      (u) => ['Đơn vị', u.short], (u) => (u.short === u.name ? u.name : `${u.short} (${u.name})`),
      (path, a, b) => {
        this.value(path, a.short, b.short);
        this.value([...path, 'Tên đầy đủ'], a.name, b.name);
      });
  }

  private nodes(path: string[], olds: readonly Node[] | undefined, news: readonly Node[] | undefined, level: number) {
    const nodeText = (n: Node) => [n.title ?? '', ...asList(n.text).map(paragraphText), ...(n.items ?? []).map(itemText)].join(' ');
    const label = (n: Node, i: number, side: 'old' | 'new') => {
      const number = partNumber(level, i);
      if (n.title) return [...path, `${number} ${this.fill(n.title, side)}`];
      const first = this.fill(paragraphText(asList(n.text)[0] ?? ''), side).split(' ');
      return [...path, `${number} ${first.slice(0, 6).join(' ')}${first.length > 6 ? '…' : ''}`];
    };
    this.list(olds ?? [], news ?? [], { keys: [(n) => n.id, (n) => (n.title ? squash(n.title).toLocaleLowerCase('vi') : undefined)], text: nodeText, threshold: 0.4 },
      label, (n, side) => this.fill(n.title ?? paragraphText(asList(n.text)[0] ?? ''), side),
      (p, a, b) => {
        this.prose([...p, 'Tiêu đề'], a.title, b.title);
        this.paragraphs(p, a.text, b.text, 'Đoạn', 'Đoạn văn');
        this.items(p, a.items ?? [], b.items ?? [], 'Ý');
        this.nodes(p, a.parts, b.parts, level + 1);
        this.paragraphs(p, a.closing, b.closing, 'Đoạn cuối', 'Đoạn cuối');
      });
  }

  private items(path: string[], olds: readonly Item[], news: readonly Item[], name: string) {
    this.list(olds, news, { keys: [(i) => squash(itemText(i))], text: itemText, threshold: 0.5 },
      (_, i) => [...path, `${name} ${i + 1}`], (item, side) => this.fill(itemText(item), side),
      (p, a, b) => {
        this.prose(p, itemText(a), itemText(b));
        this.items(p, subItems(a), subItems(b), 'Ý con');
      });
  }

  private signer() {
    const x = this.older.signer;
    const y = this.newer.signer;
    const authority = (s: NonNullable<Plan['signer']>) => (s.authority === undefined ? undefined : lineList(s.authority).join(' / '));
    const show = (s: NonNullable<Plan['signer']>) => [authority(s), s.title, s.name].filter(Boolean).join(' / ');
    if (!x || !y) return this.value(['Người ký'], x && show(x), y && show(y));
    this.value(['Người ký', 'Thẩm quyền'], authority(x), authority(y));
    this.value(['Người ký', 'Chức vụ'], x.title, y.title);
    this.value(['Người ký', 'Họ tên'], x.name, y.name);
  }

  private appendices() {
    const x = this.older.appendices ?? [];
    const y = this.newer.appendices ?? [];
    const text = (a: Appendix) => [a.title, ...a.tables.map((t) => t.title)].join(' ');
    const name = (list: Appendix[], i: number) => (list.length > 1 ? `Phụ lục ${roman(i + 1)}` : 'Phụ lục');
    this.list(x, y, { keys: [(a) => a.id, (a) => squash(a.title)], text, threshold: 0.4, pairLone: true },
      (_, i, side) => [name(side === 'old' ? x : y, i)], (a, side) => this.fill(a.title, side),
      (path, a, b) => {
        this.prose([...path, 'Tiêu đề'], a.title, b.title);
        // A table is named only when its appendix has another of its kind: "Phụ lục › Tháng 6", not "› Bảng 1 › Tháng 6".
        const tablePath = (tables: Table[], t: Table, i: number, whole: boolean) =>
          whole || tables.filter((u) => kindOf(u) === kindOf(t)).length > 1 ? [...path, `Bảng ${i + 1}`] : path;
        this.list(a.tables, b.tables,
          { keys: [(t) => `${kindOf(t)} ${squash(t.title ?? '')}`], text: (t) => t.title ?? '', threshold: 0.4, compatible: (s, t) => kindOf(s) === kindOf(t), pairLone: true },
          (t, i, side) => tablePath(side === 'old' ? a.tables : b.tables, t, i, true), (t, side) => this.fill(t.title ?? '', side),
          (_, s, t) => {
            const i = b.tables.indexOf(t);
            this.prose([...path, `Bảng ${i + 1}`, 'Tên bảng'], s.title, t.title);
            this.table(tablePath(b.tables, t, i, false), s, t, [a.year, b.year]);
          });
      });
  }

  /** `years`: the years the two tables' appendices state, which their rows inherit. */
  private table(path: string[], x: Table, y: Table, years: [number | undefined, number | undefined]) {
    if (x.kind === 'table' && y.kind === 'table') return this.freeTable(path, x, y);
    if (x.kind === 'rota' && y.kind === 'rota') return this.rota(path, x, y, years);
    if (x.kind !== 'table' && x.kind !== 'rota' && y.kind !== 'table' && y.kind !== 'rota') this.assignments(path, x, y, years);
  }

  private columns(path: string[], defaults: Record<string, string>, x: Record<string, string | undefined> = {}, y: Record<string, string | undefined> = {}) {
    for (const key of Object.keys(defaults)) this.value([...path, 'Tiêu đề cột'], x[key] ?? defaults[key], y[key] ?? defaults[key]);
  }

  private assignments(path: string[], x: AssignmentTable, y: AssignmentTable, [yearA, yearB]: [number | undefined, number | undefined]) {
    const columns = { ...COLUMN_LABELS.assignments, ...y.columns };
    this.columns(path, COLUMN_LABELS.assignments, x.columns, y.columns);
    const time = (r: Assignment, side: 'old' | 'new') => (r.when !== undefined
      ? this.fill(r.when, side)
      : monthsShown(months(r.month), side === 'old' ? statedYear(r, x, { year: yearA }) : statedYear(r, y, { year: yearB })));
    this.rows(path, x.rows, y.rows, {
      candidates: [(r) => (r.month !== undefined ? months(r.month).join(',') : r.when), (r) => squash(r.content), (r) => squash(r.form)],
      label: time,
      show: (r, side) => this.fill(r.content, side),
      text: (r) => [r.content, r.form, r.lead, [r.with ?? []].flat().join(' '), time(r, 'new')].join(' '),
      compare: (p, a, b) => {
        this.prose([...p, columns.content], a.content, b.content);
        this.prose([...p, columns.form], a.form, b.form);
        this.cell([...p, columns.lead], a.lead, b.lead);
        this.cell([...p, columns.with], a.with, b.with);
        this.value([...p, columns.when], time(a, 'old'), time(b, 'new'));
      },
    });
  }

  private rota(path: string[], x: RotaTable, y: RotaTable, [yearA, yearB]: [number | undefined, number | undefined]) {
    const columns = { ...COLUMN_LABELS.rota, ...y.columns };
    this.columns(path, COLUMN_LABELS.rota, x.columns, y.columns);
    const withQuarter = (ctx: ProseContext, q: number) => ({ ...ctx, quarter: roman(q) });
    if (x.task !== undefined || y.task !== undefined) {
      this.prose([...path, columns.task], x.task, y.task, withQuarter(this.a, 1), withQuarter(this.b, 1));
    }
    const when = (r: RotaTurn) => monthsShown(months(r.months), x.rows.includes(r) ? statedYear(r, x, { year: yearA }) : statedYear(r, y, { year: yearB }));
    this.rows(path, x.rows, y.rows, {
      candidates: [(r) => String(r.quarter), (r) => months(r.months).join(','), (r) => r.lead],
      label: (r) => `Quý ${roman(r.quarter)}`,
      show: (r, side) => `${this.fill(r.task ?? (side === 'old' ? x : y).task ?? '', side)} ${when(r)}`.trim(),
      text: (r) => [r.task ?? '', r.lead, [r.with ?? []].flat().join(' '), when(r)].join(' '),
      compare: (p, a, b) => {
        this.value([...p, 'Quý'], roman(a.quarter), roman(b.quarter));
        if (a.task !== undefined || b.task !== undefined) {
          this.prose([...p, columns.task], a.task ?? x.task, b.task ?? y.task, withQuarter(this.a, a.quarter), withQuarter(this.b, b.quarter));
        }
        this.cell([...p, columns.lead], a.lead, b.lead);
        this.cell([...p, columns.with], a.with, b.with);
        this.value([...p, columns.when], when(a), when(b));
      },
    });
  }

  protected override grid(path: string[], x: Grid, y: Grid) {
    this.freeTable(path, x, y);
  }

  private freeTable(path: string[], x: Grid, y: Grid) {
    const width = Math.max(x.columns.length, y.columns.length);
    for (let k = 0; k < width; k++) this.value([...path, 'Tiêu đề cột'], x.columns[k], y.columns[k]);
    this.rows(path, x.rows, y.rows, {
      candidates: Array.from({ length: width }, (_, k) => (r: string[]) => (r[k] === undefined ? undefined : squash(r[k]))),
      label: (_row, _side, i) => `Dòng ${i + 1}`,
      show: (r, side) => r.map((c) => this.fill(c, side)).join(' | '),
      text: (r) => r.join(' '),
      compare: (p, a, b) => {
        for (let k = 0; k < Math.max(a.length, b.length); k++) this.prose([...p, y.columns[k] ?? x.columns[k] ?? `Cột ${k + 1}`], a[k], b[k]);
      },
    });
  }

  /**
   * Table rows, matched the way dyff matches list entries: an explicit id, else a field whose value is
   * unique in every row of both tables (the month, in a monthly table), else likeness of content.
   */
  private rows<R extends object>(path: string[], olds: R[], news: R[], spec: RowSpec<R>) {
    const labels = (rows: R[], side: 'old' | 'new') => {
      const plain = rows.map((r, i) => spec.label(r, side, i));
      return plain.map((l, i) => (plain.indexOf(l) !== plain.lastIndexOf(l) ? `${l} (dòng ${i + 1})` : l));
    };
    const oldLabels = labels(olds, 'old');
    const newLabels = labels(news, 'new');
    const id = (r: R) => ('id' in r && typeof r.id === 'string' ? r.id : undefined);
    const unique = uniqueField(olds, news, spec.candidates);
    this.list(olds, news, { keys: [id, ...(unique ? [unique] : [])], text: spec.text, threshold: 0.5 },
      (_, i, side) => [...path, (side === 'old' ? oldLabels : newLabels)[i]!], spec.show, spec.compare);
  }
}

type AssignmentTable = import('../plan/types.generated.js').AssignmentTable;
type RotaTable = import('../plan/types.generated.js').RotaTable;
type FreeTable = import('../plan/types.generated.js').FreeTable;

interface RowSpec<R> {
  /** Fields that may identify a row across the two tables. */
  candidates: ((row: R) => string | undefined)[];
  /** The row as a reader finds it: "Tháng 6", "Quý II", "Dòng 3". */
  label: (row: R, side: 'old' | 'new', index: number) => string;
  show: (row: R, side: 'old' | 'new') => string;
  text: (row: R) => string;
  compare: (path: string[], a: R, b: R) => void;
}

const kindOf = (t: Table) => t.kind ?? 'assignments';

/** "Tháng 3, 9", with the year when the plan states one for the row: "Tháng 12 năm 2027". */
const monthsShown = (list: number[], year: number | undefined) => `Tháng ${list.join(', ')}${year === undefined ? '' : ` năm ${year}`}`;

/** The candidate field, set and unique in every row of both tables, that pairs the most rows. */
function uniqueField<R>(olds: R[], news: R[], candidates: ((row: R) => string | undefined)[]) {
  let best: ((row: R) => string | undefined) | undefined;
  let bestCount = 0;
  for (const field of candidates) {
    const a = olds.map(field);
    const b = news.map(field);
    if (a.includes(undefined) || b.includes(undefined) || new Set(a).size !== a.length || new Set(b).size !== b.length) continue;
    const inOld = new Set(a);
    const count = b.filter((v) => inOld.has(v)).length;
    if (count > bestCount) { best = field; bestCount = count; }
  }
  return best;
}
