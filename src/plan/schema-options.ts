// How the plan schema is compiled, shared by the build-time precompiler and the tests.
export const schemaUrl = new URL('../../schemas/plan.schema.json', import.meta.url);

export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true } as const;
