// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TILES } from '../../components/flag-groups';
import { flagUpdater } from '../../lib/background/flag-updater';
import { TabAccounts } from '../../lib/background/tab-accounts';
import { popupFlags } from '../../lib/db/queries';
import type { Flag } from '../../lib/model/flag';
import { accountSummaries } from '../../lib/overview/accounts';
import { accountsNamedIn, ingest } from '../../lib/background/ingest';
import { recomputeFlags } from '../../lib/background/recompute';
import { findEvidence } from '../../lib/evidence';
import { handleMessage, type BackgroundDeps } from '../../lib/background/router';
import { PageRead } from '../../lib/model/page-read';
import { BrandProfile } from '../../lib/model/profile';
import { accountOfRead, merchantToken } from '../../lib/accounts/identity';
import { profileResolver } from '../../lib/profiles';
import { readPage } from '../../lib/pages/read-page';
import { findPageKind } from '../../lib/pages/registry';
import { readPastedText } from '../../lib/notices/paste';
import { LUMORA_DIRECT, NORTHWIND, withAccountHeader, type HeaderAccount } from '../helpers/account-header';
import { backgroundDeps } from '../helpers/background-deps';
import { freshDb } from '../helpers/db';
import { fixture } from '../helpers/fixtures';
import { LUMORA } from '../helpers/records';
import { fromContentScriptOn, fromExtensionPage } from '../helpers/senders';

const T = Date.UTC(2026, 10, 20);
const EDITOR = 'https://sellercentral.amazon.com/abis/listing/edit/product_details?marketplaceID=ATVPDKIKX0DER&sku=LUM-POUR-01&asin=B0CLMR7X2Q&productType=KITCHEN';
const POLICIES = 'https://sellercentral.amazon.com/performance/account/health/product-policies';
const lists = { freemail: new Set<string>(), disposable: new Set<string>(), confusables: new Map() };

function load(html: string) {
  document.open();
  document.write(html);
  document.close();
}

function read(file: string, url: string, account: HeaderAccount | null): PageRead {
  const html = fixture(`pages/${file}`);
  load(account ? withAccountHeader(html, account) : html);
  const parsed = new URL(url);
  return PageRead.parse(readPage(document, parsed, findPageKind(parsed)));
}

describe('which account a page belongs to', () => {
  it('reads the merchant token and store name of the header\'s account switcher', () => {
    const page = read('listing-editor.html', EDITOR, LUMORA_DIRECT);
    expect(page.account).toEqual({ selection: 'amzn1.merchant.o.A2LUMORA0DIRECT', name: 'Lumora Direct', region: null });
    expect(accountOfRead(page)).toEqual({ id: 'A2LUMORA0DIRECT', name: 'Lumora Direct', region: null });
  });

  it('reads the store name of the older header, with no id', () => {
    expect(accountOfRead(read('listing-editor.html', EDITOR, { token: null, name: 'Lumora Direct', old: true }))).toEqual({ id: null, name: 'Lumora Direct', region: null });
  });

  it('takes the merchant from the URL when the header has none (account switcher links, bookmarks)', () => {
    const home = (url: string) => accountOfRead({ url, account: null });
    expect(home('https://sellercentral.amazon.com/home?mons_sel_mcid=amzn1.merchant.o.A3NORTHWIND0EU&mons_sel_mkid=A1PA6795UKMFR9')).toEqual({ id: 'A3NORTHWIND0EU', name: null, region: null });
    expect(home('https://sellercentral.amazon.com/merchant-picker/change-merchant?url=%2F&marketplaceId=ATVPDKIKX0DER&merchantId=A2LUMORA0DIRECT')?.id).toBe('A2LUMORA0DIRECT');
    // The header's merchant outweighs a URL's.
    expect(accountOfRead({ url: 'https://sellercentral.amazon.com/home?merchantId=A9SOMEONEELSE0', account: { selection: 'amzn1.merchant.o.A2LUMORA0DIRECT', name: null, region: null } })?.id).toBe('A2LUMORA0DIRECT');
    // Only Amazon's seller hosts say whose account a page is.
    expect(home('https://example.com/home?merchantId=A2LUMORA0DIRECT')).toBeNull();
  });

  it('says nothing when the page says nothing, and never takes an id it cannot tie to the others', () => {
    expect(read('listing-editor.html', EDITOR, null).account).toBeNull();
    expect(accountOfRead(read('listing-editor.html', EDITOR, null))).toBeNull();
    expect(merchantToken('amzn1.merchant.d.ACOXVO2RGA3E3J3DACR3YGD3GXWA')).toBeNull();
    expect(merchantToken('amzn1.merchant.o.A2LUMORA0DIRECT')).toBe('A2LUMORA0DIRECT');
    expect(merchantToken('<script>')).toBeNull();
  });

  it('reads no account off a page that is not Amazon\'s seller host, whatever its markup says', () => {
    expect(accountOfRead(read('listing-editor.html', 'https://mail.google.com/mail/u/0/#inbox', LUMORA_DIRECT))).toBeNull();
    expect(accountOfRead(read('listing-editor.html', 'https://sellercentral.amazon.com.evil.example/abis/listing/edit', LUMORA_DIRECT))).toBeNull();
  });
});

describe('two accounts in one browser', () => {
  async function setup() {
    const db = freshDb();
    await db.profile.put({ id: 'me', account: null, profile: BrandProfile.parse(LUMORA), updatedAt: T });
    let now = T;
    const deps: BackgroundDeps = backgroundDeps(db, () => (now += 1_000));
    const send = (file: string, url: string, account: HeaderAccount | null) => handleMessage({ type: 'CStoBG.pageRead', read: read(file, url, account) }, fromContentScriptOn(url), deps);
    const flags = async () => (await recomputeFlags(db, lists, now), db.flags.toArray());
    return { db, send, flags };
  }

  it('keeps the same page of two accounts apart: captures, listings, notices and flags each carry their account', async () => {
    const { db, send, flags } = await setup();
    await send('listing-editor.html', EDITOR, LUMORA_DIRECT);
    await send('listing-editor.html', EDITOR, NORTHWIND);
    await send('product-policies-en.html', POLICIES, NORTHWIND);

    expect((await db.captures.toArray()).map((c) => [c.pageKind, c.account, c.accountName]).sort()).toEqual([
      ['listing-editor', 'A2LUMORA0DIRECT', 'Lumora Direct'],
      ['listing-editor', 'A3NORTHWIND0EU', 'Northwind Goods'],
      ['product-policies', 'A3NORTHWIND0EU', 'Northwind Goods'],
    ]);
    expect((await db.accounts.toArray()).map((a) => [a.id, a.name])).toEqual([
      ['A2LUMORA0DIRECT', 'Lumora Direct'],
      ['A3NORTHWIND0EU', 'Northwind Goods'],
    ]);
    const states = await db.listingStates.toArray();
    expect(states.filter((s) => s.asin === 'B0CLMR7X2Q').map((s) => [s.listingKey, s.account]).sort()).toEqual([
      ['B0CLMR7X2Q@US/A2LUMORA0DIRECT', 'A2LUMORA0DIRECT'],
      ['B0CLMR7X2Q@US/A3NORTHWIND0EU', 'A3NORTHWIND0EU'],
    ]);
    const notices = await db.notices.toArray();
    expect(notices.length).toBeGreaterThan(0);
    expect(new Set(notices.map((n) => n.account))).toEqual(new Set(['A3NORTHWIND0EU']));

    const all = await flags();
    const byAccount = (account: string) => all.filter((flag) => flag.account === account);
    // The editor's brand conflict is each account's own flag: same listing, two keys.
    const conflict = all.filter((flag) => flag.kind === 'hijacked-brand-control' && flag.subject.asin === 'B0CLMR7X2Q');
    expect(conflict.map((flag) => [flag.key, flag.account]).sort()).toEqual([
      ['hijacked-brand-control:B0CLMR7X2Q@US;account=A2LUMORA0DIRECT', 'A2LUMORA0DIRECT'],
      ['hijacked-brand-control:B0CLMR7X2Q@US;account=A3NORTHWIND0EU', 'A3NORTHWIND0EU'],
    ]);
    // Takedowns come from Northwind's Account Health only.
    expect(byAccount('A3NORTHWIND0EU').some((flag) => flag.kind === 'listing-takedown')).toBe(true);
    expect(byAccount('A2LUMORA0DIRECT').some((flag) => flag.kind === 'listing-takedown')).toBe(false);
    // Every flag is about one account, and its evidence is that account's captures only.
    const accountOf = new Map((await db.captures.toArray()).map((c) => [c.id, c.account]));
    for (const flag of all) {
      expect(flag.subject.account).toBe(flag.account);
      for (const id of flag.evidence) expect(accountOf.get(id), `${flag.key} evidence`).toBe(flag.account);
      // Its evidence pack holds its own account's records only, though both accounts have the ASIN.
      const pack = (await findEvidence(db, { kind: 'flag', key: flag.key }))!;
      for (const row of [...pack.notices, ...pack.listingStates, ...pack.listingChanges, ...pack.captures]) expect(row.account, `${flag.key} pack`).toBe(flag.account);
    }
  });

  it('ties a page whose header shows only a known store name to that account', async () => {
    const { db, send } = await setup();
    await send('listing-editor.html', EDITOR, LUMORA_DIRECT);
    await send('product-policies-en.html', POLICIES, { token: null, name: 'Lumora Direct', old: true });
    expect((await db.captures.toArray()).map((c) => c.account)).toEqual(['A2LUMORA0DIRECT', 'A2LUMORA0DIRECT']);
  });

  it('attaches a paste to the one known store it names, to none when it names two or none, and to the seller\'s choice when the page shows no account', async () => {
    const { db, send } = await setup();
    await send('listing-editor.html', EDITOR, LUMORA_DIRECT);
    await send('listing-editor.html', EDITOR, NORTHWIND);
    const paste = (text: string, account?: string | null) => ingest(db, { read: PageRead.parse(readPastedText(text, T)), source: 'paste', now: T, account });
    const notice = 'Dear Seller,\nWe removed ASIN: B0CLMR7X2Q because a rights owner reported that it may infringe their trademark.\nComplaint ID: 1234567890';
    const named = await paste(`Hello Northwind Goods team,\n${notice}`);
    const both = await paste(`To Lumora Direct and Northwind Goods:\n${notice}1`);
    const none = await paste(`${notice}2`);
    const chosen = await paste(`${notice}3`, 'A2LUMORA0DIRECT');
    const accountOf = async (id: string) => (await db.captures.get(id))!.account;
    expect(await accountOf(named.captureId)).toBe('A3NORTHWIND0EU');
    expect(await accountOf(both.captureId)).toBeNull();
    expect(await accountOf(none.captureId)).toBeNull();
    expect(await accountOf(chosen.captureId)).toBe('A2LUMORA0DIRECT');
  });

  it('analyses each account with its own profile: a brand of one account never vouches for a listing of another', async () => {
    const { db, send, flags } = await setup();
    const deps = backgroundDeps(db, () => T);
    const saved = await handleMessage({ type: 'UItoBG.saveProfile', account: 'A3NORTHWIND0EU', profile: BrandProfile.parse({ brands: [{ name: 'Northwind' }] }) }, fromExtensionPage(), deps);
    expect(saved).toMatchObject({ ok: true });
    expect((await db.profile.toArray()).map((row) => [row.id, row.account, row.profile.brands.map((b) => b.name)]).sort()).toEqual([
      ['A3NORTHWIND0EU', 'A3NORTHWIND0EU', ['Northwind']],
      ['me', null, ['Lumora']],
    ]);
    await send('listing-editor.html', EDITOR, LUMORA_DIRECT);
    await send('listing-editor.html', EDITOR, NORTHWIND);
    const conflict = (await flags()).filter((flag) => flag.kind === 'hijacked-brand-control');
    const findings = (account: string) => conflict.filter((flag) => flag.account === account).flatMap((flag) => flag.findings);
    // Lumora is Lumora Direct's brand (the profile for all accounts); on Northwind's listing it is someone else's.
    expect(findings('A3NORTHWIND0EU')).toContainEqual({ reason: 'brand-changed', facts: expect.objectContaining({ brand: 'Lumora', expected: 'Northwind' }) });
    expect(findings('A2LUMORA0DIRECT').some((finding) => finding.reason === 'brand-changed')).toBe(false);
  });

  it('files a paste or an e-mail from the dashboard under the account the seller picks', async () => {
    const { db } = await setup();
    const deps = backgroundDeps(db, () => T);
    const notice = 'Dear Seller,\nWe removed ASIN: B0CLMR7X2Q because a rights owner reported that it may infringe their trademark.\nComplaint ID: 1234567890';
    const pasted = await handleMessage({ type: 'UItoBG.importText', text: notice, account: 'A3NORTHWIND0EU' }, fromExtensionPage(), deps);
    expect(pasted).toMatchObject({ ok: true });
    expect((await db.captures.get((pasted as { captureId: string }).captureId))!.account).toBe('A3NORTHWIND0EU');
    expect(new Set((await db.notices.toArray()).map((n) => n.account))).toEqual(new Set(['A3NORTHWIND0EU']));
    const rejected = await handleMessage({ type: 'UItoBG.importText', text: notice, account: '../me' }, fromExtensionPage(), deps);
    expect(rejected).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('gives pages that showed only a store name to the account once a page ties that name to its token', async () => {
    const { db, send, flags } = await setup();
    await send('product-policies-en.html', POLICIES, { token: null, name: 'Northwind Goods', old: true });
    expect((await db.captures.toArray()).map((c) => [c.account, c.accountName])).toEqual([[null, 'Northwind Goods']]);
    expect(new Set((await db.notices.toArray()).map((n) => n.account))).toEqual(new Set([null]));
    await send('listing-editor.html', EDITOR, NORTHWIND);
    expect((await db.captures.toArray()).map((c) => c.account)).toEqual(['A3NORTHWIND0EU', 'A3NORTHWIND0EU']);
    expect(new Set((await db.notices.toArray()).map((n) => n.account))).toEqual(new Set(['A3NORTHWIND0EU']));
    expect((await flags()).filter((f) => f.state === 'open').every((f) => f.account === 'A3NORTHWIND0EU')).toBe(true);
  });

  it('matches store names as whole words only', () => {
    const known = [{ id: 'A2LUMORA0DIRECT', account: 'A2LUMORA0DIRECT', name: 'Lumora', region: null, firstSeenAt: 0, lastSeenAt: 0 }];
    expect(accountsNamedIn('Lumora Direct wrote', known)).toHaveLength(1);
    expect(accountsNamedIn('LUMORA-official claims', known)).toHaveLength(1);
    expect(accountsNamedIn('Lumoras and Illumora', known)).toHaveLength(0);
  });
});

describe('profiles per account', () => {
  it('serves an account its own profile, else the one for all accounts, with its own merchant token as a seller ID', () => {
    const shared = BrandProfile.parse({ brands: [{ name: 'Lumora' }], sellerIds: ['A2LUMORA0DIRECT'] });
    const northwind = BrandProfile.parse({ brands: [{ name: 'Northwind' }] });
    const profileOf = profileResolver([
      { id: 'me', account: null, profile: shared, updatedAt: 0 },
      { id: 'A3NORTHWIND0EU', account: 'A3NORTHWIND0EU', profile: northwind, updatedAt: 0 },
    ]);
    expect(profileOf(null)).toEqual(shared);
    expect(profileOf('A3NORTHWIND0EU')).toEqual({ ...northwind, sellerIds: ['A3NORTHWIND0EU'] });
    expect(profileOf('A9OTHERSTORE00').brands.map((b) => b.name)).toEqual(['Lumora']);
    expect(profileOf('A9OTHERSTORE00').sellerIds).toEqual(['A2LUMORA0DIRECT', 'A9OTHERSTORE00']);
    expect(profileOf('A2LUMORA0DIRECT').sellerIds).toEqual(['A2LUMORA0DIRECT']);
  });
});

describe('switch and overview', () => {
  const flag = (key: string, account: string | null, kind: Flag['kind'], severity: Flag['severity'], state: Flag['state'] = 'open'): Flag => ({
    key, account, kind, severity, state, subject: account ? { asin: 'B0CLMR7X2Q', account } : { asin: 'B0CLMR7X2Q' }, marketplace: 'US', reasons: ['notice-removed-listing'],
    findings: [], evidence: [], firstSeen: T, lastSeen: T, resolvedBy: null, stateChangedAt: T, acknowledgedLastSeen: null,
  });
  const accounts = [
    { id: 'A2LUMORA0DIRECT', account: 'A2LUMORA0DIRECT', name: 'Lumora Direct', region: null, firstSeenAt: T, lastSeenAt: T },
    { id: 'A3NORTHWIND0EU', account: 'A3NORTHWIND0EU', name: 'Northwind Goods', region: null, firstSeenAt: T, lastSeenAt: T },
    { id: 'A4QUIETSTORE00', account: 'A4QUIETSTORE00', name: 'Quiet Store', region: null, firstSeenAt: T, lastSeenAt: T },
  ];
  const flags = [
    flag('a1', 'A2LUMORA0DIRECT', 'follow-seller', 'medium'),
    flag('a2', 'A2LUMORA0DIRECT', 'follow-seller', 'medium'),
    flag('a3', 'A2LUMORA0DIRECT', 'listing-takedown', 'high', 'resolved'),
    flag('n1', 'A3NORTHWIND0EU', 'listing-takedown', 'high'),
    flag('n2', 'A3NORTHWIND0EU', 'suspicious-complainant', 'medium'),
    flag('u1', null, 'spoofed-notice', 'low'),
  ];

  it('lists each account\'s open flags by kind and worst severity, most urgent first, quiet accounts too', () => {
    expect(accountSummaries(flags, accounts)).toEqual([
      { account: 'A3NORTHWIND0EU', name: 'Northwind Goods', open: 2, worst: 'high', kinds: [{ kind: 'listing-takedown', count: 1, worst: 'high' }, { kind: 'suspicious-complainant', count: 1, worst: 'medium' }] },
      { account: 'A2LUMORA0DIRECT', name: 'Lumora Direct', open: 2, worst: 'medium', kinds: [{ kind: 'follow-seller', count: 2, worst: 'medium' }] },
      { account: null, name: null, open: 1, worst: 'low', kinds: [{ kind: 'spoofed-notice', count: 1, worst: 'low' }] },
      { account: 'A4QUIETSTORE00', name: 'Quiet Store', open: 0, worst: null, kinds: [] },
    ]);
  });

  it('counts the popup\'s tiles for one account, or for all', async () => {
    const db = freshDb();
    await db.flags.bulkPut(flags);
    const tiles = async (account: string | null) => Object.fromEntries(Object.entries((await popupFlags(db, TILES, null, 8, account)).tiles).map(([id, tile]) => [id, tile.count]));
    expect(await tiles(null)).toEqual({ 'brand-control': 0, takedowns: 1, complainants: 2, 'follow-sellers': 2 });
    expect(await tiles('A2LUMORA0DIRECT')).toEqual({ 'brand-control': 0, takedowns: 0, complainants: 0, 'follow-sellers': 2 });
    expect((await popupFlags(db, TILES, null, 8, 'A3NORTHWIND0EU')).top.map((f) => f.key)).toEqual(['n1', 'n2']);
  });

  it('gives a tab of a known account a badge of that account\'s flags, and every other place the badge of all', async () => {
    const db = freshDb();
    await db.profile.put({ id: 'me', account: null, profile: BrandProfile.parse(LUMORA), updatedAt: T });
    const tabs = new TabAccounts();
    const deps = { ...backgroundDeps(db, () => T), tabAccounts: tabs };
    deps.afterWrite = vi.fn(flagUpdater(db, async () => lists, () => T, undefined, tabs));
    const badges = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const tab = (id: number) => ({ ...fromContentScriptOn(POLICIES), tab: { ...fromContentScriptOn().tab!, id } });
    await handleMessage({ type: 'CStoBG.pageRead', read: read('product-policies-en.html', POLICIES, NORTHWIND) }, tab(11), deps);
    await handleMessage({ type: 'CStoBG.pageRead', read: read('listing-editor.html', EDITOR, LUMORA_DIRECT) }, { ...tab(12), url: EDITOR }, deps);
    const last = (tabId: number | undefined) => badges.mock.calls.filter(([details]) => details.tabId === tabId).at(-1)?.[0].text;
    const all = (await db.flags.toArray()).filter((f) => f.state === 'open' && f.severity === 'high');
    const high = (account: string) => all.filter((f) => f.account === account).length;
    expect(high('A3NORTHWIND0EU')).toBeGreaterThan(0);
    expect(last(11)).toBe(String(high('A3NORTHWIND0EU')));
    expect(last(12)).toBe(String(high('A2LUMORA0DIRECT')));
    expect(last(undefined)).toBe(String(all.length));
    expect(last(11)).not.toBe(last(undefined));
  });
});
