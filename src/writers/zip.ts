// A zip archive with fixed times, compressed by Node's own zlib (native, several times faster than a
// JavaScript deflate on a large document); fflate writes the archive's headers around the data.
import * as zlib from 'node:zlib';
import { Zip, zipSync, type ZipInputFile } from 'fflate';

/** zlib.crc32 arrived in Node 20.15; on an older Node 20 fflate does the whole job, more slowly. */
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export function zipFiles(files: [string, Uint8Array][], mtime: Date): Uint8Array {
  if (!crc32) return zipSync(Object.fromEntries(files.map(([name, data]) => [name, [data, { mtime }]])), { level: 6 });
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [filename, data] of files) {
    const deflated = zlib.deflateRawSync(data, { level: 6 });
    const entry: ZipInputFile = { filename, size: data.length, crc: crc32(data), compression: 8, mtime };
    zip.add(entry);
    entry.ondata!(null, new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.length), true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
