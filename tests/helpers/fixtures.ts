import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Fixture folder, from the project root (tests run from there; happy-dom replaces URL/import.meta.url). */
export const FIXTURE_DIR = join(process.cwd(), 'tests', 'fixtures');

export function fixture(path: string): string {
  return readFileSync(join(FIXTURE_DIR, path), 'utf8');
}
