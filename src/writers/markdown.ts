// The website copy: GitHub-flavoured Markdown of the same document model the .docx renders.
import type { DocModel, Run } from '../doc/model.js';
import { GLYPH, recipientLine } from './nd30.js';

function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/** A paragraph must not read as Markdown syntax: "1. …" would become a list, "# …" a heading. */
function escapeStart(text: string): string {
  return text.replace(/^(\d+)\. /, '$1\\. ').replace(/^([#>+-]) /, '\\$1 ');
}

function inline(runs: Run[]): string {
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

export function renderMarkdown(doc: DocModel): string {
  const out: string[] = [];
  const h = doc.header;
  out.push(`${escape(h.parent)}  \n**${escape(h.agency)}**  \n${escape(h.number)}`, '');
  out.push(`**${escape(h.national)}**  \n**${escape(h.motto)}**  \n*${escape(h.date.replace(/\s+/g, ' '))}*`, '');
  out.push(`# ${escape(doc.docType)}`, '', `**${inline(doc.subject)}**`, '');
  for (const block of doc.body) {
    switch (block.kind) {
      case 'h1': out.push(`## ${inline(block.runs)}`, ''); break;
      case 'h2': out.push(`### ${inline(block.runs)}`, ''); break;
      case 'h3': out.push(`#### ${inline(block.runs)}`, ''); break;
      case 'item': out.push(`- ${inline(block.runs)}`, ''); break;
      case 'subitem': out.push(`    ${GLYPH.subitem} ${inline(block.runs)}`, ''); break;
      default: out.push(escapeStart(inline(block.runs)), '');
    }
  }
  const s = doc.signature;
  out.push(`***${escape(s.heading)}***`, '');
  for (const [i, r] of s.recipients.entries()) out.push(`- ${escape(recipientLine(r, i === s.recipients.length - 1))}`);
  out.push('');
  for (const line of s.lines) out.push(`**${escape(line)}**`, '');
  if (s.name) out.push(`**${escape(s.name)}**`, '');
  for (const appendix of doc.appendices) {
    out.push('---', '', `## ${escape(appendix.heading)}`, '', `**${escape(appendix.title)}**`, '', `*${escape(appendix.reference.replace(/\s+/g, ' '))}*`, '');
    for (const table of appendix.tables) {
      out.push(`### ${inline(table.title)}`, '');
      out.push(`| ${table.columns.map((c) => escape(c.label)).join(' | ')} |`);
      out.push(`| ${table.columns.map(() => '---').join(' | ')} |`);
      for (const row of table.rows) out.push(`| ${row.map(escape).join(' | ')} |`);
      out.push('');
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
