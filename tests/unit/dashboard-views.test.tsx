// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../lib/db';
import type { MessageInput } from '../../lib/messaging';
import { ASIN, capture, complainantFlag, DOMAIN, domainAge, listingState, notice } from './evidence-fixture';
import { chooseFiles, mountDashboard, unmount, until } from './dashboard-helpers';

const sent: MessageInput[] = [];
const replies: Record<string, unknown> = {};
vi.mock('../../lib/send', () => ({
  sendToBackground: async (message: MessageInput) => {
    sent.push(message);
    return replies[message.type] ?? { ok: false, error: 'no reply set' };
  },
}));

const OTHER_ASIN = 'B0OTHER001';

async function seedTimeline() {
  const db = database();
  await db.notices.put(notice());
  await db.notices.put(notice({ id: 'complaint:640123456', complaintIds: ['640123456'], asins: [OTHER_ASIN], complainantDomain: 'other-claims.com', marketplace: 'DE', receivedAt: Date.UTC(2026, 3, 2), titles: [] }));
  await db.listingStates.put(listingState);
  await db.listingChanges.add({ id: `${listingState.listingKey}:brand:${'a'.repeat(64)}`, account: null, listingKey: listingState.listingKey, asin: ASIN, marketplace: 'US', field: 'brand', before: 'Lumora', after: 'LUMORA-OFFICIAL', at: Date.UTC(2026, 2, 14), captureId: 'a'.repeat(64), previousCaptureId: 'b'.repeat(64) });
  await db.brandRoleChanges.add({ id: `lumora|Administrator:lost:${'a'.repeat(64)}`, account: null, key: 'lumora|Administrator', brand: 'Lumora', role: 'Administrator', change: 'lost', at: Date.UTC(2026, 2, 15), captureId: 'a'.repeat(64) });
  await db.domainAges.put(domainAge);
}

const titles = (root: HTMLElement) => [...root.querySelectorAll('.timeline-entry .entry-title')].map((el) => el.textContent);

describe('dashboard sections', () => {
  beforeEach(async () => {
    sent.length = 0;
    for (const key of Object.keys(replies)) delete replies[key];
    await database().delete();
    await database().open();
  });
  afterEach(unmount);

  it('renders the timeline newest first across notices, listing changes, role changes and domain registrations', async () => {
    await seedTimeline();
    const root = mountDashboard('#/timeline');
    await until(() => root.querySelectorAll('.timeline-entry').length === 5, 'five events');
    expect(titles(root)).toEqual([
      'Notice: IP complaint · trademark',
      'Brand Registry role lost: Administrator for Lumora',
      `Listing ${ASIN} · US: brand changed`,
      'Notice: IP complaint · trademark',
      `Complainant's domain ${DOMAIN} registered`,
    ]);
    const times = [...root.querySelectorAll('.timeline-entry time')].map((el) => Date.parse(el.getAttribute('datetime')!));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(root.querySelector('.entry-listing-change .entry-detail')!.textContent).toBe('Lumora → LUMORA-OFFICIAL');
  });

  it('filters the timeline by ASIN, complainant, marketplace and period', async () => {
    await seedTimeline();
    const root = mountDashboard('#/timeline');
    await until(() => root.querySelectorAll('.timeline-entry').length === 5, 'five events');
    const change = (name: string, value: string) => {
      const field = root.querySelector(`[name="${name}"]`) as HTMLSelectElement | HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    };
    change('asin', OTHER_ASIN);
    await until(() => root.querySelectorAll('.timeline-entry').length === 1, 'one ASIN');
    expect(root.querySelector('.entry-detail')!.textContent).toContain('640123456');
    root.querySelector<HTMLButtonElement>('.filters button')!.click();
    await until(() => root.querySelectorAll('.timeline-entry').length === 5, 'cleared');
    change('domain', DOMAIN);
    await until(() => root.querySelectorAll('.timeline-entry').length === 2, 'one complainant');
    change('domain', '');
    change('marketplace', 'DE');
    await until(() => root.querySelectorAll('.timeline-entry').length === 1, 'one marketplace');
    change('marketplace', '');
    change('from', '2026-03-13');
    change('to', '2026-03-31');
    await until(() => root.querySelectorAll('.timeline-entry').length === 2, 'a period');
    expect(root.textContent).toContain('Showing 2 of 5 events');
    for (const label of root.querySelectorAll('.filters label')) expect(label.querySelector('select, input')).not.toBeNull();
  });

  it('starts the timeline filtered when the link says so, and exports a pack for that ASIN', async () => {
    await seedTimeline();
    const clicks: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:pack');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const root = mountDashboard(`#/timeline?asin=${ASIN}`);
    await until(() => root.querySelectorAll('.timeline-entry').length === 3, 'filtered by link');
    const button = root.querySelector<HTMLButtonElement>('.export-pack button')!;
    expect(button.textContent).toBe(`Export evidence pack for ${ASIN}`);
    button.click();
    await until(() => clicks.length === 1, 'download');
    expect(clicks[0]).toMatch(new RegExp(`^brand-sentry-evidence-${ASIN}-`));
  });

  it('lists flags and links each to its page', async () => {
    await database().flags.put(complainantFlag);
    const root = mountDashboard('#/flags');
    await until(() => !!root.querySelector('.flag-row'), 'flag row');
    expect(root.querySelector('.flag-row a')!.getAttribute('href')).toBe(`#/flag/${encodeURIComponent(complainantFlag.key)}`);
  });

  it('lists unrecognised and failed captures with their reason and re-runs one or all', async () => {
    await database().captures.bulkPut([
      capture(),
      capture({ id: 'b'.repeat(64), status: 'unrecognised', statusReason: { key: 'reason.unknownPage' }, pageKind: 'unknown' }),
      capture({ id: 'c'.repeat(64), status: 'failed', statusReason: { key: 'reason.failed', params: { detail: 'boom' } } }),
    ]);
    replies['UItoBG.reinterpret'] = { ok: true, count: 1 };
    const root = mountDashboard('#/unrecognised');
    await until(() => root.querySelectorAll('.unrecognised').length === 2, 'two captures');
    // Reasons are told in the UI language (components/said.ts).
    expect(root.textContent).toContain('no Brand Sentry reader knows this page');
    expect(root.textContent).toContain('reading it failed (boom)');
    root.querySelector<HTMLButtonElement>(`[data-capture-id="${'b'.repeat(64)}"] button`)!.click();
    await until(() => root.textContent!.includes('Captures interpreted again: 1.'), 're-run one');
    expect(sent).toEqual([{ type: 'UItoBG.reinterpret', captureIds: ['b'.repeat(64)] }]);
    root.querySelector<HTMLButtonElement>('section > button.primary')!.click();
    await until(() => sent.length === 2, 're-run all');
    expect(sent[1]).toEqual({ type: 'UItoBG.reinterpret', captureIds: null });
  });

  it('imports pasted text and .eml files and shows what became of each file', async () => {
    replies['UItoBG.importText'] = { ok: true, captureId: 'x', pageKind: 'paste', status: 'interpreted', statusReason: null, duplicate: false, recognised: true };
    replies['UItoBG.importEml'] = {
      ok: true,
      files: [
        { name: 'a.eml', result: { captureId: 'a', pageKind: 'eml', status: 'interpreted', statusReason: null, duplicate: false, recognised: true }, error: null },
        { name: 'b.eml', result: { captureId: 'b', pageKind: 'eml', status: 'interpreted', statusReason: null, duplicate: true, recognised: true }, error: null },
        { name: 'c.eml', result: null, error: 'Not an e-mail message' },
      ],
    };
    const root = mountDashboard('#/import');
    await until(() => !!root.querySelector('#paste-box'), 'import page');
    const box = root.querySelector<HTMLTextAreaElement>('#paste-box')!;
    expect(root.querySelector('label[for="paste-box"]')).not.toBeNull();
    box.value = 'Complaint ID: 1472583690';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => !root.querySelector<HTMLButtonElement>('#paste-box ~ button')!.disabled, 'button enabled');
    root.querySelector<HTMLButtonElement>('#paste-box ~ button')!.click();
    await until(() => root.textContent!.includes('recognised: Pasted text'), 'paste result');
    expect(sent[0]).toEqual({ type: 'UItoBG.importText', text: 'Complaint ID: 1472583690' });

    chooseFiles(root.querySelector<HTMLInputElement>('input[type="file"]')!, [
      new File(['From: a'], 'a.eml'),
      new File(['From: b'], 'b.eml'),
      new File(['junk'], 'c.eml'),
    ]);
    await until(() => root.querySelectorAll('.import-results li').length === 3, 'file results');
    expect(sent[1]).toEqual({ type: 'UItoBG.importEml', files: [{ name: 'a.eml', raw: 'From: a' }, { name: 'b.eml', raw: 'From: b' }, { name: 'c.eml', raw: 'junk' }] });
    const lines = [...root.querySelectorAll('.import-results li')].map((li) => li.textContent);
    expect(lines).toEqual(['a.eml: recognised: E-mail file (.eml)', 'b.eml: already imported (E-mail file (.eml))', 'c.eml: not imported: Not an e-mail message']);
  });

  it('restores a chosen backup through the background and reports the result', async () => {
    replies['UItoBG.restoreBackup'] = { ok: false, error: 'Table "notices", row 1, field "asins.0": Invalid string' };
    const root = mountDashboard('#/backup');
    await until(() => !!root.querySelector('button.danger'), 'backup page');
    expect(root.querySelector<HTMLButtonElement>('button.danger')!.disabled).toBe(true);
    chooseFiles(root.querySelector<HTMLInputElement>('input[type="file"]')!, [new File(['{"formatName":"dexie"}'], 'brand-sentry-backup-2026-03-20.json')]);
    await until(() => root.querySelector('button.danger')!.textContent === 'Replace my data with brand-sentry-backup-2026-03-20.json', 'confirm button');
    root.querySelector<HTMLButtonElement>('button.danger')!.click();
    await until(() => root.textContent!.includes('Not restored, your data is unchanged.'), 'error shown');
    expect(sent).toEqual([{ type: 'UItoBG.restoreBackup', upload: expect.stringMatching(/^[0-9a-f-]{36}$/), index: 0, count: 1, text: '{"formatName":"dexie"}' }]);
    expect(root.textContent).toContain('field "asins.0"');
  });
});
