import {deflateSync} from 'fflate';

/** One file in a package: a path inside the zip (forward slashes) and its bytes. */
export interface PackageFile {
  path: string;
  data: Uint8Array;
}

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// Every entry carries the same fixed time (2024-01-01 00:00), so the same input gives the same bytes
// on any machine, in any time zone.
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Writes a zip archive (PKWARE APPNOTE 6.3: local headers, deflate or store, central directory).
 * Deterministic: entries are sorted by path and carry fixed times, so building twice gives identical bytes.
 * Deflate is fflate's (pure JavaScript, level 9), so the same code gives the same bytes in Node and in a
 * browser: the composer page builds the very zip the CLI builds (docs/decisions/0008-fflate-zip.md).
 */
export function zip(files: PackageFile[]): Uint8Array {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const file of sorted) {
    if (file.path.startsWith('/') || file.path.includes('..') || file.path.includes('\\')) {
      throw new Error(`zip: unsafe path "${file.path}"`);
    }
    const name = encoder.encode(file.path);
    const deflated = deflateSync(file.data, {level: 9});
    const stored = deflated.length >= file.data.length;
    const body = stored ? file.data : deflated;
    const crc = crc32(file.data);
    const header = (signature: number, central: boolean) => {
      const h = new Uint8Array(central ? 46 : 30);
      const view = new DataView(h.buffer);
      let p = 0;
      const u32 = (v: number) => {
        view.setUint32(p, v >>> 0, true);
        p += 4;
      };
      const u16 = (v: number) => {
        view.setUint16(p, v, true);
        p += 2;
      };
      u32(signature);
      if (central) u16(20); // made by: version 2.0, MS-DOS attributes
      u16(20); // version needed to extract
      u16(0x0800); // flags: file names are UTF-8
      u16(stored ? 0 : 8);
      u16(DOS_TIME);
      u16(DOS_DATE);
      u32(crc);
      u32(body.length);
      u32(file.data.length);
      u16(name.length);
      u16(0); // extra field length
      if (central) {
        u16(0); // comment length
        u16(0); // disk number
        u16(0); // internal attributes
        u32(0); // external attributes
        u32(offset);
      }
      return h;
    };
    const local = concat([header(0x04034b50, false), name, body]);
    centrals.push(concat([header(0x02014b50, true), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = concat(centrals);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, sorted.length, true);
  view.setUint16(10, sorted.length, true);
  view.setUint32(12, directory.length, true);
  view.setUint32(16, offset, true);
  return concat([...locals, directory, end]);
}
