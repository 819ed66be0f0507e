// The website copy: GitHub-flavoured Markdown of the same document model the .docx renders.
import type { DocModel, Table, Text } from '../doc/model.js';
import { GLYPH } from '../nd30/format.js';

function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/** A paragraph must not read as Markdown syntax: "1. …" would become a list, "# …" a heading. */
function escapeStart(text: string): string {
  return text.replace(/^(\d+)\. /, '$1\\. ').replace(/^([#>+-]) /, '\\$1 ');
}

function inline(runs: Text): string {
  return runs
    .map((r) => {
      const t = escape(r.text);
      if (!t.trim()) return t;
      const [lead, core, trail] = /^(\s*)(.*?)(\s*)$/s.exec(t)!.slice(1) as [string, string, string];
      const mark = r.bold && r.italic ? '***' : r.bold ? '**' : r.italic ? '*' : '';
      return `${lead}${mark}${core}${mark}${trail}`;
    })
    .join('');
}

/** The blanks left in a draft's date would break the emphasis around it. */
function oneLine(text: Text): string {
  return inline(text).replace(/\s+/g, ' ');
}

/** A table as Markdown: headings, the rule, a line a row, and a blank line after. */
/** A table, after its title when it has one, appended line by line (a table may have many thousand rows). */
function tableOut(out: string[], table: Table, title: (text: string) => string): void {
  if (table.title.length) out.push(title(inline(table.title)), '');
  out.push(`| ${table.columns.map((c) => inline(c.label)).join(' | ')} |`, `| ${table.columns.map(() => '---').join(' | ')} |`);
  for (const row of table.rows) out.push(`| ${row.cells.map(inline).join(' | ')} |`);
  out.push('');
}

export function renderMarkdown(doc: DocModel): string {
  const out: string[] = [];
  const h = doc.header;
  out.push([...h.parent.map(inline), ...h.agency.map((l) => `**${inline(l)}**`), inline(h.number)].join('  \n'), '');
  out.push(`**${inline(h.national)}**  \n**${inline(h.motto)}**  \n*${oneLine(h.date)}*`, '');
  out.push(`# ${inline(doc.docType)}`, '', `**${inline(doc.subject)}**`, '');
  for (const block of doc.body) {
    switch (block.kind) {
      case 'h1': out.push(`## ${inline(block.runs)}`, ''); break;
      case 'h2': out.push(`### ${inline(block.runs)}`, ''); break;
      case 'h3': out.push(`#### ${inline(block.runs)}`, ''); break;
      case 'item': out.push(`- ${inline(block.runs)}`, ''); break;
      case 'subitem': out.push(`    ${GLYPH.subitem} ${inline(block.runs)}`, ''); break;
      case 'table': tableOut(out, block.table!, (t) => `**${t}**`); break;
      default: out.push(escapeStart(inline(block.runs)), '');
    }
  }
  const s = doc.signature;
  out.push(`***${inline(s.heading)}***`, '');
  for (const r of s.recipients) out.push(`- ${inline(r)}`);
  out.push('');
  for (const line of s.lines) out.push(`**${inline(line)}**`, '');
  if (s.name) out.push(`**${inline(s.name)}**`, '');
  for (const appendix of doc.appendices) {
    out.push('---', '', `## ${inline(appendix.heading)}`, '', `**${inline(appendix.title)}**`, '', `*${oneLine(appendix.reference)}*`, '');
    for (const table of appendix.tables) tableOut(out, table, (t) => `### ${t}`);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
