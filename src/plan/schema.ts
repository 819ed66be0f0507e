// Checks a plan against schemas/plan.schema.json and turns Ajv's errors into findings a clerk can act on:
// one finding per real mistake, at the line of the offending key or value.
import type { ErrorObject, ValidateFunction } from 'ajv';
import validate from './schema-validator.js';
import type { Findings } from '../diagnostics/finding.js';
import { LINE_BREAK, NOT_XML_TEXT, paddedKey } from '../text/characters.js';
import { closest } from '../text/closest.js';
import { formatPath, isCutAtComma, locate, locateWithin, type DataPath } from './locate.js';
import type { PlanSource } from './source.js';
import type { Plan } from './types.generated.js';

/** True when the data fits the schema; otherwise adds findings and returns false. */
export function checkSchema(source: PlanSource, findings: Findings): source is PlanSource & { data: Plan } {
  return checkAgainst(validate, source, findings);
}

/** The same for another schema's standalone validator (the results record's). */
export function checkAgainst<T>(validator: ValidateFunction<T>, source: PlanSource, findings: Findings): source is PlanSource & { data: T } {
  if (validator(source.data)) return true;
  for (const error of explain(validator.errors ?? [], source.data)) {
    findings.add(toFinding(source, error));
  }
  return false;
}

function pathOf(error: ErrorObject): DataPath {
  if (error.instancePath === '') return [];
  return error.instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: DataPath): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], data);
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * Ajv reports every branch of an anyOf and both arms of an if/then. Keep what explains the mistake:
 * for an anyOf, the errors of the branch whose type fits the value, or a single "wrong type" when none does.
 */
/**
 * Text ending in ":" (or holding ": ") that YAML read as a key with no value: { "Căn cứ …, như sau": null }.
 * Where a paragraph or a table may stand, the schema would ask for 'table'; the mistake is the colon.
 */
const textReadAsKey = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && Object.values(value)[0] === null;

function explain(errors: ErrorObject[], data: unknown): ErrorObject[] {
  let kept = errors.filter((e) => e.keyword !== 'if');
  for (const missing of kept.filter((e) => e.keyword === 'required' && e.params.missingProperty === 'table')) {
    const value = valueAt(data, pathOf(missing));
    if (!textReadAsKey(value)) continue;
    kept = kept.filter((e) => !(e.instancePath === missing.instancePath || e.instancePath.startsWith(`${missing.instancePath}/`)));
    kept.push({ ...missing, keyword: 'textAsKey', params: { key: Object.keys(value as object)[0]! } });
  }
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf')) {
    const typeErrors = kept.filter((e) => e.keyword === 'type' && e.instancePath === anyOf.instancePath);
    const others = kept.filter(
      (e) => e !== anyOf && e.keyword !== 'type' && (e.instancePath + '/').startsWith(anyOf.instancePath + '/'),
    );
    kept = kept.filter((e) => e !== anyOf && !typeErrors.includes(e));
    if (others.length === 0) {
      const expected = [...new Set(typeErrors.flatMap((e) => String(e.params.type).split(',')))];
      kept.push({ ...anyOf, keyword: 'type', params: { type: expected.join(',') } });
    }
  }
  // A refused key name comes with the error that says why (pattern, maxLength): that one is reported.
  kept = kept.filter(
    (e) => !(e.keyword === 'propertyNames' && kept.some((o) => o !== e && o.propertyName === e.params.propertyName && o.instancePath === e.instancePath)),
  );
  // An unknown kind fails both the enum and the const of the branch it fell into: say it once.
  kept = kept.filter(
    (e) => !(e.keyword === 'const' && kept.some((o) => o.keyword === 'enum' && o.instancePath === e.instancePath)),
  );
  const seen = new Set<string>();
  return kept.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).map((e) => ({ ...e, data: valueAt(data, pathOf(e)) }));
}

/** The schema's patterns for text (Prose, ProseLine, Line): they refuse characters, not formats. */
const TEXT_PATTERNS = /\/definitions\/(Prose|ProseLine|Line|GridHeading|GridCell)\/pattern$/;

const codePoint = (char: string) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A character a document cannot hold, or a line break in a field printed on one line: named (U+0001),
 * and pointed at where the file has it, typed or as a YAML escape. Or a text of white space only.
 */
function characterFinding(source: PlanSource, path: DataPath, value: string) {
  const control = NOT_XML_TEXT.exec(value)?.[0];
  const char = control ?? LINE_BREAK.exec(value)?.[0];
  if (char === undefined) {
    // Nothing but white space: it would print as an empty line.
    const at = locate(source, path);
    return { file: source.file, line: at.line, column: at.column, severity: 'error' as const, path: formatPath(path), code: 'empty-text', params: { field: formatPath(path) } };
  }
  const hex = char.charCodeAt(0).toString(16).padStart(2, '0');
  const spellings = [char, `\\x${hex}`, `\\u${hex.padStart(4, '0')}`, `\\U${hex.padStart(8, '0')}`, ...(char === '\0' ? ['\\0'] : char === '\u001b' ? ['\\e'] : [])];
  const places = spellings.map((s) => locateWithin(source, path, s));
  const at = places.find((p) => p.range === undefined) ?? places[0]!;
  const params = { field: formatPath(path), char: codePoint(char) };
  return { file: source.file, line: at.line, column: at.column, severity: 'error' as const, path: formatPath(path), code: control ? 'control-character' : 'line-break', params };
}

function toFinding(source: PlanSource, error: ErrorObject) {
  const path = pathOf(error);
  const base = { file: source.file, severity: 'error' as const };
  const description = (error.parentSchema as { description?: string } | undefined)?.description;
  switch (error.keyword) {
    case 'required': {
      const at = locate(source, path, 'key');
      return { ...base, ...at, path: formatPath(path), code: 'missing-key', params: { key: String(error.params.missingProperty), where: formatPath(path) || '(gốc)' } };
    }
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const at = locate(source, [...path, key], 'key');
      const cut = isCutAtComma(source, [...path, key]);
      return { ...base, ...at, path: formatPath([...path, key]), code: 'unknown-key', params: { key, suggestion: cut ? undefined : closest(key, allowed), allowed: allowed.join(', '), cut: cut ? 'yes' : undefined } };
    }
    case 'propertyNames':
    case 'pattern': {
      // A key or id that fits but for white space around it, which nobody sees, is told as that.
      const fits = (bare: string) => error.keyword === 'pattern' && new RegExp(String(error.params.pattern), 'u').test(bare);
      if (error.propertyName !== undefined || error.keyword === 'propertyNames') {
        const key = String(error.propertyName ?? error.params.propertyName);
        const at = locate(source, [...path, key], 'key');
        const padded = paddedKey(key, fits);
        if (padded) return { ...base, ...at, path: formatPath([...path, key]), code: 'padded-key', params: { key: padded.bare, char: padded.char, what: 'key' } };
        return { ...base, ...at, path: formatPath([...path, key]), code: 'bad-key-name', params: { key } };
      }
      if (TEXT_PATTERNS.test(error.schemaPath)) return characterFinding(source, path, String(error.data));
      const padded = paddedKey(String(error.data), fits);
      if (padded) return { ...base, ...locate(source, path), path: formatPath(path), code: 'padded-key', params: { key: padded.bare, char: padded.char, what: 'value' } };
      return { ...base, ...locate(source, path), path: formatPath(path), code: 'bad-format', params: { value: String(error.data), field: String(path.at(-1)), description } };
    }
    case 'type':
      return { ...base, ...locate(source, path), path: formatPath(path), code: 'wrong-type', params: { expected: String(error.params.type), actual: jsonType(error.data), field: formatPath(path) || '(gốc)', description } };
    case 'enum':
    case 'const': {
      const allowed = (error.params.allowedValues ?? [error.params.allowedValue]) as unknown[];
      return { ...base, ...locate(source, path), path: formatPath(path), code: 'not-allowed', params: { value: String(error.data), allowed: allowed.join(', '), suggestion: closest(String(error.data), allowed.map(String)) } };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { ...base, ...locate(source, path), path: formatPath(path), code: 'out-of-range', params: { value: String(error.data), field: String(path.at(-1)), description, limit: String(error.params.limit), comparison: String(error.params.comparison) } };
    case 'textAsKey': {
      const at = locate(source, [...path, String(error.params.key)], 'key');
      return { ...base, ...at, path: formatPath(path), code: 'text-as-key', params: { key: String(error.params.key) } };
    }
    case 'minItems':
      return { ...base, ...locate(source, path), path: formatPath(path), code: 'empty-list', params: { field: formatPath(path) } };
    case 'maxLength': {
      // A key is also a folder's or a file's name (plans/units/<key>/, out/2025-<key>.ics): the system's
      // limit on a name would otherwise be met later, with no line.
      const key = error.propertyName;
      const at = key !== undefined ? locate(source, [...path, key], 'key') : locate(source, path);
      const value = key ?? String(error.data);
      return { ...base, ...at, path: formatPath(key !== undefined ? [...path, key] : path), code: 'too-long', params: { value, length: [...value].length, limit: Number(error.params.limit) } };
    }
    case 'minLength':
      return { ...base, ...locate(source, path), path: formatPath(path), code: 'empty-text', params: { field: formatPath(path) } };
    default:
      return { ...base, ...locate(source, path), path: formatPath(path), code: 'schema', params: { detail: error.message ?? error.keyword } };
  }
}
