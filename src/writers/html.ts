// The web page: one standalone HTML file of the same document model the .docx renders, for the CCHC
// section of an agency's website (which takes pasted HTML, not Markdown) and for the live preview.
// Semantic markup: the header as a two-column table, headings for I./1./a), lists for "-" and "+", real
// tables with <th>. The inline CSS follows the A4 page of nd30.ts and prints well from a browser: the
// appendix on its own page, landscape when its table is wide. Every piece of text is escaped.
import { textOf, type Block, type DocModel, type Table, type Text } from '../doc/model.js';
import { widest } from '../text/widest.js';
import { headerLayout, headerText } from './header-layout.js';
import { isWide, LANDSCAPE_TEXT_WIDTH, MARGIN, PAGE, RULE_SHARE, SIZE, TEXT_WIDTH, textWidth, TWIPS_PER_MM } from '../nd30/format.js';
import { breakable, tableLayout } from './table-layout.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Blanks left for the clerk (a draft's "Số:      /KH", "ngày      tháng") keep their width on the page. */
const keepBlanks = (html: string) => html.replace(/ {2,}/g, (spaces) => '\u00A0'.repeat(spaces.length));

function runs(text: Text): string {
  return text
    .map((r) => {
      // An address may break after "/", "-" or "." only, as in the .docx.
      let html = keepBlanks(escapeHtml(breakable(r.text))).replace(/\u200B/g, '<wbr>');
      if (r.italic) html = `<em>${html}</em>`;
      if (r.bold) html = `<strong>${html}</strong>`;
      if (r.change) html = `<${r.change}>${html}</${r.change}>`;
      return html;
    })
    .join('');
}

const mm = (twips: number) => `${(twips / TWIPS_PER_MM).toFixed(1)}mm`;
const pt = (halfPoints: number) => `${halfPoints / 2}pt`;

const CSS = `
@page { size: A4; margin: ${mm(MARGIN.top)} ${mm(MARGIN.right)} ${mm(MARGIN.bottom)} ${mm(MARGIN.left)}; }
@page wide { size: A4 landscape; }
html { background: #f3f3f3; }
body { font-family: "Times New Roman", "Liberation Serif", Times, serif; font-size: ${pt(SIZE.body)}; line-height: 1.2; color: #000; margin: 0; }
.page { box-sizing: border-box; background: #fff; width: ${mm(PAGE.width)}; max-width: calc(100% - 3rem); margin: 1.5rem auto; padding: ${mm(MARGIN.top)} ${mm(MARGIN.right)} ${mm(MARGIN.bottom)} ${mm(MARGIN.left)}; box-shadow: 0 0 4px rgba(0,0,0,.25); }
.page.wide { width: ${mm(PAGE.height)}; }
p { margin: 0 0 6pt; text-align: justify; text-indent: 1cm; }
table.header, table.signature { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.header td, table.signature td { vertical-align: top; padding: 0; text-align: center; }
table.header td p, table.signature td p { text-indent: 0; text-align: center; margin: 0; }
table.header .agency { font-size: ${pt(SIZE.agency)}; }
table.header .agency .parent { text-transform: uppercase; }
table.header .number, table.header .date { margin-top: 6pt; }
table.header hr { border: 0; border-top: 1px solid #000; margin: 5pt auto 0; }
h1 { font-size: ${pt(SIZE.title)}; text-align: center; margin: 18pt 0 0; }
h1 span { display: block; }
hr.subject { border: 0; border-top: 1px solid #000; margin: 5pt auto 12pt; }
h2, h3, h4 { font-size: ${pt(SIZE.body)}; margin: 6pt 0; text-indent: 1cm; }
h3 { font-weight: bold; }
h4 { font-weight: normal; }
ul.items, ul.subitems { margin: 0 0 6pt; padding: 0; list-style: none; }
li > ul.subitems { margin-top: 6pt; }
ul.items > li, ul.subitems > li { text-indent: 1cm; text-align: justify; margin-bottom: 6pt; }
ul.items > li::before { content: "- "; }
ul.subitems > li::before { content: "+ "; }
table.data { width: 100%; border-collapse: collapse; margin: 6pt 0 12pt; font-size: ${pt(SIZE.table)}; }
table.data caption { font-weight: bold; text-align: center; margin-bottom: 6pt; }
table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
table.data th { text-align: center; font-weight: bold; }
table.signature { margin-top: 12pt; page-break-inside: avoid; break-inside: avoid; }
table.signature .recipients { text-align: left; font-size: ${pt(SIZE.recipients)}; }
table.signature .recipients p { text-align: left; font-size: ${pt(SIZE.recipientsHeading)}; }
table.signature .recipients ul { list-style: none; margin: 0; padding: 0; }
table.signature .recipients li::before { content: "- "; }
table.signature .name { margin-top: 60pt; }
.appendix p.heading, .appendix p.reference { text-align: center; text-indent: 0; }
.appendix h2 { text-align: center; text-indent: 0; font-size: ${pt(SIZE.title)}; margin: 0 0 6pt; }
.appendix h3 { text-align: center; text-indent: 0; }
ins { color: #0a5; } del { color: #b00; }
@media print {
  html { background: none; }
  .page { margin: 0; padding: 0; max-width: none; box-shadow: none; }
  .appendix { break-before: page; }
  .appendix.wide { page: wide; }
}
`.trim();

/** A data table with the .docx's column widths (as shares of its width) and alignment. */
function table(t: Table, width: number, heading: 'caption' | 'h3' = 'caption'): string {
  const { widths, align } = tableLayout(t, width, SIZE.table, 160);
  const title = t.title.length ? (heading === 'caption' ? `<caption>${runs(t.title)}</caption>` : '') : '';
  const cell = (c: Text, i: number) => `<td${align[i] !== 'left' ? ` style="text-align:${align[i]}"` : ''}>${runs(c)}</td>`;
  return `${heading === 'h3' && t.title.length ? `<h3>${runs(t.title)}</h3>\n` : ''}<table class="data">${title}`
    + `<colgroup>${widths.map((w) => `<col style="width:${((w / width) * 100).toFixed(1)}%">`).join('')}</colgroup>`
    + `<thead><tr>${t.columns.map((c) => `<th scope="col">${runs(c.label)}</th>`).join('')}</tr></thead>`
    + `<tbody>${t.rows.map((r) => `<tr${r.change ? ` class="${r.change}"` : ''}>${r.cells.map(cell).join('')}</tr>`).join('\n')}</tbody></table>`;
}

/** Body blocks: "-" items as one list, their "+" sub-items as a list inside the item before them. */
function body(blocks: Block[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i]!;
    if (block.kind === 'item' || block.kind === 'subitem') {
      const items: string[] = [];
      while (i < blocks.length && (blocks[i]!.kind === 'item' || blocks[i]!.kind === 'subitem')) {
        if (blocks[i]!.kind === 'item') {
          let li = runs(blocks[i]!.runs);
          i++;
          const subs: string[] = [];
          while (i < blocks.length && blocks[i]!.kind === 'subitem') subs.push(`<li>${runs(blocks[i++]!.runs)}</li>`);
          if (subs.length) li += `<ul class="subitems">${subs.join('')}</ul>`;
          items.push(`<li>${li}</li>`);
        } else {
          items.push(`<li class="sub"><ul class="subitems"><li>${runs(blocks[i++]!.runs)}</li></ul></li>`);
        }
      }
      out.push(`<ul class="items">\n${items.join('\n')}\n</ul>`);
      continue;
    }
    i++;
    switch (block.kind) {
      case 'h1': out.push(`<h2>${runs(block.runs)}</h2>`); break;
      case 'h2': out.push(`<h3>${runs(block.runs)}</h3>`); break;
      case 'h3': out.push(`<h4>${runs(block.runs)}</h4>`); break;
      case 'table': out.push(table(block.table!, TEXT_WIDTH)); break;
      default: out.push(`<p class="${block.kind}">${runs(block.runs)}</p>`);
    }
  }
  return out.join('\n');
}

/** The whole page; `extraHead` is for the preview's script, nothing else. */
export function renderHtml(doc: DocModel, extraHead = ''): string {
  const h = doc.header;
  const s = doc.signature;
  // The header as the .docx lays it out: the same column widths, sizes and rules (header-layout.ts).
  const layout = headerLayout(headerText(h));
  const { sizes } = layout;
  const share = (twips: number, of: number) => `${((twips / of) * 100).toFixed(1)}%`;
  const [left, right] = layout.columns;
  const agencyRule = Math.min(widest(h.agency, 0, (l) => textWidth(textOf(l), sizes.agency, true)), left) * RULE_SHARE;
  const mottoRule = Math.min(textWidth(textOf(h.motto), sizes.motto, true), right);
  const subjectRule = Math.min(textWidth(doc.meta.title, SIZE.title, true), TEXT_WIDTH) * RULE_SHARE;
  const lines = (texts: Text[], cls: string, bold: boolean) => texts.map((t) => `<p class="${cls}">${bold ? `<strong>${runs(t)}</strong>` : runs(t)}</p>`).join('');
  const out = [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${doc.docType.map((r) => r.text).join('')} ${doc.meta.title}`)}</title>`,
    `<style>\n${CSS}\n</style>`,
    ...(extraHead ? [extraHead] : []),
    '</head>',
    '<body>',
    '<article class="page document">',
    // Two rows, as in the .docx: "Số:" level with the place and date whatever stands above them.
    `<table class="header" role="presentation"><colgroup><col style="width:${share(left, TEXT_WIDTH)}"><col style="width:${share(right, TEXT_WIDTH)}"></colgroup><tr>`,
    `<td class="agency">${lines(h.parent, 'parent', false)}${lines(h.agency, 'agency-line', true)}<hr style="width:${share(agencyRule, left)}"></td>`,
    `<td class="national"><p class="national" style="font-size:${pt(sizes.national)}"><strong>${runs(h.national)}</strong></p><p class="motto" style="font-size:${pt(sizes.motto)}"><strong>${runs(h.motto)}</strong></p><hr style="width:${share(mottoRule, right)}"></td>`,
    '</tr><tr>',
    `<td><p class="number" style="font-size:${pt(sizes.number)}">${runs(h.number)}</p></td>`,
    `<td><p class="date" style="font-size:${pt(sizes.date)}"><em>${runs(h.date)}</em></p></td>`,
    '</tr></table>',
    `<h1><span class="doc-type">${runs(doc.docType)}</span> <span class="subject">${runs(doc.subject)}</span></h1>`,
    `<hr class="subject" style="width:${share(subjectRule, TEXT_WIDTH)}">`,
    body(doc.body),
    '<table class="signature" role="presentation"><tr>',
    `<td class="recipients"><p><strong><em>${runs(s.heading)}</em></strong></p><ul>${s.recipients.map((r) => `<li>${runs(r)}</li>`).join('')}</ul></td>`,
    `<td class="signer">${lines(s.lines, 'signer-line', true)}${s.name ? `<p class="name"><strong>${runs(s.name)}</strong></p>` : ''}</td>`,
    '</tr></table>',
    '</article>',
  ];
  for (const appendix of doc.appendices) {
    const wide = isWide(appendix.tables);
    out.push(
      `<section class="page appendix${wide ? ' wide' : ''}">`,
      `<p class="heading"><strong>${runs(appendix.heading)}</strong></p>`,
      `<h2>${runs(appendix.title)}</h2>`,
      `<p class="reference"><em>${runs(appendix.reference)}</em></p>`,
      ...appendix.tables.map((t) => table(t, wide ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH, 'h3')),
      '</section>',
    );
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}
