// Composes both plans through the same templates as `build`, merges them into a redline and writes it
// atomically. Loaded only when `diff --docx` asks for it.
import { dirname, resolve } from 'node:path';
import { compose, defaultTemplates, loadTemplates, TemplateError } from '../doc/compose.js';
import { isoSeconds, textOf } from '../doc/model.js';
import type { Plan } from '../plan/types.generated.js';
import { displayPath } from '../paths.js';
import { makeFolder, writeAtomic } from '../writers/atomic.js';
import { ReferenceError } from '../writers/reference.js';
import { renderDocx } from '../writers/docx.js';
import { redline } from './redline.js';
import { say, systemError } from '../i18n.js';

export type Written = { ok: true; file: string; notes: string[] } | { ok: false; message: string };

export async function writeRedline(older: Plan, newer: Plan, file: string, options: { author?: string; date?: string; templates?: string; referenceDoc?: string }): Promise<Written> {
  let result;
  try {
    const templates = await loadTemplates(options.templates ? resolve(options.templates) + '/' : defaultTemplates());
    const a = compose(older, templates);
    const b = compose(newer, templates);
    // Without --author/--date the redline is repeatable: the newer plan's agency and issue date.
    const author = options.author ?? b.header.agency.map(textOf).join(' ');
    const date = options.date ?? isoSeconds(b.meta.date);
    result = redline(a, b, { author, date });
  } catch (error) {
    if (error instanceof TemplateError) return { ok: false, message: error.message };
    throw error;
  }
  let data: Uint8Array;
  try {
    data = renderDocx(result.model, options.referenceDoc && resolve(options.referenceDoc));
  } catch (error) {
    if (error instanceof ReferenceError) return { ok: false, message: error.message };
    throw error;
  }
  try {
    makeFolder(dirname(file));
    writeAtomic(file, data);
  } catch (error) {
    const words = systemError(error);
    return { ok: false, message: say(`không ghi được ${displayPath(file)}: ${words}`, `cannot write ${displayPath(file)}: ${words}`) };
  }
  return { ok: true, file, notes: result.notes };
}
