// The .docx package's zip writer: what another zip reader gets back.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../dist/writers/zip.js';

describe('zip', () => {
  it('another zip reader gets every file back, names in UTF-8', () => {
    const files: [string, Uint8Array][] = [
      ['[Content_Types].xml', Buffer.from('<Types/>')],
      ['word/document.xml', Buffer.from('<w:t>Kế hoạch tuyên truyền</w:t>'.repeat(500))],
      ['tệp/trống.txt', new Uint8Array(0)],
    ];
    const read = unzipSync(zipFiles(files, new Date(Date.UTC(1980, 0, 1, 12))));
    expect(Object.keys(read)).toEqual(files.map(([name]) => name));
    for (const [name, data] of files) expect(Buffer.from(read[name]!).equals(Buffer.from(data))).toBe(true);
  });
});
