import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BrandSentryDb } from '../lib/db';
import { findEvidence, savedEvidencePack } from '../lib/evidence';

export interface WrittenPack {
  flagKey: string;
  /** The zip, as the dashboard saves it. */
  zip: string;
  /** The same files unpacked: report.html, notices.csv, evidence.json, letters/, screenshots/. */
  dir: string;
  files: string[];
}

/**
 * `inspect --evidence DIR`: the evidence pack of every flag the files raised, built from the
 * database by the dashboard's own path (findEvidence, then savedEvidencePack), written as the
 * zip the seller would attach and, beside it, unpacked, so support can open each file.
 */
export async function writeEvidencePacks(db: BrandSentryDb, outDir: string, generatedAt: number): Promise<WrittenPack[]> {
  await mkdir(outDir, { recursive: true });
  const written: WrittenPack[] = [];
  const keys = (await db.flags.toArray()).map((flag) => flag.key).sort();
  for (const key of keys) {
    const input = await findEvidence(db, { kind: 'flag', key }, { language: 'en', generatedAt });
    if (!input) continue;
    const { name, pack, zip } = await savedEvidencePack(input);
    // Two flags can share a label (a takedown and a brand-control flag on one listing): the key's kind keeps them apart.
    const base = `${name.replace(/\.zip$/, '')}-${key.slice(0, key.indexOf(':'))}`;
    const zipPath = join(outDir, `${base}.zip`);
    const dir = join(outDir, base);
    await writeFile(zipPath, zip);
    for (const [path, bytes] of Object.entries(pack.files)) {
      const target = join(dir, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, bytes);
    }
    written.push({ flagKey: key, zip: zipPath, dir, files: Object.keys(pack.files).sort() });
  }
  return written;
}
