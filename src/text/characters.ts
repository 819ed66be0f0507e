// Characters a plan's text must not hold. Both `validate` (to report them) and the XML writer (to never
// emit them) read these, so they cannot disagree.

/** What XML 1.0 cannot hold: C0 controls but tab and line ends, U+FFFE and U+FFFF, lone surrogates. */
export const NOT_XML_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Line breaks: what a field printed on one line must not hold. */
export const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;
