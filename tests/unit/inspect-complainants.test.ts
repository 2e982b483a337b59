import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../helpers/fixtures';

const run = promisify(execFile);

/**
 * A takedown notice as an .eml, in the shape of Amazon's trademark notices (the
 * opening, "Why did this happen?", the rights owner's contact block, then the ASIN,
 * Infringement type, Trademark number and Complaint ID fields), sent from notice-dispute@amazon.com.
 * Written for this test; the complainants are invented.
 */
function notice(dir: string, name: string, owner: { name: string; email: string }, fields: { asin: string; complaintId: string; trademark?: string; date: string }): string {
  const path = join(dir, `${name}.eml`);
  writeFileSync(
    path,
    [
      'From: "Amazon Seller Performance" <notice-dispute@amazon.com>',
      'To: seller@lumora.com',
      'Subject: Notice: Policy Warning',
      `Date: ${fields.date}`,
      `Message-ID: <${name}@amazon.com>`,
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Hello,',
      '',
      "We removed some of your listings because a rights owner reported that they may infringe the rights owner's trademark.",
      '',
      'Why did this happen?',
      '',
      "These are the rights owner's contact details:",
      `-- ${owner.name}`,
      `-- ${owner.email}`,
      '',
      `ASIN: ${fields.asin}`,
      'Infringement type: Trademark',
      ...(fields.trademark ? [`Trademark number: ${fields.trademark}`] : []),
      `Complaint ID: ${fields.complaintId}`,
      '',
    ].join('\r\n'),
  );
  return path;
}

describe('npm run inspect --profile: who is behind each complaint', () => {
  it('flags brand-named, look-alike, freemail, foreign-mark, own-mark and campaign complainants, and not the legitimate one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'complainants-'));
    // The seller's inventory (US) first, so the complaints' listings have a marketplace.
    const inventory = join(dir, '0-inventory.html');
    const url = 'https://sellercentral.amazon.com/inventory';
    writeFileSync(inventory, `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n${readFileSync(join(FIXTURE_DIR, 'pages', 'inventory-legacy.html'), 'utf8')}`);
    const date = (day: number) => `${day} Nov 2026 09:00:00 +0000`;
    const files = [
      inventory,
      notice(dir, '1-brand-named', { name: 'Lumora Brand Holdings Ltd', email: 'ipteam@lumora-official.co.uk' }, { asin: 'B0CLMR7X2Q', complaintId: '1472583690', date: date(2) }),
      notice(dir, '2-lookalike', { name: 'Lumorra Legal', email: 'legal@lumorra.com' }, { asin: 'B0CLMR8Y3R', complaintId: '1472583691', date: date(3) }),
      notice(dir, '3-freemail', { name: 'Lumora Official Store', email: 'lumora.brand.ip@gmail.com' }, { asin: 'B0CLMR9Z4S', complaintId: '1472583692', date: date(4) }),
      notice(dir, '4-foreign-mark', { name: 'Brightpeak Holdings Ltd', email: 'ip@brightpeak-holdings.co.uk' }, { asin: 'B0CLMS0A5T', complaintId: '1472583693', trademark: 'UK00003987412', date: date(5) }),
      notice(dir, '5-own-mark', { name: 'Northgate IP Services', email: 'claims@northgate-ip.com' }, { asin: 'B0CLMR7X2Q', complaintId: '1472583694', trademark: '6123456', date: date(6) }),
      ...['B0CLMR7X2Q', 'B0CLMR8Y3R', 'B0CLMR9Z4S'].map((asin, i) =>
        notice(dir, `6-campaign-${i}`, { name: 'Vexora Trading Co', email: 'brand@vexora-trading.com' }, { asin, complaintId: `147258370${i}`, date: date(10 + i * 3) }),
      ),
      notice(dir, '7-legitimate', { name: 'Zentrix Audio Inc.', email: 'legal@zentrixaudio.com' }, { asin: 'B0CLMS0A5T', complaintId: '1472583710', trademark: '5,987,654', date: date(20) }),
    ];
    const { stdout } = await run('npx', ['tsx', 'scripts/inspect.ts', '--profile', join(FIXTURE_DIR, 'profiles', 'lumora.json'), ...files], { maxBuffer: 20_000_000 });
    const output = JSON.parse(stdout);
    expect(output.captures.every((c: { status: string }) => c.status === 'interpreted')).toBe(true);
    const complainants = Object.fromEntries(
      output.flags
        .filter((f: { kind: string }) => f.kind === 'suspicious-complainant')
        .map((f: { label: string; reasons: string[] }) => [f.label, [...f.reasons].sort()]),
    );
    expect(complainants).toEqual({
      'lumora-official.co.uk': ['brand-named-domain'],
      'lumorra.com': ['lookalike-domain'],
      'lumora.brand.ip@gmail.com': ['freemail-domain'],
      'brightpeak-holdings.co.uk': ['foreign-trademark'],
      'northgate-ip.com': ['own-trademark-asserted'],
      'vexora-trading.com': ['repeat-complainant'],
    });
  }, 60_000);
});
