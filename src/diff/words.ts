// Word-level comparison of Vietnamese text. A token is a word with the spaces after it; words compare
// after NFC and trimming, so re-flowed or re-indented text is not a change.

export interface Token {
  /** As written in the plan ("{{units.tccb}}"). */
  raw: string;
  /** As printed ("Phòng TCCB"). */
  shown: string;
}

export type Op = { op: '=' | '-' | '+'; text: string };

export type TokenEquals = (a: Token, b: Token) => boolean;

/** Words with their trailing spaces; a {{reference}} is one word however it is spaced. */
export function tokenize(text: string, show: (raw: string) => string = (raw) => raw): Token[] {
  const tokens: Token[] = [];
  for (const m of text.normalize('NFC').matchAll(/(?:\{\{[^{}]*\}\}|[^\s{]+|\{)+\s*|^\s+/g)) {
    const raw = m[0];
    tokens.push({ raw, shown: raw.includes('{{') ? show(raw.trimEnd()) + raw.slice(raw.trimEnd().length) : raw });
  }
  return tokens;
}

const word = (s: string) => s.trim().normalize('NFC');

/** Years that follow the plan's own: with a shift of 1, "2024" equals "2025" and "2023-2024" "2024-2025". */
export function yearShifted(text: string, shift: number): string {
  return shift === 0 ? text : text.replace(/(?<!\d)(19|20)\d\d(?!\d)/g, (y) => String(Number(y) + shift));
}

/** Two tokens are the same word when written the same, or printed the same (a reference and its value). */
export function tokenEquals(yearShift?: number): TokenEquals {
  return (a, b) => {
    if (word(a.raw) === word(b.raw) || word(a.shown) === word(b.shown)) return true;
    return yearShift !== undefined && (word(yearShifted(a.raw, yearShift)) === word(b.raw) || word(yearShifted(a.shown, yearShift)) === word(b.shown));
  };
}

export type Edit = readonly ['=', number, number] | readonly ['-', number] | readonly ['+', number];

/**
 * The shortest edit from `a` to `b` (longest common subsequence), token by token. The common head and
 * tail are taken off first, so the quadratic part only sees what changed. Within each changed stretch the
 * deletions come first, so it reads "[-old-]{+new+}".
 */
export function editScript<T>(a: readonly T[], b: readonly T[], equals: (x: T, y: T) => boolean): Edit[] {
  let head = 0;
  while (head < a.length && head < b.length && equals(a[head]!, b[head]!)) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && equals(a[a.length - 1 - tail]!, b[b.length - 1 - tail]!)) tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  const x = (i: number) => a[head + i]!;
  const y = (j: number) => b[head + j]!;
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = equals(x(i), y(j)) ? lcs[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
    }
  }
  const edits: Edit[] = [];
  for (let k = 0; k < head; k++) edits.push(['=', k, k]);
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && equals(x(i), y(j))) edits.push(['=', head + i++, head + j++]);
    else if (i < n && (j === m || lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!)) edits.push(['-', head + i++]);
    else edits.push(['+', head + j++]);
  }
  for (let k = 0; k < tail; k++) edits.push(['=', head + n + k, head + m + k]);
  return edits;
}

/** The edit as runs of kept (in the newer wording), deleted and inserted text. */
export function diffTokens(a: Token[], b: Token[], equals: TokenEquals): Op[] {
  const ops: Op[] = [];
  for (const edit of editScript(a, b, equals)) {
    const [op, text] = edit[0] === '-' ? ['-', a[edit[1]]!.shown] as const : edit[0] === '+' ? ['+', b[edit[1]]!.shown] as const : ['=', b[edit[2]]!.shown] as const;
    const last = ops.at(-1);
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text });
  }
  return ops;
}

export function changed(ops: Op[]): boolean {
  return ops.some((o) => o.op !== '=');
}

/** How alike two texts are, 0–1: the Dice coefficient of their words. */
export function similarity(a: string, b: string): number {
  const wa = a.normalize('NFC').toLocaleLowerCase('vi').split(/\s+/).filter(Boolean);
  const wb = b.normalize('NFC').toLocaleLowerCase('vi').split(/\s+/).filter(Boolean);
  if (wa.length === 0 && wb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const c = counts.get(w) ?? 0;
    if (c > 0) { common++; counts.set(w, c - 1); }
  }
  return (2 * common) / (wa.length + wb.length);
}
