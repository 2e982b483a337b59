/**
 * postal-mime's decoder for a part without transfer encoding (7bit, 8bit, binary), swapped in
 * for its own (wxt.config.ts for the extension and tests, scripts/node-swaps.mjs for the CLI
 * and the bench). The original keeps every line as a part of a Blob and reads the Blob back:
 * a browser or Node pays per part, so a mail of 300,000 short lines held the worker for
 * seconds. This one copies the lines into one buffer: linear in the bytes, whatever the lines.
 * Same contract: `update(line)` per line without its break, `finalize()` gives the lines each
 * followed by "\n".
 */
export default class PassThroughDecoder {
  chunks: Uint8Array[] = [];
  #length = 0;

  update(line: Uint8Array): void {
    this.chunks.push(line);
    this.#length += line.length + 1;
  }

  finalize(): Promise<ArrayBuffer> {
    const out = new Uint8Array(this.#length);
    let at = 0;
    for (const line of this.chunks) {
      out.set(line, at);
      at += line.length;
      out[at++] = 0x0a;
    }
    this.chunks = [];
    return Promise.resolve(out.buffer);
  }
}
