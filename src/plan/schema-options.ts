// How the plan schema is compiled, shared by the build-time precompiler and the tests.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';

export const schemaUrl = pathToFileURL(join(packageRoot(), 'schemas', 'plan.schema.json'));
export const resultsSchemaUrl = pathToFileURL(join(packageRoot(), 'schemas', 'results.schema.json'));
export const unitsSchemaUrl = pathToFileURL(join(packageRoot(), 'schemas', 'units.schema.json'));

export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true } as const;
