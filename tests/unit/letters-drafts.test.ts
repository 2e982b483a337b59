import { describe, expect, it } from 'vitest';
import { draftLetters, type Letter } from '../../lib/letters';
import { noticeDisputeAddress } from '../../lib/marketplaces';
import { ASIN, COMPLAINT_ID, DOMAIN, evidenceInput, notice, TITLE, UK_MARK } from './evidence-fixture';

const byKind = (letters: Letter[], kind: Letter['kind']) => letters.filter((letter) => letter.kind === kind);

describe('letter drafts', () => {
  const letters = draftLetters(evidenceInput());

  it('drafts a retraction request, an appeal and a host takedown; no counter-notice for a trademark complaint', () => {
    expect(letters.map((letter) => letter.id)).toEqual(['retraction-1', 'appeal-us', `host-takedown-${DOMAIN}`]);
  });

  it('fills every fact from the records, exactly', () => {
    for (const letter of letters) {
      for (const value of [COMPLAINT_ID, ASIN, '12 March 2026']) expect(letter.body, `${letter.id}: ${value}`).toContain(value);
      expect(letter.body).toContain(TITLE);
      expect(letter.body).toContain('Amazon.com (US)');
      expect(letter.guidanceZh).toMatch(/[\u4e00-\u9fff]/);
    }
    const [retraction] = byKind(letters, 'retraction');
    expect(retraction!.to).toBe(`ip@${DOMAIN}`);
    expect(retraction!.subject).toBe(`Request to retract complaint ${COMPLAINT_ID} (ASIN ${ASIN})`);
    expect(retraction!.body).toContain('Dear Lumora Official Ltd,');
    expect(retraction!.body).toContain(`trademark number cited: ${UK_MARK}`);
    expect(retraction!.body).toContain('first seen on 15 January 2024, 604 days before the domain lumora-official.co.uk was registered (10 September 2025)');
    expect(retraction!.body).toContain('We own trademark USPTO 97123456 for Lumora.');
    expect(retraction!.body).toContain('notice-retraction@amazon.com');
  });

  it('appeals at the marketplace notice-dispute address and names the Account Health Appeal path', () => {
    const [appeal] = byKind(letters, 'appeal');
    expect(appeal!.to).toBe('notice-dispute@amazon.com');
    expect(appeal!.subject).toBe(`Dispute of Complaint ID ${COMPLAINT_ID} - ASIN ${ASIN}`);
    expect(appeal!.body).toContain(`https://www.amazon.com/dp/${ASIN}`);
    expect(appeal!.body).toContain(`${UK_MARK}, a UKIPO registration`);
    expect(appeal!.howToSend).toContain('Received Intellectual Property Complaints');
    expect(appeal!.howToSend).toContain('"Appeal"');
    expect(appeal!.guidanceZh).toContain('账户状况');
  });

  it('knows the dispute address of each marketplace', () => {
    expect(noticeDisputeAddress('UK')).toBe('notice-dispute@amazon.co.uk');
    expect(noticeDisputeAddress('DE')).toBe('notice-dispute@amazon.de');
    expect(noticeDisputeAddress('JP')).toBe('notice-dispute@amazon.co.jp');
    expect(noticeDisputeAddress('MX')).toBe('notice-dispute@amazon.com.mx');
    expect(noticeDisputeAddress('AU')).toBe('notice-dispute@amazon.com.au');
    expect(noticeDisputeAddress(null)).toMatch(/^\[/);
    const uk = draftLetters(evidenceInput({ notices: [notice({ marketplace: 'UK' })] }));
    expect(byKind(uk, 'appeal')[0]!.to).toBe('notice-dispute@amazon.co.uk');
    expect(byKind(uk, 'appeal')[0]!.body).toContain(`https://www.amazon.co.uk/dp/${ASIN}`);
  });

  it('addresses the takedown to the registrar known from RDAP, else leaves a placeholder', () => {
    const [takedown] = byKind(letters, 'host-takedown');
    expect(takedown!.to).toContain('Namecheap, Inc.');
    expect(takedown!.body).toContain('registered 10 September 2025 through Namecheap, Inc.');
    const unknown = byKind(draftLetters(evidenceInput({ domainAges: [] })), 'host-takedown')[0]!;
    expect(unknown.to).toBe(`[Abuse e-mail of the host or registrar of ${DOMAIN}]`);
    expect(unknown.body).not.toContain('604 days');
  });

  it('adds the DMCA counter-notice outline for a copyright complaint, with every element', () => {
    const copyright = draftLetters(evidenceInput({ notices: [notice({ ipType: 'copyright', trademarkNumbers: [] })] }));
    const [outline] = byKind(copyright, 'counter-notice');
    expect(outline).toBeDefined();
    expect(outline!.body).toContain(`(ASIN ${ASIN}) at https://www.amazon.com/dp/${ASIN}`);
    expect(outline!.body).toContain(`Complaint ID ${COMPLAINT_ID} of 12 March 2026`);
    expect(outline!.body).toMatch(/under penalty of perjury, that I have a good faith belief/);
    expect(outline!.body).toContain('[Your full legal name]');
    expect(outline!.body).toContain('[Your telephone number]');
    expect(outline!.body).toMatch(/consent to the jurisdiction of the Federal District Court/);
    expect(outline!.body).toContain('[Your physical or electronic signature]');
    expect(outline!.guidanceZh).toContain('律师');
  });

  it('leaves placeholders only for what the records cannot know', () => {
    const sparse = draftLetters(evidenceInput({ notices: [notice({ rightsOwnerEmail: null, rightsOwnerName: null })], profile: { brands: [], sellerIds: [] } }));
    const [retraction] = byKind(sparse, 'retraction');
    expect(retraction!.to).toBe('[Rights owner e-mail address, from the notice]');
    expect(retraction!.body).toContain('Dear [Rights owner name],');
    expect(retraction!.body).toContain(COMPLAINT_ID);
  });

  it('drafts nothing for a notice proven not to come from Amazon, nor for a retraction', () => {
    expect(draftLetters(evidenceInput({ notices: [notice({ senderIsAmazon: false })] }))).toEqual([]);
    expect(draftLetters(evidenceInput({ notices: [notice({ category: 'retraction', action: 'reinstated' })] }))).toEqual([]);
  });
});
