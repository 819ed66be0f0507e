// The one document model both writers render: what the plan says, in the order and wording the templates
// chose. It knows nothing of Word or Markdown; the format rules live in src/writers/nd30.ts.
import type { Run } from '../plan/prose.js';

export type { Run };

export interface DocHeader {
  parent: string;
  agency: string;
  national: string;
  motto: string;
  number: string;
  date: string;
}

export type BlockKind = 'preamble' | 'p' | 'closing' | 'h1' | 'h2' | 'h3' | 'item' | 'subitem';

export interface Block {
  kind: BlockKind;
  runs: Run[];
}

export interface Signature {
  heading: string;
  recipients: string[];
  /** Signature lines from the top: "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC". */
  lines: string[];
  name?: string;
}

export interface Column {
  label: string;
  /** Relative width; the writer turns weights into exact widths. */
  weight: number;
}

export interface Table {
  title: Run[];
  columns: Column[];
  rows: string[][];
}

export interface Appendix {
  heading: string;
  title: string;
  reference: string;
  tables: Table[];
}

export interface DocModel {
  header: DocHeader;
  docType: string;
  subject: Run[];
  body: Block[];
  signature: Signature;
  appendices: Appendix[];
  /** For document properties and reproducible output. */
  meta: { title: string; agency: string; date: Date };
}
