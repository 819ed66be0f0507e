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
