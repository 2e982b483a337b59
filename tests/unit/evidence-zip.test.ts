import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, zipFiles } from '../../lib/evidence/zip';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Byte equality without toEqual's element-by-element diff, which takes seconds on a megabyte. */
const same = (a: Uint8Array | undefined, b: Uint8Array) => !!a && Buffer.from(a).equals(Buffer.from(b));

describe('zipFiles', () => {
  it('computes the CRC-32 zip records (check values of the IEEE polynomial)', () => {
    expect(crc32(new Uint8Array())).toBe(0);
    expect(crc32(utf8('123456789'))).toBe(0xcbf43926);
    expect(crc32(utf8('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  it('writes a zip another implementation (fflate) reads back byte for byte, stored and deflated', async () => {
    // 1 MB of poorly compressible bytes: more than one chunk through the deflate stream.
    const noise = new Uint8Array(1 << 20).map((_, i) => (i * 2654435761) >>> 24);
    const entries = [
      { path: 'report.html', bytes: utf8('<p>Lumora</p>'.repeat(500)), deflate: true },
      { path: 'screenshots/cap-1.png', bytes: noise, deflate: false },
      { path: 'letters/empty.txt', bytes: new Uint8Array(), deflate: true },
      { path: 'letters/商标-é.txt', bytes: utf8('商标 é\r\n'), deflate: true },
      { path: 'noise.bin', bytes: noise, deflate: true },
    ];
    const zip = await zipFiles(entries, Date.UTC(2026, 2, 20, 9, 14, 30));
    const methods: Record<string, number> = {};
    const unzipped = unzipSync(zip, { filter: (file) => ((methods[file.name] = file.compression), true) });
    expect(Object.keys(unzipped)).toEqual(entries.map((entry) => entry.path));
    for (const entry of entries) expect(same(unzipped[entry.path], entry.bytes), entry.path).toBe(true);
    expect(methods).toEqual({ 'report.html': 8, 'screenshots/cap-1.png': 0, 'letters/empty.txt': 8, 'letters/商标-é.txt': 8, 'noise.bin': 8 });
    expect(zip.length).toBeLessThan(2 * noise.length + 10_000); // the HTML shrank, the noise did not grow much
  });

  it('dates every file in local time and gives the same bytes for the same input', async () => {
    const at = new Date(2026, 2, 20, 9, 14, 30).getTime();
    const zip = await zipFiles([{ path: 'a.txt', bytes: utf8('a'), deflate: true }], at);
    const view = new DataView(zip.buffer, zip.byteOffset);
    const time = view.getUint16(10, true);
    const date = view.getUint16(12, true);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([2026, 3, 20, 9, 14, 30]);
    expect(same(await zipFiles([{ path: 'a.txt', bytes: utf8('a'), deflate: true }], at), zip)).toBe(true);
  });
});

describe('zip paths and the ids that make them', () => {
  it.each(['../x.png', 'screenshots/../../x.png', '/etc/passwd', 'C:/x.txt', 'screenshots\\x.png', 'a//b', './x', 'x\u0000.png', ''])(
    'refuses %j',
    async (path) => {
      await expect(zipFiles([{ path, bytes: utf8('x'), deflate: false }], 0)).rejects.toThrow(/Refusing/);
    },
  );

  it('a screenshot or capture id that is not a content hash fails its schema (a restored row cannot name a path)', async () => {
    const { Capture, Screenshot } = await import('../../lib/model/capture');
    const hash = 'a'.repeat(64);
    expect(Screenshot.safeParse({ id: `${hash}:1`, captureId: hash, takenAt: 1, dataUrl: 'data:image/png;base64,AA==' }).success).toBe(true);
    expect(Screenshot.safeParse({ id: `${hash}:1`, captureId: '../../x', takenAt: 1, dataUrl: 'data:image/png;base64,AA==' }).success).toBe(false);
    expect(Screenshot.safeParse({ id: '../x:1', captureId: hash, takenAt: 1, dataUrl: 'data:image/png;base64,AA==' }).success).toBe(false);
    expect(Capture.shape.screenshotId.safeParse('screenshots/../../x').success).toBe(false);
  });

  it('every record that names a capture holds a content hash: a notice, listing, role or offer row with "../x" fails its schema', async () => {
    const { Notice } = await import('../../lib/model/notice');
    const { ListingSnapshot, ListingChange } = await import('../../lib/model/listing');
    const { ListingState } = await import('../../lib/model/listing-state');
    const { BrandRoleState, BrandRoleChange } = await import('../../lib/model/brand-role');
    const { OfferSnapshot, OfferSeller } = await import('../../lib/model/offer');
    const schemas = { Notice, ListingSnapshot, ListingChange, ListingState, BrandRoleState, BrandRoleChange, OfferSnapshot, OfferSeller };
    const fields = ['captureIds', 'captureId', 'lastCaptureId', 'previousCaptureId', 'firstCaptureId'];
    for (const [name, schema] of Object.entries(schemas)) {
      const shape = (schema as { shape: Record<string, { safeParse(value: unknown): { success: boolean } }> }).shape;
      const named = fields.filter((field) => field in shape);
      expect(named.length, name).toBeGreaterThan(0);
      for (const field of named) {
        const hostile = field === 'captureIds' ? ['../../x'] : '../../x';
        const good = field === 'captureIds' ? ['a'.repeat(64)] : 'a'.repeat(64);
        expect(shape[field]!.safeParse(hostile).success, `${name}.${field}`).toBe(false);
        expect(shape[field]!.safeParse(good).success, `${name}.${field}`).toBe(true);
      }
    }
  });

  it('names letter files from their ids without a folder, a hidden file or a clash', async () => {
    const { letterFileNames } = await import('../../lib/evidence/build');
    const files = letterFileNames(['appeal-us', 'host-takedown-../../evil', 'appeal-/x', '.hidden', 'appeal-us', '', 'a\\b']);
    expect(files).toEqual([
      'letters/appeal-us.txt',
      'letters/host-takedown-.._.._evil.txt',
      'letters/appeal-_x.txt',
      'letters/_hidden.txt',
      'letters/appeal-us-2.txt',
      'letters/letter.txt',
      'letters/a_b.txt',
    ]);
    await expect(zipFiles(files.map((path) => ({ path, bytes: utf8('x'), deflate: true })), 0)).resolves.toBeTruthy();
  });
});
