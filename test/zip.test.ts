// The .docx package's zip writer: what another reader gets back, and the checksum on a Node that lacks
// zlib.crc32 (before 20.15).
import { randomBytes } from 'node:crypto';
import * as zlib from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tableCrc32, zipFiles } from '../dist/writers/zip.js';

describe('zip', () => {
  it('the table CRC-32 gives the standard check value and agrees with zlib', () => {
    expect(tableCrc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    const crc32 = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
    for (const size of [0, 1, 1000, 65537]) {
      const data = randomBytes(size);
      if (crc32) expect(tableCrc32(data)).toBe(crc32(data));
    }
  });

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
