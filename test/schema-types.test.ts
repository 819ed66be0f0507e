// The TypeScript types are generated from the schema; this fails when someone edits one and not the other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without type declarations
import { generatePlanTypes, generateResultsTypes, generateUnitsTypes, resultsTypesPath, typesPath, unitsTypesPath } from '../scripts/schema-types.mjs';
import { ROOT } from './support/cli.js';

describe('schema and types', () => {
  it('src/plan/types.generated.ts is what the schema generates (run `npm run gen:types`)', async () => {
    expect(readFileSync(typesPath, 'utf8')).toBe(await generatePlanTypes());
  });

  it('src/results/types.generated.ts is what the results schema generates (run `npm run gen:types`)', async () => {
    expect(readFileSync(resultsTypesPath, 'utf8')).toBe(await generateResultsTypes());
  });

  it('src/units/types.generated.ts is what the units schema generates (run `npm run gen:types`)', async () => {
    expect(readFileSync(unitsTypesPath, 'utf8')).toBe(await generateUnitsTypes());
  });

  it.each(['plan', 'results', 'units'])('every property of the %s schema has a Vietnamese title and description for editors', (name) => {
    const schema = JSON.parse(readFileSync(`${ROOT}schemas/${name}.schema.json`, 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const missing: string[] = [];
    const visit = (node: any, path: string) => {
      if (!node || typeof node !== 'object') return;
      for (const [name, prop] of Object.entries<any>(node.properties ?? {})) {
        const resolved = prop.$ref ? { ...schema.definitions[prop.$ref.split('/').pop()], ...prop } : prop;
        if (!resolved.title || !resolved.description) missing.push(`${path}.${name}`);
        visit(prop, `${path}.${name}`);
      }
      for (const key of ['items', 'additionalProperties', 'then', 'else']) if (typeof node[key] === 'object') visit(node[key], `${path}[${key}]`);
      for (const key of ['anyOf', 'oneOf']) (node[key] ?? []).forEach((n: any, i: number) => visit(n, `${path}.${key}[${i}]`));
    };
    visit(schema, '#');
    for (const [name, def] of Object.entries<any>(schema.definitions)) visit(def, `#/definitions/${name}`);
    expect(missing).toEqual([]);
  });

  it('the schema is strict: an object with fixed keys admits no others', () => {
    const schema = JSON.parse(readFileSync(`${ROOT}schemas/plan.schema.json`, 'utf8'));
    const loose: string[] = [];
    for (const [name, def] of Object.entries<any>({ root: schema, ...schema.definitions })) {
      if (def.type === 'object' && def.properties && def.additionalProperties !== false && !def.if) loose.push(name);
    }
    expect(loose).toEqual([]);
  });

  it('each plan file points editors at the schema', () => {
    for (const year of ['2022', '2025']) {
      expect(readFileSync(`${ROOT}plans/${year}.yaml`, 'utf8').split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../schemas/plan.schema.json',
      );
    }
  });
});
