import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LUMORA_DIRECT, NORTHWIND, withAccountHeader, type HeaderAccount } from '../helpers/account-header';
import { FIXTURE_DIR } from '../helpers/fixtures';

const run = promisify(execFile);
const EDITOR = 'https://sellercentral.amazon.com/abis/listing/edit?marketplaceID=ATVPDKIKX0DER&sku=LUM-POUR-01&asin=B0CLMR7X2Q&productType=KITCHEN';

/** The listing editor saved by a browser, in the account the header shows. */
function savedEditor(dir: string, name: string, account: HeaderAccount | null): string {
  const path = join(dir, name);
  const html = readFileSync(join(FIXTURE_DIR, 'pages', 'listing-editor.html'), 'utf8');
  writeFileSync(path, `<!-- saved from url=(${String(EDITOR.length).padStart(4, '0')})${EDITOR} -->\n${account ? withAccountHeader(html, account) : html}`);
  return path;
}

describe('npm run inspect with several accounts', () => {
  it('prints each capture\'s account and each flag\'s, one flag per account', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-accounts-'));
    const files = [savedEditor(dir, 'a.html', LUMORA_DIRECT), savedEditor(dir, 'b.html', NORTHWIND), savedEditor(dir, 'c.html', null)];
    const { stdout } = await run('npx', ['tsx', 'scripts/inspect.ts', '--profile', join(FIXTURE_DIR, 'profiles', 'lumora.json'), ...files], { cwd: process.cwd(), maxBuffer: 20_000_000 });
    const output = JSON.parse(stdout);
    expect(output.captures.map((c: { account: string | null; accountName: string | null }) => [c.account, c.accountName])).toEqual([
      ['A2LUMORA0DIRECT', 'Lumora Direct'],
      ['A3NORTHWIND0EU', 'Northwind Goods'],
      [null, null],
    ]);
    const conflicts = output.flags.filter((f: { kind: string }) => f.kind === 'hijacked-brand-control');
    expect(conflicts.map((f: { key: string; account: string | null }) => [f.key, f.account])).toEqual([
      ['hijacked-brand-control:B0CLMR7X2Q@US', null],
      ['hijacked-brand-control:B0CLMR7X2Q@US;account=A2LUMORA0DIRECT', 'A2LUMORA0DIRECT'],
      ['hijacked-brand-control:B0CLMR7X2Q@US;account=A3NORTHWIND0EU', 'A3NORTHWIND0EU'],
    ]);
  }, 60_000);

  it('reads a profile file with accounts: each account meets its own brands, and a paste naming its store is its', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-accounts-'));
    const paste = join(dir, 'paste.txt');
    writeFileSync(paste, 'Hello Northwind Goods,\nWe removed ASIN: B0CLMR7X2Q because a rights owner reported that it may infringe their trademark.\nComplaint ID: 1234567890\n');
    const files = [savedEditor(dir, 'a.html', LUMORA_DIRECT), savedEditor(dir, 'b.html', NORTHWIND), paste];
    const { stdout } = await run('npx', ['tsx', 'scripts/inspect.ts', '--profile', join(FIXTURE_DIR, 'profiles', 'agency.json'), ...files], { cwd: process.cwd(), maxBuffer: 20_000_000 });
    const output = JSON.parse(stdout);
    expect(output.captures.map((c: { account: string | null }) => c.account)).toEqual(['A2LUMORA0DIRECT', 'A3NORTHWIND0EU', 'A3NORTHWIND0EU']);
    const reasons = (account: string) => output.flags.filter((f: { account: string | null }) => f.account === account).flatMap((f: { reasons: string[] }) => f.reasons);
    expect(reasons('A3NORTHWIND0EU')).toContain('brand-changed');
    expect(reasons('A3NORTHWIND0EU')).toContain('notice-removed-listing');
    expect(reasons('A2LUMORA0DIRECT')).not.toContain('brand-changed');
    expect(reasons('A2LUMORA0DIRECT')).not.toContain('notice-removed-listing');
  }, 60_000);
});
