import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
// postal-mime's own decoder, by path: the swap (scripts/postal-mime-swap.ts) only redirects postal-mime's own import.
import Original from '../../node_modules/postal-mime/dist/esm/pass-through-decoder.js';
import PostalMime from 'postal-mime';
import Linear from '../../lib/notices/pass-through-decoder';

const decode = async (Decoder: new () => { update(line: Uint8Array): void; finalize(): Promise<ArrayBuffer> }, lines: Uint8Array[]) => {
  const decoder = new Decoder();
  for (const line of lines) decoder.update(line);
  return new Uint8Array(await decoder.finalize());
};

describe("postal-mime's pass-through decoder, swapped for a linear one", () => {
  it('gives the same bytes as the original on the lines of every .eml fixture, empty lines and 8-bit bytes included', async () => {
    const dir = join(__dirname, '..', 'fixtures', 'notices');
    const files = readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.eml'));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const bytes = readFileSync(join(dir, name));
      const lines: Uint8Array[] = [];
      let start = 0;
      for (let i = 0; i <= bytes.length; i++) {
        if (i === bytes.length || bytes[i] === 0x0a) {
          lines.push(new Uint8Array(bytes.subarray(start, i)));
          start = i + 1;
        }
      }
      expect(await decode(Linear, lines), name).toEqual(await decode(Original, lines));
    }
    expect(await decode(Linear, [])).toEqual(await decode(Original, []));
  });

  it('is the decoder postal-mime uses here (as in the extension build)', async () => {
    const update = vi.spyOn(Linear.prototype, 'update');
    const email = await PostalMime.parse(`From: a@example.com\r\nContent-Type: text/html\r\n\r\n${'\n \n'.repeat(50_000)}<p>end</p>`);
    expect(email.html?.endsWith('<p>end</p>\n')).toBe(true);
    expect(email.html?.length).toBe(150_000 + '<p>end</p>\n'.length);
    expect(update.mock.calls.length).toBeGreaterThan(100_000);
  });
});
