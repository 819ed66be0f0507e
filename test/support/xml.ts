// Reading a .docx part back with a real XML parser (saxes, strict XML 1.0): the text Word shows, and
// whether the part is well-formed at all.
import { SaxesParser } from 'saxes';

/** The text of every w:t, in order, each followed by a space. Throws if the part is not well-formed XML. */
export function wordText(xml: string): string {
  const parser = new SaxesParser();
  const out: string[] = [];
  let inText = false;
  parser.on('opentag', (tag) => { inText = tag.name === 'w:t'; });
  parser.on('closetag', (tag) => { if (tag.name === 'w:t') { inText = false; out.push(' '); } });
  parser.on('text', (text) => { if (inText) out.push(text); });
  parser.write(xml).close();
  return out.join('');
}

/** Parses the part, throwing on anything that is not well-formed XML 1.0 (characters included). */
export function checkWellFormed(xml: string): void {
  new SaxesParser().write(xml).close();
}
