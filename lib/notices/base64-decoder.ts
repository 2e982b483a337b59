const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const EQUALS = 0x3d;
/** Byte -> its 6-bit value, or -1 for a byte outside the alphabet (dropped, as the original drops it). */
const VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/**
 * postal-mime's base64 decoder, swapped in for its own as the pass-through decoder is
 * (scripts/postal-mime-swap.ts). The original decodes each padded unit into its own buffer and
 * joins them through a Blob: a mail whose every short line ends in padding ("QQ==") made one
 * Blob part per line, which a browser or Node pays per part; and it turned every line into a
 * string first. This one walks the bytes once into one growing buffer: linear in the bytes,
 * whatever the lines. The same reading of odd input: bytes outside the alphabet are dropped,
 * '=' closes a unit (some mailers pad every line), a lone last character of a unit is dropped.
 */
export default class Base64Decoder {
  #out = new Uint8Array(4096);
  #length = 0;
  /** The 6-bit values of the open group, and how many (0-3). */
  #bits = 0;
  #count = 0;

  update(line: Uint8Array): void {
    this.#reserve(Math.ceil((line.length * 3) / 4) + 3);
    const out = this.#out;
    let at = this.#length;
    let bits = this.#bits;
    let count = this.#count;
    for (let i = 0; i < line.length; i++) {
      const byte = line[i]!;
      const value = VALUE[byte]!;
      if (value >= 0) {
        bits = (bits << 6) | value;
        if (++count === 4) {
          out[at++] = bits >> 16;
          out[at++] = (bits >> 8) & 255;
          out[at++] = bits & 255;
          bits = 0;
          count = 0;
        }
      } else if (byte === EQUALS && count > 0) {
        at = closeGroup(out, at, bits, count);
        bits = 0;
        count = 0;
      }
    }
    this.#length = at;
    this.#bits = bits;
    this.#count = count;
  }

  finalize(): Promise<ArrayBuffer> {
    this.#reserve(3);
    this.#length = closeGroup(this.#out, this.#length, this.#bits, this.#count);
    const bytes = this.#out.slice(0, this.#length);
    this.#out = new Uint8Array(0);
    this.#length = 0;
    return Promise.resolve(bytes.buffer);
  }

  #reserve(more: number): void {
    if (this.#length + more <= this.#out.length) return;
    // From at least a page: the buffer is empty after finalize().
    let size = Math.max(4096, this.#out.length * 2);
    while (size < this.#length + more) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.#out.subarray(0, this.#length));
    this.#out = grown;
  }
}

/** A unit's last, short group: two characters give a byte, three give two, one gives nothing. */
function closeGroup(out: Uint8Array, at: number, bits: number, count: number): number {
  if (count === 2) out[at++] = (bits >> 4) & 255;
  else if (count === 3) {
    out[at++] = (bits >> 10) & 255;
    out[at++] = (bits >> 2) & 255;
  }
  return at;
}
