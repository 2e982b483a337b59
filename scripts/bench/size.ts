import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { result, type Row } from './report';

const CONTENT_SCRIPT = 'content-scripts/seller-central.js';

/** The whole extension's budget, unzipped (issue 16): a ceiling that only goes down. */
export const UNZIPPED_BUDGET_KB = 560;

/**
 * What CI holds today (tests/e2e/manifest.test.ts, the production build): the size reached so
 * far, rounded up to a whole kB. A cut that lands lowers it; nothing raises it. It stays above
 * UNZIPPED_BUDGET_KB only while the README's Budgets section says what stands in the way.
 */
export const UNZIPPED_CEILING_KB = 673;

/** Every file under `dir`, with its size in bytes. */
function files(dir: string, prefix = ''): Array<{ path: string; bytes: number }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, `${prefix}${entry.name}/`);
    return [{ path: `${prefix}${entry.name}`, bytes: statSync(path).size }];
  });
}

/**
 * What every Seller Central page pays (the content script, gzipped as the network and disk
 * caches see it: level 9 like the store's packer) and what the install costs (the unzipped
 * folder). Not timed, so measured once.
 */
export function sizeFigures(extensionDir: string): Row[] {
  const script = readFileSync(join(extensionDir, CONTENT_SCRIPT));
  const gzipped = gzipSync(script, { level: 9 }).length;
  const all = files(extensionDir);
  const total = all.reduce((sum, file) => sum + file.bytes, 0);
  const largest = [...all].sort((a, b) => b.bytes - a.bytes).slice(0, 6).map((f) => `${f.path} ${(f.bytes / 1024).toFixed(1)} kB`).join(', ');
  return [
    result({ name: 'content script gzipped', value: gzipped / 1024, unit: 'kB', budget: 8, note: `${CONTENT_SCRIPT}: ${(script.length / 1024).toFixed(1)} kB raw, ${gzipped} B gzipped` }),
    result({ name: 'extension unzipped', value: total / 1024, unit: 'kB', budget: UNZIPPED_BUDGET_KB, note: `${total} B in ${all.length} files (CI ceiling ${UNZIPPED_CEILING_KB} kB); largest: ${largest}` }),
  ];
}
