// A finding is one thing wrong (error) or probably wrong (warning) in a plan, at a line and column.
// It carries a code and parameters; the words come from messages.ts in the reader's language.

export type Severity = 'error' | 'warning';

export interface Finding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: string;
  params?: Record<string, string | number | undefined>;
  /** Where in the plan, as a data path (sections[0].parts[1].title), when the finding is about data. */
  path?: string;
}

export class Findings {
  constructor(readonly list: Finding[] = []) {}

  add(finding: Finding): void {
    this.list.push(finding);
  }

  get errors(): number {
    return this.list.filter((f) => f.severity === 'error').length;
  }

  get warnings(): number {
    return this.list.filter((f) => f.severity === 'warning').length;
  }

  /** Findings in reading order: by file, then line, then column. */
  sorted(): Finding[] {
    return [...this.list].sort(
      // Collation (localeCompare) only between files: its first call costs some 5 ms.
      (a, b) => (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line || a.column - b.column,
    );
  }
}
