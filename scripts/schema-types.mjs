// Generates src/plan/types.generated.ts from schemas/plan.schema.json, src/results/types.generated.ts
// from schemas/results.schema.json and src/units/types.generated.ts from schemas/units.schema.json, so the TypeScript types and the schemas cannot drift apart. Run `npm run gen:types` after editing the schema; test/schema-types.test.ts
// regenerates in memory and fails if the committed file differs.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = fileURLToPath(new URL('../', import.meta.url));
export const schemaPath = `${root}schemas/plan.schema.json`;
export const typesPath = `${root}src/plan/types.generated.ts`;
export const resultsSchemaPath = `${root}schemas/results.schema.json`;
export const resultsTypesPath = `${root}src/results/types.generated.ts`;
export const unitsSchemaPath = `${root}schemas/units.schema.json`;
export const unitsTypesPath = `${root}src/units/types.generated.ts`;

// The schema's titles are Vietnamese, for editor hover; as TypeScript names they would be transliterated
// noise. Definitions are named by their key, the root "Plan", and inline schemas stay anonymous.
function renameForTypes(schema, rootName = 'Plan') {
  const copy = structuredClone(schema);
  const strip = (node) => {
    if (Array.isArray(node)) return node.forEach(strip);
    if (node === null || typeof node !== 'object') return;
    delete node.title;
    for (const [keyword, value] of Object.entries(node)) {
      // In these maps a key is a property's or definition's name, not a keyword.
      if (keyword === 'properties' || keyword === 'definitions') Object.values(value).forEach(strip);
      else strip(value);
    }
  };
  strip(copy);
  copy.title = rootName;
  for (const [name, def] of Object.entries(copy.definitions)) def.title = name;
  return copy;
}

export const generatePlanTypes = () => generateTypes(schemaPath, 'Plan');
export const generateResultsTypes = () => generateTypes(resultsSchemaPath, 'Results');
export const generateUnitsTypes = () => generateTypes(unitsSchemaPath, 'UnitsFile');

async function generateTypes(file, rootName) {
  const schema = JSON.parse(await readFile(file, 'utf8'));
  return compile(renameForTypes(schema, rootName), rootName, {
    additionalProperties: false,
    unreachableDefinitions: true,
    bannerComment:
      `/* Generated from schemas/${file.split('/').pop()} by \`npm run gen:types\`; do not edit by hand. */`,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(typesPath, await generatePlanTypes());
  console.log(`wrote ${typesPath}`);
  await writeFile(resultsTypesPath, await generateResultsTypes());
  console.log(`wrote ${resultsTypesPath}`);
  await writeFile(unitsTypesPath, await generateUnitsTypes());
  console.log(`wrote ${unitsTypesPath}`);
}
