import {deflateRawSync} from 'node:zlib';

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

/**
 * Writes a zip archive (PKWARE APPNOTE 6.3: local headers, deflate or store, central directory).
 * Deterministic: entries are sorted by path and carry fixed times, so building twice gives identical bytes.
 */
export function zip(files: PackageFile[]): Uint8Array {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of sorted) {
    if (file.path.startsWith('/') || file.path.includes('..') || file.path.includes('\\')) {
      throw new Error(`zip: unsafe path "${file.path}"`);
    }
    const name = Buffer.from(file.path, 'utf8');
    const deflated = deflateRawSync(file.data, {level: 9});
    const stored = deflated.length >= file.data.length;
    const body = stored ? Buffer.from(file.data) : deflated;
    const crc = crc32(file.data);
    const header = (signature: number, central: boolean) => {
      const h = Buffer.alloc(central ? 46 : 30);
      let p = 0;
      const u32 = (v: number) => (p = h.writeUInt32LE(v >>> 0, p));
      const u16 = (v: number) => (p = h.writeUInt16LE(v, p));
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
    const local = Buffer.concat([header(0x04034b50, false), name, body]);
    centrals.push(Buffer.concat([header(0x02014b50, true), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
