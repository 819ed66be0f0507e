// Lines typed with Shift+Enter (a manual line break) inside one paragraph of the body, read as a reader
// reads them. "KẾ HOẠCH", a break and the subject are two paragraphs; so are a signature's lines and
// the recipients. Text pasted from a PDF keeps the PDF's line ends: a line that goes on with the sentence
// joins the line before it, and a line that starts an item ("-", "+", "•", "a)", "1.", "I.") starts a
// paragraph of its own. Paragraphs in table cells keep their breaks: the header and the signature read
// each line of a cell (header.ts).
import { allBold, clean, typedLabel } from './text.js';
import type { WBlock, WParagraph, WRun } from './wordml.js';

/** The body's blocks with each paragraph that holds line breaks split where a new paragraph begins. */
export function unfoldBreaks(blocks: WBlock[]): WBlock[] {
  const out: WBlock[] = [];
  for (const block of blocks) {
    if (block.type !== 'p' || !block.runs.some((r) => r.text.includes('\n'))) out.push(block);
    else for (const piece of unfold(block)) out.push(piece);
  }
  return out;
}

/** Whether the text is a line of capitals (a heading, the document type, a signature's title). */
const shouted = (text: string) => /\p{L}.*\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');

/**
 * Whether `next` starts a paragraph of its own after `previous` (both clean), or goes on with it; `bold`
 * says whether each line is bold throughout (a bold title, then its text, on the next line).
 */
export function startsParagraph(previous: string, next: string, blankBetween: boolean, bold: [boolean, boolean] = [false, false]): boolean {
  if (blankBetween || previous === '' || bold[0] !== bold[1]) return true;
  if (typedLabel(next)) return true;
  if (shouted(previous) || shouted(next)) return true;
  // A sentence that ended, and one that begins with a capital: what a paragraph mark would have been.
  return /(?:[.;:!?…]|\.\/\.)["”)]?$/u.test(previous) && /^["“(]?\p{Lu}/u.test(next);
}

function unfold(p: WParagraph): WParagraph[] {
  // The paragraph's lines, each with its runs; an empty line is a blank between two.
  const lines: WRun[][] = [[]];
  for (const run of p.runs) {
    run.text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) lines.at(-1)!.push({ ...run, text: piece });
    });
  }
  const text = (runs: WRun[]) => clean(runs.map((r) => r.text).join(''));
  const groups: WRun[][] = [];
  let blank = false;
  for (const line of lines) {
    const words = text(line);
    if (words === '') {
      blank = groups.length > 0;
      continue;
    }
    const last = groups.at(-1);
    if (!last || startsParagraph(text(last), words, blank, [allBold(last), allBold(line)])) groups.push(line);
    else groups[groups.length - 1] = last.concat({ ...line[0]!, text: ' ' }, line);
    blank = false;
  }
  if (groups.length <= 1) return [{ ...p, runs: groups[0] ?? [] }];
  // The first piece keeps the paragraph's list label and its page break before; the last, its break after.
  const { list, breakBefore, breakAfter, ...rest } = p;
  return groups.map((runs, i) => ({
    ...rest,
    runs,
    ...(i === 0 && list && { list }),
    ...(i === 0 && breakBefore && { breakBefore }),
    ...(i === groups.length - 1 && breakAfter && { breakAfter }),
  }));
}
