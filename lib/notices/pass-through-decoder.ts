/**
 * postal-mime's decoder for a part without transfer encoding (7bit, 8bit, binary), swapped in
 * for its own (wxt.config.ts for the extension and tests, scripts/node-swaps.mjs for the CLI
 * and the bench). The original keeps every line as a part of a Blob and reads the Blob back:
 * a browser or Node pays per part, so a mail of 300,000 short lines held the worker for
 * seconds. This one copies each line into one growing buffer as it comes (keeping the lines
 * themselves alive cost as much again in garbage collection): linear in the bytes, whatever
 * the lines. Same contract: `update(line)` per line without its break, `finalize()` gives the
 * lines each followed by "\n".
 */
export default class PassThroughDecoder {
  #out = new Uint8Array(4096);
  #length = 0;

  update(line: Uint8Array): void {
    const end = this.#length + line.length + 1;
    if (end > this.#out.length) {
      // From at least a page: the buffer is empty after finalize().
      let size = Math.max(4096, this.#out.length * 2);
      while (size < end) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.#out.subarray(0, this.#length));
      this.#out = grown;
    }
    this.#out.set(line, this.#length);
    this.#out[end - 1] = 0x0a;
    this.#length = end;
  }

  finalize(): Promise<ArrayBuffer> {
    const bytes = this.#out.slice(0, this.#length);
    this.#out = new Uint8Array(0);
    this.#length = 0;
    return Promise.resolve(bytes.buffer);
  }
}
