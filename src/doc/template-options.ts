// How templates are compiled, the same whether precompiled at build time or compiled at run time.
import { createHash } from 'node:crypto';

export const TEMPLATE_OPTIONS = { strict: true, noEscape: true, preventIndent: true } as const;

/** Identifies a template's source, so a precompiled copy is used only for the text it was made from. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
