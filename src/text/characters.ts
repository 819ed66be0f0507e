// Characters a plan's text must not hold. Both `validate` (to report them) and the XML writer (to never
// emit them) read these, so they cannot disagree.

/** Characters XML 1.0 forbids: C0 controls but tab and line ends, and U+FFFE, U+FFFF. */
export const NOT_XML_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * What a plan's text must not hold: those characters, and lone surrogates, which are not characters at
 * all (written as UTF-8 they would silently become U+FFFD).
 */
export const NOT_XML_TEXT = new RegExp(`${NOT_XML_CHARACTER.source}|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`);

/** Line breaks: what a field printed on one line must not hold. */
export const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;

/**
 * White space of any kind, the invisible kinds too: JavaScript's \s (no-break, em, ideographic spaces, the
 * byte order mark…) and the zero-width characters that \s leaves out. Text copied from Word or a web page
 * brings them along a key, where nobody sees them.
 */
const ODD_EDGE = /^[\s\u180E\u200B-\u200D\u2060]+|[\s\u180E\u200B-\u200D\u2060]+$/gu;

/** A key, an id or a reference with white space around it: what it reads as without, and the first such character. */
export function paddedKey(text: string, isKey: (bare: string) => boolean): { bare: string; char: string } | undefined {
  const bare = text.replace(ODD_EDGE, '');
  if (bare === text || bare === '' || !isKey(bare)) return undefined;
  const edge = /^[\s\u180E\u200B-\u200D\u2060]/u.test(text) ? text[0]! : text.at(-1)!;
  return { bare, char: `U+${edge.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` };
}
