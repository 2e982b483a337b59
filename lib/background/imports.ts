import type { CaptureResult, ImportResult } from '../messaging';
import { PageRead } from '../model/page-read';
import { readEml } from '../notices/eml';
import { readPastedText } from '../notices/paste';
import { loadParserData } from '../parser-data';
import type { IngestInput } from './ingest';

type Store = (input: IngestInput) => Promise<CaptureResult>;

/** Pasted notice text goes through the same pipeline as a page capture. */
export async function importText(text: string, now: number, store: Store): Promise<CaptureResult> {
  await loadParserData();
  return store({ read: PageRead.parse(readPastedText(text, now)), source: 'paste', now });
}

/**
 * Dropped .eml files, each through the same pipeline. One damaged file is reported by name and
 * does not stop the others.
 */
export async function importEmlFiles(files: ReadonlyArray<{ name: string; raw: string }>, now: number, store: Store): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  await loadParserData();
  for (const file of files) {
    try {
      const read = PageRead.safeParse(await readEml(file.raw));
      if (!read.success) {
        results.push({ name: file.name, result: null, error: `Not a readable e-mail: ${read.error.issues[0]?.message ?? 'invalid'}` });
        continue;
      }
      results.push({ name: file.name, result: await store({ read: read.data, source: 'eml', now }), error: null });
    } catch (error) {
      results.push({ name: file.name, result: null, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}
