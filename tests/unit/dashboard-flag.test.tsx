// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../lib/db';
import { ASIN, capture, COMPLAINT_ID, complainantFlag, DOMAIN, HANDLER_PAYLOAD, PNG_DATA_URL, screenshot, SCRIPT_PAYLOAD } from './evidence-fixture';
import { mountDashboard, seedFlagRecords, unmount, until } from './dashboard-helpers';


describe('dashboard: a flag page', () => {
  beforeEach(async () => {
    await database().delete();
    await database().open();
    await seedFlagRecords();
  });
  afterEach(unmount);

  it('opened by a next step: "Draft the appeal" (?focus=appeal) puts focus on the appeal letter, after the retraction request', async () => {
    const root = mountDashboard(`#/flag/${encodeURIComponent(complainantFlag.key)}?focus=appeal`);
    await until(() => !!root.querySelector('article.letter[data-letter-id^="appeal-"]') && document.activeElement?.tagName === 'H4', 'the appeal letter focused');
    const letters = [...root.querySelectorAll('article.letter')].map((letter) => letter.getAttribute('data-letter-id'));
    expect(letters[0]).toMatch(/^retraction-/);
    expect(document.activeElement!.closest('article.letter')!.getAttribute('data-letter-id')).toMatch(/^appeal-/);
  });

  it('shows kind, severity, state, subject and the reasons as sentences', async () => {
    const root = mountDashboard(`#/flag/${encodeURIComponent(complainantFlag.key)}`);
    await until(() => !!root.querySelector('#flag-heading'), 'flag page');
    expect(root.querySelector('#flag-heading')!.textContent).toBe(`Suspicious complainant: ${DOMAIN}`);
    const facts = root.querySelector('.facts')!.textContent!;
    expect(facts).toContain('High');
    expect(facts).toContain('Open');
    expect(facts).toContain(DOMAIN);
    const reasons = [...root.querySelectorAll('.findings li')].map((li) => li.textContent);
    expect(reasons).toHaveLength(3);
    expect(reasons.join(' ')).toContain('UK00003987412');
    expect(root.querySelector('.key-fact')!.textContent).toBe(`Your listing ${ASIN} was first seen 604 days before the complainant's domain ${DOMAIN} was registered.`);
    expect(root.querySelector('nav a[aria-current="page"]')!.textContent).toBe('Flags');
  });

  it('shows the captured text as text and the screenshot from its data URL', async () => {
    const root = mountDashboard(`#/flag/${encodeURIComponent(complainantFlag.key)}`);
    await until(() => !!root.querySelector('.capture-evidence'), 'evidence');
    const pre = root.querySelector('.capture-evidence pre')!;
    expect(pre.textContent).toContain(SCRIPT_PAYLOAD);
    expect(pre.textContent).toContain(HANDLER_PAYLOAD);
    expect(pre.textContent).toContain(`Complaint ID: ${COMPLAINT_ID}`);
    expect(root.querySelectorAll('script')).toHaveLength(0);
    const images = [...root.querySelectorAll('img')];
    expect(images.map((img) => img.getAttribute('src'))).toEqual([PNG_DATA_URL]);
    expect(images[0]!.getAttribute('alt')).toMatch(/^Screenshot taken /);
  });

  it('exports the evidence pack as a zip download', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:pack'));
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const root = mountDashboard(`#/flag/${encodeURIComponent(complainantFlag.key)}`);
    await until(() => !!root.querySelector('.pack button'), 'export button');
    (root.querySelector('.pack button') as HTMLButtonElement).click();
    await until(() => clicks.length === 1, 'download');
    expect(clicks[0]).toMatch(new RegExp(`^brand-sentry-evidence-${DOMAIN.replace(/\./g, '\\.')}-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
    expect(created[0]!.type).toBe('application/zip');
    expect(root.querySelector('.pack [role="status"]')!.textContent).toContain('Saved brand-sentry-evidence-');
  });

  it('shows the letters in editable text areas and copies one in a click, or says how when refused', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = mountDashboard(`#/flag/${encodeURIComponent(complainantFlag.key)}`);
    await until(() => root.querySelectorAll('.letter').length === 3, 'letters');
    const retraction = root.querySelector('[data-letter-id="retraction-1"]')!;
    const textarea = retraction.querySelector('textarea')!;
    expect(textarea.value).toContain(`Complaint ID ${COMPLAINT_ID}`);
    expect(retraction.querySelector(`label[for="${textarea.id}"]`)).not.toBeNull();
    expect(retraction.querySelector('[lang="zh-CN"]')!.textContent).toContain('权利所有者');
    textarea.value = `${textarea.value}\nEdited by the seller`;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => retraction.textContent!.includes('Undo my edits'), 'the edit to register');
    (retraction.querySelector('button.primary') as HTMLButtonElement).click();
    await until(() => writeText.mock.calls.length === 1, 'copy');
    expect(writeText.mock.calls[0]![0]).toContain('Edited by the seller');
    await until(() => retraction.textContent!.includes('Copied.'), 'copied message');

    writeText.mockRejectedValueOnce(new Error('NotAllowedError'));
    (retraction.querySelector('button.primary') as HTMLButtonElement).click();
    await until(() => retraction.textContent!.includes('press Ctrl+C'), 'fallback message');
    expect(root.textContent).toContain('not legal advice');
  });

  it('says so when the flag does not exist', async () => {
    const root = mountDashboard('#/flag/listing-takedown%3ANOPE');
    await until(() => root.textContent!.includes('This flag no longer exists'), 'not found');
  });

  it('speaks Simplified Chinese when the seller chooses it', async () => {
    await database().settings.put({ key: 'language', value: 'zh' });
    const root = mountDashboard(`#/flag/${encodeURIComponent(complainantFlag.key)}`);
    await until(() => root.textContent!.includes('导出证据包'), 'Chinese flag page');
    expect(root.querySelector('#flag-heading')!.textContent).toBe(`可疑投诉人：${DOMAIN}`);
    expect(root.querySelector('.key-fact')!.textContent).toContain('早 604 天');
    expect(root.textContent).toContain('不构成法律意见');
  });
});
