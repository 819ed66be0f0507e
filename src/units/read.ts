// The Department's list of its units, from units.yaml or a spreadsheet saved as units.csv, checked against
// schemas/units.schema.json. A unit with a problem is reported at its line and left out; the others stay,
// so one typo among 500 schools does not hold up the rest.
import { extname } from 'node:path';
import { parse as parseCsv, CsvError } from 'csv-parse/sync';
import { stringify } from 'yaml';
import { Findings, type Finding } from '../diagnostics/finding.js';
import { readFound } from '../plan/check.js';
import { locate } from '../plan/locate.js';
import { checkAgainst } from '../plan/schema.js';
import { normalizeText, parsePlanText } from '../plan/source.js';
import { closest } from '../text/closest.js';
import validate from './schema-validator.js';
import type { Unit, UnitsFile } from './types.generated.js';

export type { Unit, UnitsFile };

export interface UnitsRead {
  text?: string;
  /** The file's settings and its units that have no error, in the file's order. */
  file?: Omit<UnitsFile, 'units'> & { units: Unit[] };
  /** Where each unit is, for later findings about it (a group the Department's plan lacks). */
  lineOf: Map<string, number>;
  /** The line of the file's common groups (YAML), for a finding about one of them. */
  groupsLine?: number;
  /** How many units the file lists, with those left out. */
  total: number;
}

/** The CSV columns, in the order the README gives them; signer_* fill signer, groups is split on spaces. */
export const CSV_COLUMNS = ['key', 'name', 'short', 'agency', 'code', 'place', 'groups', 'signer_authority', 'signer_title', 'signer_name'] as const;
const CSV_REQUIRED = ['key', 'name', 'code', 'signer_title'];

export function readUnitsFile(file: string, findings: Findings): UnitsRead {
  const bytes = readFound(file, findings);
  if (bytes === undefined) return { lineOf: new Map(), total: 0 };
  return extname(file).toLowerCase() === '.csv' ? readCsv(file, bytes, findings) : readYaml(file, bytes, findings);
}

function readYaml(file: string, bytes: Uint8Array, findings: Findings): UnitsRead {
  const source = parsePlanText(file, bytes, findings);
  if (!source) return { lineOf: new Map(), total: 0 };
  const data = source.data as UnitsFile;
  const problems = new Findings();
  checkAgainst(validate, source, problems);
  const units = Array.isArray(data?.units) ? data.units : [];
  const lineOf = new Map<string, number>();
  units.forEach((u, i) => lineOf.set(String(u?.key), locate(source, ['units', i]).line));
  const read = settle(file, source.text, data, problems, findings, (i) => locate(source, ['units', i, 'key']), lineOf);
  return { ...read, groupsLine: locate(source, ['groups']).line };
}

function readCsv(file: string, bytes: Uint8Array, findings: Findings): UnitsRead {
  const text = normalizeText(new TextDecoder('utf-8').decode(bytes));
  let records: { record: Record<string, string>; info: { lines: number } }[];
  let header: string[] = [];
  try {
    records = parseCsv(text, { columns: (names: string[]) => (header = names), bom: true, info: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    findings.add({ file, line: (error as CsvError & { lines?: number }).lines ?? 1, column: 1, severity: 'error', code: 'units-csv', params: { problem: error.message.replace(/^Invalid Record Length: /, '') } });
    return { text, lineOf: new Map(), total: 0 };
  }
  const unknown = header.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  const missing = CSV_REQUIRED.filter((c) => !header.includes(c));
  for (const column of unknown) findings.add({ file, line: 1, column: text.indexOf(column) + 1, severity: 'error', code: 'units-csv-column', params: { column, suggestion: closest(column, [...CSV_COLUMNS]), known: CSV_COLUMNS.join(',') } });
  for (const column of missing) findings.add({ file, line: 1, column: 1, severity: 'error', code: 'units-csv-missing', params: { column, known: CSV_COLUMNS.join(',') } });
  if (unknown.length || missing.length) return { text, lineOf: new Map(), total: 0 };

  const lines = text.split('\n');
  // The line a record ends on is what csv-parse counts; a quoted cell with a line break starts earlier.
  const startOf = (i: number) => (i === 0 ? 2 : records[i - 1]!.info.lines + 1);
  const columnOf = (i: number, column: string) => {
    const value = records[i]!.record[column];
    const at = value ? lines[startOf(i) - 1]?.indexOf(value) ?? -1 : -1;
    return at >= 0 ? at + 1 : 1;
  };
  const units = records.map(({ record }) => unitOfRow(record));
  const data: UnitsFile = { units: units as UnitsFile['units'] };
  // The schema checks the rows as the YAML they stand for; each finding then goes back to its CSV cell.
  const asYaml = parsePlanText(file, new TextEncoder().encode(stringify(data)), new Findings())!;
  const problems = new Findings();
  checkAgainst(validate, asYaml, problems);
  for (const f of problems.list) {
    const m = /^units\[(\d+)\](?:\.(\w+))?(?:\.(\w+))?/.exec(f.path ?? '');
    if (!m) continue;
    const i = Number(m[1]);
    const column = m[2] === 'signer' ? `signer_${m[3] ?? 'title'}` : (m[2] ?? 'key');
    Object.assign(f, { line: startOf(i), column: columnOf(i, column), path: `${f.path} (${column})` });
  }
  const lineOf = new Map(units.map((u, i) => [String(u.key), startOf(i)]));
  return settle(file, text, data, problems, findings, (i) => ({ line: startOf(i), column: 1 }), lineOf);
}

function unitOfRow(row: Record<string, string>): Partial<Unit> {
  const unit: Record<string, unknown> = {};
  const signer: Record<string, string> = {};
  for (const [column, value] of Object.entries(row)) {
    if (value === '') continue;
    if (column.startsWith('signer_')) signer[column.slice(7)] = value;
    else if (column === 'groups') unit.groups = value.split(/[\s,;]+/).filter(Boolean);
    else if (column === 'agency' && value.includes('\n')) unit.agency = value.split('\n').map((l) => l.trim()).filter(Boolean);
    else unit[column] = value;
  }
  if (Object.keys(signer).length) unit.signer = signer;
  return unit as Partial<Unit>;
}

/**
 * Sorts the schema's findings into the file's own (the whole file is unusable) and each unit's (that
 * unit is left out), then adds the duplicates a schema cannot see.
 */
function settle(file: string, text: string, data: UnitsFile, problems: Findings, findings: Findings, keyAt: (i: number) => { line: number; column: number }, lineOf: Map<string, number>): UnitsRead {
  const bad = new Set<number>();
  let whole = false;
  for (const f of problems.list) {
    findings.add(f);
    const m = /^units\[(\d+)\]/.exec(f.path ?? '');
    if (m) bad.add(Number(m[1]));
    else if (f.severity === 'error') whole = true;
  }
  const total = Array.isArray(data?.units) ? data.units.length : 0;
  if (whole || !Array.isArray(data?.units)) return { text, lineOf, total };
  const seen = new Map<string, number>();
  const units: Unit[] = [];
  data.units.forEach((unit, i) => {
    const first = seen.get(unit.key);
    if (first !== undefined) {
      const at = keyAt(i);
      findings.add({ file, ...at, severity: 'error', code: 'unit-duplicate-key', params: { key: unit.key, first } } satisfies Finding);
      return;
    }
    seen.set(unit.key, keyAt(i).line);
    if (!bad.has(i)) units.push(unit);
  });
  return { text, file: { ...data, units }, lineOf, total };
}
