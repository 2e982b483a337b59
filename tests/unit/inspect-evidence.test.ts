import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EvidenceJson } from '../../lib/evidence';
import { FIXTURE_DIR } from '../helpers/fixtures';

const run = promisify(execFile);

/** A fixture page saved the way a browser saves it: with the `saved from url` comment. */
function savedPage(dir: string, fixture: string, url: string, name: string): string {
  const path = join(dir, name);
  const html = readFileSync(join(FIXTURE_DIR, 'pages', fixture), 'utf8');
  writeFileSync(path, `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n${html}`);
  return path;
}

describe('npm run inspect -- --evidence DIR', () => {
  it('writes each flag\'s evidence pack as the dashboard saves it: the zip and, unpacked, every file of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-evidence-'));
    const out = join(dir, 'packs');
    const files = [
      savedPage(dir, 'performance-notification-message.html', 'https://sellercentral.amazon.com/performance/notifications', '1-notice.html'),
      savedPage(dir, 'listing-editor.html', 'https://sellercentral.amazon.com/abis/listing/edit?marketplaceID=ATVPDKIKX0DER&sku=LUM-POUR-01&asin=B0CLMR7X2Q&productType=KITCHEN', '2-editor.html'),
    ];
    const { stdout } = await run('npx', ['tsx', 'scripts/inspect.ts', '--profile', join(FIXTURE_DIR, 'profiles', 'lumora.json'), '--evidence', out, ...files], { maxBuffer: 20_000_000 });
    const output = JSON.parse(stdout);
    const flagKeys = output.flags.map((flag: { key: string }) => flag.key);
    expect(flagKeys).toEqual(['hijacked-brand-control:B0CLMR7X2Q@US', 'listing-takedown:B0CLMR7X2Q@US', 'suspicious-complainant:lumora-official.co.uk']);
    expect(output.evidence.map((pack: { flagKey: string }) => pack.flagKey)).toEqual(flagKeys);

    for (const pack of output.evidence as { flagKey: string; zip: string; dir: string; files: string[] }[]) {
      expect(pack.zip.startsWith(out) && pack.zip.endsWith('.zip'), pack.zip).toBe(true);
      const zipped = unzipSync(readFileSync(pack.zip));
      expect(Object.keys(zipped).sort(), pack.flagKey).toEqual(pack.files);
      expect(pack.files).toEqual(expect.arrayContaining(['report.html', 'notices.csv', 'evidence.json']));
      expect(pack.files.some((file) => /^letters\/[^/]+\.txt$/.test(file)), `${pack.flagKey} has letters`).toBe(true);
      // Unpacked, each file is the zip's, byte for byte.
      for (const file of pack.files) expect(Buffer.from(readFileSync(join(pack.dir, file))).equals(Buffer.from(zipped[file]!)), file).toBe(true);

      const json = EvidenceJson.parse(JSON.parse(readFileSync(join(pack.dir, 'evidence.json'), 'utf8')));
      expect(json.subject.flagKey).toBe(pack.flagKey);
      expect(json.captures.length).toBeGreaterThan(0);
      const report = readFileSync(join(pack.dir, 'report.html'), 'utf8');
      expect(report).toMatch(/^<!doctype html>/i);
      expect(report).toContain('B0CLMR7X2Q');
      const csv = readFileSync(join(pack.dir, 'notices.csv'), 'utf8').trim().split(/\r?\n/);
      expect(csv[0]).toContain('complaint_ids');
      expect(csv.length, 'the notice is a row').toBeGreaterThan(1);
      for (const letter of readdirSync(join(pack.dir, 'letters'))) expect(readFileSync(join(pack.dir, 'letters', letter), 'utf8')).toMatch(/^To: .+\r\nSubject: .+/);
    }
    const complainant = output.evidence.find((pack: { flagKey: string }) => pack.flagKey.startsWith('suspicious-complainant'));
    expect(readFileSync(join(complainant.dir, 'notices.csv'), 'utf8')).toContain('lumora-official.co.uk');
  }, 90_000);

});
