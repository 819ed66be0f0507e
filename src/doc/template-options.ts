// How templates are compiled, the same whether precompiled at build time or compiled at run time.
export const TEMPLATE_OPTIONS = { strict: true, noEscape: true, preventIndent: true } as const;
