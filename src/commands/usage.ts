// Messages for a command line that names no usable plan: said on stderr, with exit code 2.
import { describe, type Lang } from '../diagnostics/messages.js';
import type { Resolved } from '../plan/files.js';

export function usageFinding(resolved: Extract<Resolved, { ok: false }>, lang: Lang): string {
  const { message, fix } = describe(
    { file: '', line: 0, column: 0, severity: 'error', code: resolved.code, params: { arg: resolved.arg, dir: resolved.arg } },
    lang,
  );
  return `cchc-plan: ${message}${fix ? `\n  ${fix}` : ''}\n`;
}
