// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { App } from '../../entrypoints/popup/App';
import { ingest } from '../../lib/background/ingest';
import { database } from '../../lib/db';
import type { MessageInput } from '../../lib/messaging';
import type { Flag } from '../../lib/model/flag';
import { nextStep } from '../../lib/next-step';
import { pageRead } from '../helpers/reads';
import { until } from '../helpers/until';

const sent: MessageInput[] = [];
vi.mock('../../lib/send', () => ({
  sendToBackground: async (message: MessageInput) => {
    sent.push(message);
    return { ok: true, saved: true };
  },
}));

function mount() {
  const root = document.createElement('main');
  document.body.append(root);
  render(
    <I18nProvider>
      <App />
    </I18nProvider>,
    root,
  );
  return root;
}

function flag(overrides: Partial<Flag>): Flag {
  return {
    key: 'k', kind: 'listing-takedown', severity: 'high', subject: {}, marketplace: 'US', reasons: ['notice-removed-listing'], findings: [], evidence: [],
    firstSeen: 1, lastSeen: 1, resolvedBy: null, state: 'open', stateChangedAt: 1, acknowledgedLastSeen: null, ...overrides,
  } as Flag;
}

describe('the next step of every flag', () => {
  const none = new Set<string>();
  it('a takedown from a notice: the retraction request; from an Account Health row: the appeal', () => {
    const fromNotice = flag({ key: 'listing-takedown:B0CLMR7X2Q@US', subject: { asin: 'B0CLMR7X2Q', marketplace: 'US' }, findings: [{ reason: 'notice-removed-listing', facts: { complaintId: '1472583690' } }] });
    expect(nextStep(fromNotice, none)).toEqual({ action: 'draft-retraction', href: '#/flag/listing-takedown%3AB0CLMR7X2Q%40US?focus=letters', external: false });
    const fromRow = flag({ subject: { asin: 'B0CLMRBC22', marketplace: 'US' }, findings: [{ reason: 'account-health-listing-removed', facts: { status: 'Listing removed' } }] });
    expect(nextStep(fromRow, none)).toMatchObject({ action: 'draft-appeal', href: '#/flag/k?focus=appeal' });
  });

  it('a complainant: its domain age until known, then the retraction request; a freemail sender: the retraction request', () => {
    const complainant = flag({ key: 'suspicious-complainant:x.co.uk', kind: 'suspicious-complainant', subject: { domain: 'x.co.uk' } });
    expect(nextStep(complainant, none)).toMatchObject({ action: 'check-domain-age', href: '#/flag/suspicious-complainant%3Ax.co.uk?focus=domain-age' });
    expect(nextStep(complainant, new Set(['x.co.uk'])).action).toBe('draft-retraction');
    expect(nextStep(flag({ kind: 'suspicious-complainant', subject: { address: 'x@gmail.com' } }), none).action).toBe('draft-retraction');
  });

  it('brand control: the listing on its own store, or Brand Registry for a brand; a fake notice: forwarded to Amazon', () => {
    expect(nextStep(flag({ kind: 'hijacked-brand-control', subject: { asin: 'B0CLMR7X2Q', marketplace: 'UK' } }), none)).toEqual({ action: 'open-listing', href: 'https://www.amazon.co.uk/dp/B0CLMR7X2Q', external: true });
    expect(nextStep(flag({ kind: 'hijacked-brand-control', subject: { brand: 'Lumora' } }), none).action).toBe('report-violation');
    expect(nextStep(flag({ kind: 'spoofed-notice', subject: { domain: 'fake.support' } }), none)).toEqual({ action: 'report-phishing', href: 'mailto:stop-spoofing@amazon.com', external: true });
  });
});

describe('the popup\'s first minute', () => {
  beforeEach(async () => {
    sent.length = 0;
    await database().delete();
    await database().open();
    document.body.innerHTML = '';
  });
  afterEach(() => render(null, document.body));

  it('with no brand profile, asks for it with the brands Brand Registry showed, and names the next page', async () => {
    await database().brandRoles.bulkPut([
      { key: 'lumora|Administrator', brand: 'Lumora', role: 'Administrator', present: true, firstSeenAt: 1, lastSeenAt: 1, lastCaptureId: 'c' },
      { key: 'ostrava|Reseller', brand: 'Ostrava', role: 'Reseller', present: true, firstSeenAt: 1, lastSeenAt: 1, lastCaptureId: 'c' },
    ] as any);
    await ingest(database(), { read: pageRead({ pageKind: 'brand-registry', url: 'https://brandregistry.amazon.com/brands', marketplace: null }), source: 'auto', now: Date.UTC(2026, 10, 20) });
    const root = mount();
    await until(() => !!root.querySelector('.setup'), 'the brand question');
    expect(root.querySelector('.setup h2')!.textContent).toBe('Which brand is yours?');
    const buttons = [...root.querySelectorAll('.setup button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Protect Lumora']); // a reseller's brand is not theirs
    expect(root.querySelector('.next-page a')!.textContent).toBe('Next: Open Account Health');
    expect(root.textContent).toContain('What Brand Sentry watches');
    (root.querySelector('.setup button') as HTMLButtonElement).click();
    await until(() => sent.length === 1, 'the profile saved');
    expect(sent[0]).toEqual({ type: 'UItoBG.saveProfile', profile: { brands: [{ name: 'Lumora' }] } });
    await until(() => root.querySelector('.setup h2')!.textContent === 'Saved: Lumora.', 'the confirmation');
  });

  it('with a profile and a capture, no question and no guide: each open flag has its step button', async () => {
    await database().profile.put({ id: 'me', account: null, profile: { brands: [{ name: 'Lumora', aliases: [], officialDomains: [], trademarks: [], marketplaces: [], firstSaleDate: null, authorizedSellers: [] }], sellerIds: [] }, updatedAt: 1 });
    await ingest(database(), { read: pageRead(), source: 'auto', now: Date.UTC(2026, 10, 20) });
    await database().flags.put(flag({ key: 'suspicious-complainant:x.co.uk', kind: 'suspicious-complainant', subject: { domain: 'x.co.uk' }, reasons: ['brand-named-domain'] }));
    const root = mount();
    await until(() => !!root.querySelector('.flag .next-step'), 'the flag');
    expect(root.querySelector('.setup')).toBeNull();
    expect(root.querySelector('.empty')).toBeNull();
    const step = root.querySelector('.flag .next-step')!;
    expect(step.textContent).toBe('Check the domain’s age');
    expect(step.getAttribute('href')).toMatch(/dashboard\.html#\/flag\/suspicious-complainant%3Ax\.co\.uk\?focus=domain-age$/);
    expect(step.getAttribute('aria-label')).toBe('Check the domain’s age: Suspicious complainant x.co.uk');
  });
});
