import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
// postal-mime's own decoder, by path: the swap (scripts/postal-mime-swap.ts) only redirects postal-mime's own import.
import Original from '../../node_modules/postal-mime/dist/esm/pass-through-decoder.js';
import OriginalBase64 from '../../node_modules/postal-mime/dist/esm/base64-decoder.js';
import PostalMime from 'postal-mime';
import LinearBase64 from '../../lib/notices/base64-decoder';
import Linear from '../../lib/notices/pass-through-decoder';

const decode = async (Decoder: new () => { update(line: Uint8Array): void; finalize(): Promise<ArrayBuffer> }, lines: Uint8Array[]) => {
  const decoder = new Decoder();
  for (const line of lines) decoder.update(line);
  return new Uint8Array(await decoder.finalize());
};

/** The lines of a file as postal-mime hands them to a decoder: split at LF, without it. */
const linesOf = (bytes: Uint8Array) => {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      lines.push(new Uint8Array(bytes.subarray(start, i)));
      start = i + 1;
    }
  }
  return lines;
};
const emlFixtures = () => {
  const dir = join(__dirname, '..', 'fixtures', 'notices');
  const files = readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.eml'));
  expect(files.length).toBeGreaterThan(5);
  return files.map((name) => ({ name, lines: linesOf(readFileSync(join(dir, name))) }));
};
const ascii = (text: string) => linesOf(new TextEncoder().encode(text));

describe("postal-mime's pass-through decoder, swapped for a linear one", () => {
  it('gives the same bytes as the original on the lines of every .eml fixture, empty lines and 8-bit bytes included', async () => {
    for (const { name, lines } of emlFixtures()) expect(await decode(Linear, lines), name).toEqual(await decode(Original, lines));
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

describe("postal-mime's base64 decoder, swapped for a linear one", () => {
  const bytes = Uint8Array.from({ length: 5_000 }, (_, i) => (i * 7919 + (i >> 3)) & 255);
  const base64 = Buffer.from(bytes).toString('base64');
  const cases: Record<string, string> = {
    '76-character lines, CRLF': base64.replace(/.{76}/g, '$&\r\n'),
    'one line': base64,
    'lines of 1, 3 and 5 characters': base64.replace(/.{1}/g, '$&\n').slice(0, 3000) + base64.replace(/.{3}/g, '$&\n') + base64.replace(/.{5}/g, '$&\n'),
    'every line padded on its own': Buffer.from('Lumora notice').toString('base64').replace(/=*$/, '==') + '\n' + 'QQ==\n'.repeat(300) + 'QUI=\nQUJD\n',
    'junk, spaces and a truncated group': `  ${base64.slice(0, 401)} !!*\t\n==\n=A\nQ\n${base64.slice(0, 10)}`,
    'padding in the middle of a line': 'QQ==QUI=QUJD\nQQ=\nQ===Q\n',
    'empty': '',
    'over the 100 kB pending limit': Buffer.from(new Uint8Array(120_000).fill(65)).toString('base64').replace(/.{76}/g, '$&\n'),
  };

  it.each(Object.entries(cases))('gives the same bytes as the original: %s', async (_name, text) => {
    expect(await decode(LinearBase64, ascii(text))).toEqual(await decode(OriginalBase64, ascii(text)));
  });

  it('gives the same bytes as the original around bytes that are not UTF-8 or not ASCII', async () => {
    const lines = [Uint8Array.from([0x51, 0xe4, 0xb8, 0x51, 0x3d, 0x41, 0xff, 0x42, 0x43, 0x80, 0x44]), new TextEncoder().encode('QU投诉JD=Q'), Uint8Array.from([0xc3, 0x41, 0x41])];
    expect(await decode(LinearBase64, lines)).toEqual(await decode(OriginalBase64, lines));
  });

  it('gives the same bytes as the original on any text, the lines of every .eml fixture read as base64', async () => {
    for (const { name, lines } of emlFixtures()) expect(await decode(LinearBase64, lines), name).toEqual(await decode(OriginalBase64, lines));
  });

  it('decodes what it should, and is the decoder postal-mime uses here (as in the extension build)', async () => {
    expect(await decode(LinearBase64, ascii(cases['76-character lines, CRLF']!))).toEqual(bytes);
    const update = vi.spyOn(LinearBase64.prototype, 'update');
    const email = await PostalMime.parse(`From: a@example.com\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n${'QQ==\r\n'.repeat(20_000)}`);
    expect(email.text).toBe('A'.repeat(20_000));
    expect(update.mock.calls.length).toBeGreaterThanOrEqual(20_000);
  });
});

describe('both swapped decoders, used past their end', () => {
  it('start again from empty after finalize() instead of growing a zero-length buffer forever', async () => {
    for (const Decoder of [Linear, LinearBase64]) {
      const decoder = new Decoder();
      decoder.update(new TextEncoder().encode('QUJD'));
      await decoder.finalize();
      decoder.update(new TextEncoder().encode('QUJD'));
      expect((await decoder.finalize()).byteLength).toBeGreaterThan(0);
    }
  });
});
