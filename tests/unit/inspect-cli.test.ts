import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../helpers/fixtures';

const run = promisify(execFile);

/** A fixture page saved the way a browser saves it: with the `saved from url` comment. */
function savedPage(dir: string, fixture: string, url: string, name: string): string {
  const path = join(dir, name);
  const html = readFileSync(join(FIXTURE_DIR, 'pages', fixture), 'utf8');
  writeFileSync(path, `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n${html}`);
  return path;
}

async function inspect(...args: string[]) {
  const { stdout } = await run('npx', ['tsx', 'scripts/inspect.ts', ...args], { cwd: process.cwd(), maxBuffer: 20_000_000 });
  return JSON.parse(stdout);
}

describe('npm run inspect', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inspect-'));
  const profile = join(FIXTURE_DIR, 'profiles', 'lumora.json');

  it('follows the extension: takedown then retraction, a brand conflict, a brand-named complainant', async () => {
    const files = [
      savedPage(dir, 'performance-notification-message.html', 'https://sellercentral.amazon.com/performance/notifications', '1-notice.html'),
      savedPage(dir, 'performance-notification-retraction.html', 'https://sellercentral.amazon.com/performance/notifications', '2-retraction.html'),
      savedPage(dir, 'listing-editor.html', 'https://sellercentral.amazon.com/abis/listing/edit?marketplaceID=ATVPDKIKX0DER&sku=LUM-POUR-01&asin=B0CLMR7X2Q&productType=KITCHEN', '3-editor.html'),
    ];
    const output = await inspect('--profile', profile, ...files);
    expect(output.captures.map((c: { status: string; pageKind: string }) => `${c.pageKind} ${c.status}`)).toEqual([
      'performance-notifications interpreted',
      'performance-notifications interpreted',
      'listing-editor interpreted',
    ]);
    expect(output.captures[0].notices[0]).toMatchObject({
      category: 'ip-complaint',
      ipType: 'trademark',
      complaintIds: ['1472583690'],
      asins: ['B0CLMR7X2Q'],
      complainantDomain: 'lumora-official.co.uk',
      trademarkNumbers: ['UK00003987412'],
      senderIsAmazon: true,
      marketplace: 'US',
    });
    expect(output.captures[1].notices[0]).toMatchObject({ category: 'retraction', complaintIds: ['1472583690'] });
    expect(output.captures[2].listings[0].conflicts).toContainEqual({ attribute: 'brand', merchant: expect.any(String), amazon: expect.any(String), code: '8541' });
    const flags = output.flags.map((f: { key: string; label: string; state: string }) => `${f.key} (${f.label}) ${f.state}`);
    expect(flags).toEqual([
      'hijacked-brand-control:B0CLMR7X2Q@US (B0CLMR7X2Q · US) open',
      'listing-takedown:B0CLMR7X2Q@US (B0CLMR7X2Q · US) resolved',
      'suspicious-complainant:lumora-official.co.uk (lumora-official.co.uk) open',
    ]);
    expect(output.flags[0].subject).toEqual({ asin: 'B0CLMR7X2Q', marketplace: 'US' });
  }, 60_000);

  it('reports a file it does not understand, and exits 2 only for bad arguments or unreadable files', async () => {
    const junk = join(dir, 'junk.bin');
    writeFileSync(junk, 'not a notice');
    const output = await inspect(junk);
    expect(output.captures[0]).toMatchObject({ file: junk, status: 'failed' });
    await expect(run('npx', ['tsx', 'scripts/inspect.ts', join(dir, 'missing.html')])).rejects.toMatchObject({ code: 2 });
    await expect(run('npx', ['tsx', 'scripts/inspect.ts'])).rejects.toMatchObject({ code: 2 });
    await expect(run('npx', ['tsx', 'scripts/inspect.ts', '--nope', junk])).rejects.toMatchObject({ code: 2 });
  }, 300_000); // four cold CLI starts: a hang guard on a loaded machine
});
