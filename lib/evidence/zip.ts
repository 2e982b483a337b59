/**
 * A zip writer over the browser's own deflate (CompressionStream 'deflate-raw', Chrome 103 and
 * Firefox 113), in place of fflate, a dependency of the dashboard for the one evidence pack:
 * local file headers, the central directory and its end record (PKWARE APPNOTE.TXT, 4.3). No
 * zip64, no encryption: a pack holds a handful of files and screenshots, far below 4 GB.
 */

export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
  /** false stores the bytes as they are (screenshots are compressed already). */
  deflate: boolean;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** General purpose flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;

let crcTable: Uint32Array | null = null;

/** CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), as zip records it for each file. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Written while read below: awaiting the write first would stall on the stream's backpressure.
  const written = writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close());
  const chunks: Uint8Array[] = [];
  const reader = stream.readable.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) chunks.push(chunk.value);
  await written;
  return concat(chunks);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** MS-DOS time and date in local time, as zip tools read them (two-second steps, 1980 to 2107). */
function dosDateTime(at: number): [time: number, date: number] {
  const d = new Date(at);
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
  return [(d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1), ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate()];
}

/**
 * A path a zip may hold: relative, `/`-separated, no `.` or `..` segment, no backslash, drive
 * letter, control character or empty segment. Unzip tools resolve `../` and absolute paths
 * against the folder they extract into ("zip slip"); a pack is built from stored ids, which a
 * restored backup could forge, so the writer refuses what would escape the folder.
 */
export function assertSafeZipPath(path: string): void {
  const segments = path.split('/');
  const bad =
    path.length === 0 ||
    path.length > 1_000 ||
    path.includes('\\') ||
    /^[a-z]:/i.test(path) ||
    /[\u0000-\u001f\u007f]/.test(path) ||
    segments.some((segment) => segment === '' || segment === '.' || segment === '..');
  if (bad) throw new Error(`Refusing to write ${JSON.stringify(path.slice(0, 200))} into a zip: not a plain relative path.`);
}

/** The zip of `entries`, in their order, every file dated `modifiedAt`. Every path is checked first. */
export async function zipFiles(entries: ZipEntry[], modifiedAt: number): Promise<Uint8Array> {
  for (const entry of entries) assertSafeZipPath(entry.path);
  const [time, date] = dosDateTime(modifiedAt);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.path);
    const data = entry.deflate ? await deflateRaw(entry.bytes) : entry.bytes;
    const method = entry.deflate ? DEFLATED : STORED;
    const flags = /^[\x20-\x7e]*$/.test(entry.path) ? 0 : UTF8_NAME;
    const crc = crc32(entry.bytes);

    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, LOCAL_HEADER, true);
    local.setUint16(4, method === DEFLATED ? 20 : 10, true); // version needed: 2.0 for deflate
    local.setUint16(6, flags, true);
    local.setUint16(8, method, true);
    local.setUint16(10, time, true);
    local.setUint16(12, date, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, entry.bytes.length, true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, data);

    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, CENTRAL_HEADER, true);
    header.setUint16(4, 20, true); // made by: MS-DOS, spec 2.0
    for (let i = 4; i < 30; i++) header.setUint8(i + 2, local.getUint8(i)); // needed .. name length
    header.setUint32(42, offset, true);
    central.push(new Uint8Array(header.buffer), name);
    offset += 30 + name.length + data.length;
  }
  const directory = concat(central);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directory.length, true);
  end.setUint32(16, offset, true);
  return concat([...parts, directory, new Uint8Array(end.buffer)]);
}
