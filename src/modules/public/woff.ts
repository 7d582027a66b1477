// WOFF 1.0 → plain SFNT (TrueType/OpenType), once per process. fontkit reads WOFF directly but inflates a
// table again on every access, which makes subsetting a 6,000-glyph CJK font take tens of seconds; the
// unwrapped font is read from memory. Format: https://www.w3.org/TR/WOFF/ (header 44 bytes, 20-byte
// table directory entries; a table whose compLength equals origLength is stored uncompressed).
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: { tag: number; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const e = 44 + i * 20;
    const offset = woff.readUInt32BE(e + 4);
    const compLength = woff.readUInt32BE(e + 8);
    const origLength = woff.readUInt32BE(e + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength === origLength ? raw : inflateSync(raw);
    if (data.length !== origLength) throw new Error('WOFF table length mismatch');
    tables.push({ tag: woff.readUInt32BE(e), checksum: woff.readUInt32BE(e + 16), data });
  }
  // SFNT: offset table, directory (sorted by tag, as WOFF stores it), then 4-byte aligned tables.
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const headerSize = 12 + numTables * 16;
  const size = tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), headerSize);
  const out = Buffer.alloc(size);
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let pos = headerSize;
  tables.forEach((t, i) => {
    const e = 12 + i * 16;
    out.writeUInt32BE(t.tag, e);
    out.writeUInt32BE(t.checksum, e + 4);
    out.writeUInt32BE(pos, e + 8);
    out.writeUInt32BE(t.data.length, e + 12);
    t.data.copy(out, pos);
    pos += (t.data.length + 3) & ~3;
  });
  return out;
}
