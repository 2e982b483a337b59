import { describe, expect, it } from 'vitest';
import { NoticeDraft } from '../../lib/model/notice';
import { parseNoticeStrict } from '../../lib/notices/parse';
import { interpret } from '../../lib/interpret';
import { PageRead } from '../../lib/model/page-read';
import { readEml } from '../../lib/notices/eml';
import { realEml, realNotice, realNoticeNames, realNoticeSource } from '../helpers/real-notices';

/**
 * What a careful human reads from each real-world notice (tests/fixtures/notices/real/): the
 * category, the IP type, what Amazon did, the language, and the fields it names. Masked values
 * ("*****", "。。。", "xxxx", "●●●●") are read as absent.
 */
type Expected = Pick<NoticeDraft, 'category' | 'ipType' | 'action' | 'language'> & Partial<NoticeDraft>;

const none = { asins: [], complaintIds: [] };

export const REAL_EXPECTED: Record<string, Expected> = {
  // English: account deactivations, IP and not
  'en-deactivated-excessive-contacts.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated', language: 'en' },
  'en-deactivated-permanently-restricted.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated', language: 'en' },
  'en-deactivated-inauthentic-complaints.txt': {
    category: 'account-deactivation', ipType: 'other', action: 'account-deactivated', language: 'en', asins: ['B0DLMR3Q8W', 'B0DLMR5T2K'],
  },
  'en-related-account-privileges-removed.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated', language: 'en' },
  'en-deactivated-verification-forum.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated', language: 'en' },
  'en-related-account-bsa-blog.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated', language: 'en' },
  'en-privileges-removed-counterfeit-ja-blog.txt': { category: 'account-deactivation', ipType: 'other', action: 'account-deactivated', language: 'en' },
  'en-privileges-removed-complaint-type-glued.txt': {
    category: 'account-deactivation', ipType: 'copyright', action: 'account-deactivated', language: 'en',
    asins: ['B00LMR2W3X', 'B00LMR4Y5Z', 'B00LMR6A7B'],
  },
  'en-spaces-lost-inauthentic.txt': {
    category: 'account-deactivation', ipType: 'other', action: 'account-deactivated', language: 'en',
    asins: ['B0DLMR1A2B', 'B0DLMR3C4D', 'B0DLMR5E6F'],
  },
  'en-may-not-sell-complaints.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated', language: 'en' },
  // English: rights-owner complaints, counterfeit, buyer complaints, appeal replies
  'en-copyright-glued-masked.txt': {
    category: 'ip-complaint', ipType: 'copyright', action: 'listing-removed', language: 'en', ...none, titles: [], rightsOwnerEmail: null,
  },
  'en-copyright-packaging-alleging.txt': {
    category: 'ip-complaint', ipType: 'copyright', action: 'warning', language: 'en', asins: ['B0DLMR8N4C'],
    rightsOwnerName: 'Petra L.', rightsOwnerEmail: 'petra.l@lumora-studio.in', complainantDomain: 'lumora-studio.in',
  },
  'en-unauthorized-reproductions-zh-preface.txt': {
    category: 'ip-complaint', ipType: 'copyright', action: 'listing-removed', language: 'en', asins: ['B0DLMR9P3F'], suspiciousLinks: [],
  },
  'en-inauthentic-rights-owner-glued-address.txt': {
    category: 'counterfeit', ipType: 'trademark', action: 'listing-removed', language: 'en', rightsOwnerEmail: null,
  },
  'en-buyer-inauthentic-masked-asin.txt': { category: 'counterfeit', ipType: null, action: 'listing-removed', language: 'en', asins: [] },
  'en-buyer-complaint-listing-still-active.txt': {
    category: 'policy-warning', ipType: null, action: 'warning', language: 'en', asins: ['B0DLMR2Y3Z'], titles: ['Lumora Toy Kettle'],
  },
  'en-reinstated-selling-privileges.txt': { category: 'retraction', ipType: null, action: 'reinstated', language: 'en' },
  'en-appeal-reply-authenticity-forum.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated', language: 'en' },
  'en-appeal-reply-not-accepted.txt': { category: 'ip-complaint', ipType: 'other', action: 'warning', language: 'en' },
  // English: patents (old template, neutral evaluation / APEX)
  'en-pdf-split-utility-patent.txt': {
    category: 'ip-complaint', ipType: 'patent', action: 'warning', language: 'en', ...none, patentNumbers: [], rightsOwnerEmail: null,
  },
  'en-neutral-patent-evaluation.txt': { category: 'ip-complaint', ipType: 'patent', action: 'warning', language: 'en', asins: ['B0DLMR7U8V'], patentNumbers: [] },
  'en-neutral-evaluation-us-patent-no.txt': {
    category: 'ip-complaint', ipType: 'patent', action: 'warning', language: 'en', asins: ['B0DLMR9W1X'], patentNumbers: ['10987654'],
  },
  // English: phishing without headers (pasted): claims to be Amazon, sends the reader off Amazon
  'en-phishing-greetings-amazon-services.txt': {
    category: 'other', ipType: null, action: 'none', language: 'en', claimsAmazon: true,
    suspiciousLinks: ['https://sellercentral-amazon.billing-update-center.com/signin?ref=balance'],
  },
  'en-phishing-verification-72-hours.txt': {
    category: 'other', ipType: null, action: 'none', language: 'en', claimsAmazon: true, suspiciousLinks: ['https://sc-verify-account.me/seller/verification'],
  },
  'en-temporarily-deactivated-might-be-fake.txt': { category: 'account-deactivation', ipType: 'trademark', action: 'account-deactivated', language: 'en' },
  'en-sa-inauthentic-complaints-forum.txt': {
    category: 'account-deactivation', ipType: 'other', action: 'account-deactivated', language: 'en', marketplace: 'SA',
  },
  // English phishing by e-mail: the sender's domain is not Amazon's and the link leads off Amazon
  'en-phishing-identity-verification.eml': {
    category: 'other', ipType: null, action: 'none', language: 'en', claimsAmazon: true, senderIsAmazon: false,
    sender: 'verification@f3dven-amazon.com', suspiciousLinks: ['https://sellercentral.f3dven-amazon.com/verification/start'],
  },
  // English: Amazon's answers after an appeal or a retraction
  'en-appeal-more-info-counterfeit-test-buy.txt': {
    category: 'counterfeit', ipType: null, action: 'listing-removed', language: 'en', asins: ['B0DLMR4H6J'], complaintIds: [],
  },
  'en-violation-cleared-appeals.eml': {
    category: 'retraction', ipType: null, action: 'reinstated', language: 'en', asins: ['B0DLMR7K2C'], complaintIds: ['1598753246'],
    sender: 'no-replies-appeals@amazon.com', senderIsAmazon: true, subject: 'Your appeal for ASIN B0DLMR7K2C',
  },
  // English: Brand Registry e-mails (a brand removed, access to Report a Violation revoked, a selling role, a user authorised)
  'en-br-brand-removed-from-registry.txt': {
    category: 'brand-registry', ipType: null, action: 'none', language: 'en', ...none, trademarkNumbers: ['98765432'], claimsAmazon: true,
  },
  'en-br-rav-access-revoked-forum-reply.txt': { category: 'brand-registry', ipType: null, action: 'none', language: 'en', ...none },
  'en-br-selling-role-invitation.txt': { category: 'brand-registry', ipType: null, action: 'none', language: 'en', ...none, claimsAmazon: true },
  'en-br-user-now-authorised.txt': {
    category: 'brand-registry', ipType: null, action: 'none', language: 'en', subject: 'You are now an authorised user of Lumora', marketplace: 'UK',
  },
  // German
  'de-marke-angebote-entfernt.txt': {
    category: 'ip-complaint', ipType: 'trademark', action: 'listing-removed', language: 'de', asins: ['B0DLMR6V1D'], complaintIds: ['7412589630'],
    rightsOwnerName: 'Lumora Brand Holdings Ltd', rightsOwnerEmail: 'marken@lumora-official.co.uk',
  },
  'de-verkaufsberechtigungen-entfernt.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated', language: 'de' },
  'de-konto-wird-geprueft.txt': { category: 'policy-warning', ipType: null, action: 'warning', language: 'de' },
  'de-designnutzungsrecht-glued-headings.txt': {
    category: 'ip-complaint', ipType: 'design', action: 'listing-removed', language: 'de', asins: ['B0DLMR2D5E'], complaintIds: ['9630258741'],
    subject: null,
  },
  'de-berechtigung-entzogen-listungen.txt': { category: 'account-deactivation', ipType: 'other', action: 'account-deactivated', language: 'de' },
  // French
  'fr-distribution-selective.txt': { category: 'ip-complaint', ipType: 'other', action: 'listing-removed', language: 'fr', rightsOwnerEmail: null },
  'fr-compte-desactive-signalements-pi.txt': { category: 'account-deactivation', ipType: 'other', action: 'account-deactivated', language: 'fr' },
  'fr-privilege-revoque-offres-annulees.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated', language: 'fr' },
  // Italian
  'it-account-disattivato-offerte-rimosse.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated', language: 'it' },
  'it-account-disattivato-sezione-3.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated', language: 'it' },
  'it-account-temporaneamente-disattivato-offerte-ritirate.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated', language: 'it' },
  'it-account-in-revisione-autenticita.txt': { category: 'policy-warning', ipType: null, action: 'warning', language: 'it', claimsAmazon: true },
  // Spanish
  'es-cuenta-desactivada-seccion-3.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated', language: 'es' },
  'es-cuenta-desactivada-variaciones-asin.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated', language: 'es' },
  // Japanese
  'ja-shohyo-cancel-old-template.txt': {
    category: 'ip-complaint', ipType: 'trademark', action: 'listing-removed', language: 'ja', asins: ['B0DLMR7G8H'], rightsOwnerEmail: null,
  },
  'ja-shohyo-sakujo-itashimashita.txt': {
    category: 'ip-complaint', ipType: 'trademark', action: 'listing-removed', language: 'ja', asins: ['B0DLMR8J9K'], complaintIds: ['8529637410'],
  },
  'ja-chizai-utagai-ichiji-teishi.txt': { category: 'policy-warning', ipType: null, action: 'listing-removed', language: 'ja', asins: ['B0DLMR4L5M'] },
  'ja-account-closed-ip.txt': {
    category: 'account-deactivation', ipType: 'other', action: 'account-deactivated', language: 'ja', asins: ['B0DLMR1N2P', 'B0DLMR3Q4R', 'B0DLMR5S6T'],
  },
  'ja-shinpan-shuppin-teishi-itashimashita.txt': {
    category: 'counterfeit', ipType: 'trademark', action: 'listing-removed', language: 'ja', asins: ['B0DLMR2T9Q'], trademarkNumbers: [], marketplace: 'JP',
  },
  'ja-chosakuken-sakujo-sasete-itadakimashita.txt': {
    category: 'ip-complaint', ipType: 'copyright', action: 'listing-removed', language: 'ja', asins: ['4065123456'], complaintIds: ['7531594862'], marketplace: 'JP',
  },
  // Chinese
  'zh-ip-removed-performance-email.txt': { category: 'ip-complaint', ipType: 'trademark', action: 'listing-removed', language: 'zh' },
  'zh-related-account-machine-translated.txt': { category: 'account-deactivation', ipType: null, action: 'account-deactivated', language: 'zh' },
  'zh-dropship-temporary-review.txt': { category: 'policy-warning', ipType: null, action: 'listing-removed', language: 'zh' },
};

/** An .eml read as the extension reads a dropped file: its headers and text part, then interpreted. */
async function emlDraft(name: string): Promise<NoticeDraft | null> {
  const read = PageRead.parse(await readEml(realEml(name)));
  return interpret(read).notices[0]?.draft ?? null;
}

describe('the real-world notice corpus', () => {
  it('has an expectation and a public source for every file', () => {
    expect(realNoticeNames()).toEqual(Object.keys(REAL_EXPECTED).sort());
    for (const name of realNoticeNames()) expect(realNoticeSource(name), name).toMatch(/^https?:\/\/\S+\.\S+/);
  });

  for (const [name, expected] of Object.entries(REAL_EXPECTED)) {
    it(name, async () => {
      const draft = name.endsWith('.eml') ? await emlDraft(name) : parseNoticeStrict({ text: realNotice(name), origin: 'paste' });
      expect(draft, name).not.toBeNull();
      expect(NoticeDraft.safeParse(draft).success).toBe(true);
      expect(draft).toMatchObject(expected);
    });
  }
});
