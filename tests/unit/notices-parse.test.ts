import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoticeDraft } from '../../lib/model/notice';
import { parseNotice, type NoticeSource } from '../../lib/notices';
import { parseNoticeStrict } from '../../lib/notices/parse';

const DIR = join(process.cwd(), 'tests', 'fixtures', 'notices');

/** A .txt fixture without its leading `# ` comment block (where its shape was seen). */
function notice(name: string): string {
  const lines = readFileSync(join(DIR, name), 'utf8').split('\n');
  let start = 0;
  while (lines[start]?.startsWith('# ')) start++;
  return lines.slice(start).join('\n');
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** What each fixture must give (only the fields that matter for it; the rest is checked by zod). */
const EXPECTED: Record<string, Partial<NoticeDraft> | null> = {
  // English, by category and template
  'en-copyright-listings-removed-masked.txt': {
    category: 'ip-complaint', ipType: 'copyright', action: 'listing-removed',
    asins: [], complaintIds: [], titles: [], rightsOwnerName: null, rightsOwnerEmail: null, claimsAmazon: true, language: 'en',
  },
  'en-copyright-images-removed.txt': {
    category: 'ip-complaint', ipType: 'copyright', action: 'images-removed', asins: [], complaintIds: [], rightsOwnerEmail: null,
  },
  'en-inauthentic-listings-deactivated.txt': {
    category: 'counterfeit', ipType: 'trademark', action: 'listing-removed',
    asins: ['B0CLMR7X2Q', 'B0CLMR8Y3R'], complaintIds: ['1472583690'], trademarkNumbers: ['UK00003987412'],
    rightsOwnerName: 'Lumora Brand Holdings Ltd', rightsOwnerEmail: 'ipteam@lumora-official.co.uk', complainantDomain: 'lumora-official.co.uk',
  },
  'en-copyright-packaging-forum.txt': {
    category: 'ip-complaint', ipType: 'copyright', action: 'warning',
    asins: ['B0CLMR9Z4S'], complaintIds: ['987654321'], rightsOwnerName: 'Marta K.', rightsOwnerEmail: null,
  },
  'en-trademark-old-template.txt': {
    category: 'ip-complaint', ipType: 'trademark', action: 'listing-removed',
    asins: ['B0CLMR7X2Q', 'B0CLMR8Y3R'], complaintIds: ['2468013579'], trademarkNumbers: ['5,123,456'],
    rightsOwnerEmail: 'lumora.brand.ip@gmail.com', complainantDomain: 'gmail.com', rightsOwnerName: null, claimsAmazon: true,
  },
  'en-utility-patent-pdf-split.txt': {
    category: 'ip-complaint', ipType: 'patent', action: 'warning',
    asins: ['B0CLMR7X2Q'], titles: ['Lumora Gooseneck Pour-Over Kettle, Matte Black'], complaintIds: ['2233445566'],
    patentNumbers: ['US10123456B2'], rightsOwnerName: 'Lumora IP Holdings', rightsOwnerEmail: 'patents@lumorashop-uk.com',
    complainantDomain: 'lumorashop-uk.com', claimsAmazon: true,
  },
  'en-patent-apex.txt': {
    category: 'ip-complaint', ipType: 'patent', action: 'warning', asins: ['B0DLMR4K7T'], complaintIds: ['17309458226'], patentNumbers: [],
  },
  'en-copyright-unauthorized-reproductions.txt': {
    category: 'ip-complaint', ipType: 'copyright', action: 'listing-removed', asins: ['B0CLMR7X2Q', 'B0CLMR8Y3R'], suspiciousLinks: [],
  },
  'en-trademark-detail-page-examples.txt': {
    category: 'ip-complaint', ipType: 'trademark', action: 'warning', asins: ['B0CLMR8Y3R'], complaintIds: ['3141592653'],
    rightsOwnerName: 'Lumora Official', rightsOwnerEmail: 'brand@lumorashop-uk.com', titles: [],
  },
  'en-counterfeit-no-test-buy.txt': {
    category: 'counterfeit', ipType: 'trademark', action: 'listing-removed', complaintIds: ['5566778899'],
    titles: ['Lumora Ceramic Pour-Over Set, 600 ml'], rightsOwnerName: 'Lumora Brand Holdings Ltd', rightsOwnerEmail: 'ip@lumora-official.co.uk',
  },
  'en-trademark-inauthentic-glued.txt': {
    category: 'counterfeit', ipType: 'trademark', asins: ['B0CLMR6W1V'], complaintIds: ['7788990011'], trademarkNumbers: [],
    rightsOwnerEmail: null,
  },
  'en-buyer-inauthentic-complaint.txt': {
    category: 'counterfeit', ipType: null, action: 'listing-removed', asins: [], rightsOwnerEmail: null,
  },
  'en-selling-privileges-copyright.txt': {
    category: 'account-deactivation', ipType: 'copyright', action: 'account-deactivated',
    asins: ['B00LMR1A2B', 'B00LMR3C4D', 'B00LMR5E6F'], suspiciousLinks: [],
  },
  'en-retraction-reinstated.txt': {
    category: 'retraction', action: 'reinstated', asins: ['B0CLMR7X2Q'], complaintIds: ['1472583690'], claimsAmazon: true,
  },
  'en-account-deactivated-related-accounts.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated' },
  'en-account-deactivated-verification.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated' },
  'en-brand-registry-selling-roles.txt': { category: 'brand-registry', ipType: null, action: 'none', rightsOwnerName: null },
  'en-policy-warning-text-misuse.txt': {
    category: 'policy-warning', ipType: 'trademark', action: 'warning', asins: ['B0CLMR2H5J'],
    titles: ['Lumora-compatible replacement filter, pack of 4'],
  },
  // English tolerances
  'en-glued-fields.txt': {
    category: 'ip-complaint', ipType: 'copyright', asins: ['B0CLMR7X2Q'], titles: ['Lumora Linen Tea Towels, Set of 3'],
    complaintIds: ['1029384756'], rightsOwnerName: 'Lumora Studio', rightsOwnerEmail: 'copyright@lumora-official.co.uk', claimsAmazon: true,
  },
  'en-run-together-asins-fullwidth.txt': {
    category: 'ip-complaint', ipType: 'trademark', asins: ['B0CLMR7X2Q', 'B0CLMR8Y3R'], complaintIds: ['5647382910'],
  },
  'en-isbn-asin.txt': {
    category: 'ip-complaint', ipType: 'copyright', asins: ['0306406152', 'B0CLMR7X2Q'], skus: ['LUM-BOOK-01', 'LUM-TOWEL-03'],
    complaintIds: ['1122334455'],
  },
  'en-identity-no-complaint-id.txt': {
    category: 'ip-complaint', ipType: 'copyright', complaintIds: [], asins: ['B0CLMR9Z4S'], rightsOwnerName: 'Lumora Studio',
  },
  // Other languages
  'de-designrecht-policy-warning.txt': {
    category: 'ip-complaint', ipType: 'design', action: 'listing-removed', language: 'de', subject: 'Notice: Policy Warning',
    asins: ['B0CLMR7X2Q'], complaintIds: ['8877665544'], rightsOwnerName: 'Lumora Design GmbH', rightsOwnerEmail: 'design@lumora-official.co.uk',
  },
  'de-richtlinienwarnung-nicht-authentisch.txt': {
    category: 'counterfeit', ipType: 'trademark', action: 'listing-removed', language: 'de', subject: 'Hinweis: Richtlinienwarnung',
    complaintIds: ['6655443322'], receivedAt: day('2024-05-08'),
  },
  'de-markenrecht-produktdetailseite.txt': {
    category: 'ip-complaint', ipType: 'trademark', action: 'warning', language: 'de', trademarkNumbers: ['018234567'],
    complaintIds: ['4455667788'], rightsOwnerEmail: 'marken@lumorashop-uk.com', complainantDomain: 'lumorashop-uk.com',
  },
  'fr-droit-d-auteur.txt': {
    category: 'ip-complaint', ipType: 'copyright', action: 'listing-removed', language: 'fr', complaintIds: ['3344556677'],
    rightsOwnerName: 'Lumora Atelier SARL', receivedAt: day('2025-03-01'),
  },
  'es-marca-registrada.txt': {
    category: 'ip-complaint', ipType: 'trademark', action: 'listing-removed', language: 'es', complaintIds: ['2211003344'],
    rightsOwnerEmail: 'marcas@lumorashop-uk.com', receivedAt: day('2024-05-08'),
  },
  'it-diritto-d-autore.txt': {
    category: 'ip-complaint', ipType: 'copyright', action: 'listing-removed', language: 'it', complaintIds: ['5544332211'],
    rightsOwnerName: 'Lumora Italia S.r.l.', receivedAt: day('2025-06-12'),
  },
  'ja-trademark-listing-deleted.txt': {
    category: 'ip-complaint', ipType: 'trademark', action: 'listing-removed', language: 'ja', asins: ['B0CLMR7X2Q'],
    complaintIds: ['9988776655'], receivedAt: day('2025-03-04'), marketplace: 'JP', claimsAmazon: true,
  },
  'ja-listing-suspended-required-action.txt': {
    category: 'policy-warning', ipType: null, action: 'listing-removed', language: 'ja', asins: ['B0CLMR8Y3R'], claimsAmazon: true,
  },
  'zh-performance-notification-ip.txt': {
    category: 'ip-complaint', ipType: 'trademark', action: 'listing-removed', language: 'zh', asins: ['B0CLMR7X2Q'],
    complaintIds: ['1357924680'], rightsOwnerName: '卢莫拉品牌有限公司', rightsOwnerEmail: 'ip@lumora-official.co.uk',
    receivedAt: day('2026-06-10'), claimsAmazon: true,
  },
  'en-other-half-understood.txt': {
    category: 'other', ipType: null, action: 'none', asins: ['B0CLMR7X2Q'], skus: ['LUM-POUR-01'], claimsAmazon: true,
  },
  // Not a notice at all
  'not-a-notice-shop-page.txt': null,
};

describe('parseNotice on the notice fixtures', () => {
  it('has an expectation for every .txt fixture and a source note in each', () => {
    const fixtures = readdirSync(DIR).filter((name) => name.endsWith('.txt'));
    expect(fixtures.sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const name of fixtures) expect(readFileSync(join(DIR, name), 'utf8'), name).toMatch(/^# .*\n(# .*\n)*/);
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, () => {
      const draft = parseNoticeStrict({ text: notice(name), origin: 'paste' });
      if (expected === null) {
        expect(draft).toBeNull();
        return;
      }
      expect(draft).not.toBeNull();
      expect(NoticeDraft.safeParse(draft).success).toBe(true);
      expect(draft).toMatchObject(expected);
      // Pasted text: the sender is unknown whatever the text says.
      expect(draft!.sender).toBeNull();
      expect(draft!.senderIsAmazon).toBeNull();
    });
  }
});

describe('parseNotice by origin', () => {
  const text = notice('en-inauthentic-listings-deactivated.txt');

  it('trusts a Seller Central page and takes the marketplace and date the page gives', () => {
    const draft = parseNotice({ text, origin: 'seller-central', marketplace: 'UK', pageDate: day('2026-11-20') });
    expect(draft).toMatchObject({ senderIsAmazon: true, sender: null, marketplace: 'UK', receivedAt: day('2026-11-20') });
  });

  it('prefers the mail Date header to dates in the text and to the page date', () => {
    const draft = parseNotice({
      text: `${text}\nSent on 3 March 2025`,
      origin: 'mail',
      mail: { from: 'notice-dispute@amazon.fr', subject: 'Notice: Policy Warning', date: 'Fri, 20 Nov 2026 09:14:00 +0000' },
      pageDate: day('2020-01-01'),
    });
    expect(draft).toMatchObject({
      receivedAt: Date.parse('2026-11-20T09:14:00Z'), sender: 'notice-dispute@amazon.fr', senderIsAmazon: true, marketplace: 'FR',
      subject: 'Notice: Policy Warning',
    });
  });

  it('reads the marketplace from a country Seller Central link but not from sellercentral.amazon.com', () => {
    const links = [{ href: 'https://sellercentral.amazon.com/gp/help/external/201361070', text: 'policy' }];
    expect(parseNotice({ text, origin: 'paste', links })?.marketplace).toBeNull();
    const de = [...links, { href: 'https://sellercentral.amazon.de/performance/dashboard', text: 'Kontozustand' }];
    expect(parseNotice({ text, origin: 'paste', links: de })?.marketplace).toBe('DE');
    const jp = [{ href: 'https://sellercentral-japan.amazon.com/performance/dashboard', text: 'アカウント健全性' }];
    expect(parseNotice({ text, origin: 'paste', links: jp })?.marketplace).toBe('JP');
    const lookalike = [{ href: 'https://sellercentral.amazon.de.evil.example/performance', text: 'x' }];
    expect(parseNotice({ text, origin: 'paste', links: lookalike })?.marketplace).toBeNull();
  });

  it('never names an Amazon address or a placeholder as the rights owner', () => {
    const draft = parseNotice({
      text: 'Hello,\nA rights owner reported that your listing may infringe their copyright:\n-- [email protected]\n-- notice-dispute@amazon.com\n\nASIN: B0CLMR7X2Q\nComplaint ID: 1234567890',
      origin: 'paste',
    });
    expect(draft).toMatchObject({ rightsOwnerName: null, rightsOwnerEmail: null, complainantDomain: null });
  });

  it('half-understood notice text comes back as category other, random text as null', () => {
    expect(parseNotice({ text: 'ASIN: B0CLMR7X2Q\nComplaint ID: 1234567890', origin: 'paste' })).toMatchObject({
      category: 'other', action: 'none', asins: ['B0CLMR7X2Q'], complaintIds: ['1234567890'],
    });
    for (const text of ['', '   \n\n', 'Weekly newsletter: Amazon shares rose 2% today.', 'Copyright 2026 Lumora. All rights reserved.']) {
      expect(parseNotice({ text, origin: 'paste' }), text).toBeNull();
    }
  });

  it('does not take a label from inside a word or a generic label from inside prose', () => {
    const draft = parseNotice({
      text: 'Hello,\nWe removed some of your listings because a rights owner reported that they may infringe the rights owner\'s copyright.\nSubtitle: not a title\nThe Brand name: Lumora\nASIN: B0CLMR7X2Q',
      origin: 'paste',
    });
    expect(draft?.titles).toEqual([]);
    expect(draft?.rightsOwnerName).toBeNull();
  });
});
