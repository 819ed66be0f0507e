// The template specs src/build/precompile.ts writes to dist/doc/templates-precompiled.js.
declare const specs: Record<string, { source: string; spec: TemplateSpecification }>;
export default specs;
