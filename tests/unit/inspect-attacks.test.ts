import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const FIXTURES = join(process.cwd(), 'tests', 'fixtures');

/**
 * `npm run inspect` on the .eml, pasted and saved-page versions of the attacks: a genuine
 * takedown, then retractions written by the complainant (hidden in a saved shop page, pasted,
 * mailed from their domain), then a display-name spoof as a mail and as pasted text. The
 * takedown stays open; the fake notices are flagged.
 */
describe('npm run inspect on hostile inputs', () => {
  it('keeps the takedown open and flags the spoofed notices', async () => {
    const files = [
      'notices/en-genuine-takedown.eml',
      'attacks/hostile-shop-hidden-retraction.html',
      'attacks/hostile-shop-visible-retraction.html',
      'attacks/hostile-shop-retraction.txt',
      'attacks/hostile-shop-retraction.eml',
      'attacks/display-name-spoof.eml',
      'attacks/display-name-spoof.txt',
    ].map((file) => join(FIXTURES, file));
    const { stdout } = await run('npx', ['tsx', 'scripts/inspect.ts', ...files], { cwd: process.cwd(), maxBuffer: 20_000_000 });
    const output = JSON.parse(stdout);
    const senders = output.captures.map((capture: { notices: { category: string; senderIsAmazon: boolean | null }[] }) =>
      capture.notices.map((notice) => `${notice.category} ${String(notice.senderIsAmazon)}`).join(),
    );
    expect(senders).toEqual([
      'ip-complaint true',
      'retraction null',
      'retraction null',
      'retraction null',
      'retraction false',
      'ip-complaint false',
      'ip-complaint false',
    ]);
    const flags = output.flags.map((flag: { key: string; state: string }) => `${flag.key} ${flag.state}`).sort();
    expect(flags).toEqual([
      'listing-takedown:B0CLMR7X2Q@UK open',
      'spoofed-notice:elsewhere.example open',
      'spoofed-notice:lumora-official-shop.example open',
    ]);
  }, 120_000);
});
