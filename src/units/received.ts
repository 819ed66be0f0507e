// The documents a unit sent the Department (rollup --received FOLDER: FOLDER/<key>/*.docx), each through
// lint: the overview says, unit by unit, which of them a văn thư would send back and why.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { whereText } from '../commands/lint.js';
import { ImportError } from '../import/package.js';
import { problemMessage } from '../import/messages.js';
import { lintDocx } from '../lint/lint.js';
import type { Lang } from '../diagnostics/messages.js';
import { say, systemError } from '../i18n.js';

export interface ReceivedFinding {
  rule: string;
  clause: string;
  severity: 'error' | 'warning';
  /** Where in the document, as a person finds it ("bảng 1, hàng 1, ô 2, dòng 4"). */
  place: string;
  quote?: string;
  message: string;
}

export interface ReceivedDocument {
  file: string;
  errors: number;
  warnings: number;
  findings: ReceivedFinding[];
  /** Why the file could not be read as a Word document at all. */
  unreadable?: string;
}

/** Each .docx in FOLDER/<key>/, in name order; Word's own lock files (~$…) are not documents. */
export function receivedDocuments(folder: string, key: string, lang: Lang): ReceivedDocument[] {
  const dir = join(folder, key);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.docx$/i.test(e.name) && !e.name.startsWith('~$'))
    .map((e) => e.name)
    .sort();
  return files.map((name) => lintOne(join(dir, name), lang));
}

function lintOne(file: string, lang: Lang): ReceivedDocument {
  const t = (w: { vi: string; en: string }) => say(w.vi, w.en);
  try {
    const findings = lintDocx(readFileSync(file)).map((f): ReceivedFinding => ({
      rule: f.rule.id,
      clause: f.rule.clause,
      severity: f.rule.severity,
      place: whereText(f.where),
      ...(f.quote && { quote: f.quote }),
      message: `${t(f.rule.title)}: ${f.detail}`,
    }));
    const errors = findings.filter((f) => f.severity === 'error').length;
    return { file, errors, warnings: findings.length - errors, findings };
  } catch (error) {
    // A file that is not a Word document is the unit's fault to be told, not a reason to stop the overview.
    const why = error instanceof ImportError ? problemMessage(error, file, lang).message : systemError(error);
    return { file, errors: 1, warnings: 0, findings: [], unreadable: why };
  }
}
