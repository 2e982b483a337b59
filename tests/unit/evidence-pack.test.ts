// @vitest-environment happy-dom
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEvidencePack, EvidenceJson, evidencePackFileName, evidencePackZip } from '../../lib/evidence';
import {
  ASIN, CAPTURE_ID, COMPLAINT_ID, DOMAIN, evidenceInput, HANDLER_PAYLOAD, listingState, notice, profile, SCRIPT_PAYLOAD, TITLE, UK_MARK,
} from './evidence-fixture';

const text = (bytes: Uint8Array | undefined) => strFromU8(bytes!);

describe('evidence pack', () => {
  const pack = buildEvidencePack(evidenceInput());
  const report = text(pack.files['report.html']);

  it('holds the report, the notices, the records, the letters and the screenshot', () => {
    expect(Object.keys(pack.files).sort()).toEqual([
      'evidence.json',
      'letters/appeal-us.txt',
      `letters/host-takedown-${DOMAIN}.txt`,
      'letters/retraction-1.txt',
      'notices.csv',
      'report.html',
      `screenshots/${CAPTURE_ID}.png`,
    ]);
    // The PNG is the decoded data URL: it starts with the PNG signature.
    expect([...pack.files[`screenshots/${CAPTURE_ID}.png`]!.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('keeps the stylesheet as CSS, not escaped HTML: quoted font names stay quoted', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(report)![1]!;
    expect(style).toContain('"Segoe UI"');
    expect(style).not.toContain('&quot;');
    expect(style).not.toContain('&#39;');
  });

  it('zips every file and unzips to the same bytes', async () => {
    const unzipped = unzipSync(await evidencePackZip(pack));
    expect(Object.keys(unzipped).sort()).toEqual(Object.keys(pack.files).sort());
    for (const [path, bytes] of Object.entries(pack.files)) expect(unzipped[path], path).toEqual(bytes);
  });

  it('puts the winning facts first: first seen against the domain registration, the marks, the complaint', () => {
    expect(report).toContain(`Your listing ${ASIN} was first seen 604 days before the complainant&#39;s domain ${DOMAIN} was registered.`);
    expect(report).toContain(`您的商品 ${ASIN} 首次被记录的日期比投诉方域名 ${DOMAIN} 的注册日期早 604 天。`);
    for (const value of ['2024-01-15', '2025-09-10', '2026-03-12', COMPLAINT_ID, UK_MARK, 'UKIPO', '97123456', 'USPTO', 'Namecheap, Inc.']) expect(report).toContain(value);
    const keyFacts = report.indexOf('id="key-facts"');
    expect(keyFacts).toBeGreaterThan(0);
    expect(keyFacts).toBeLessThan(report.indexOf('id="captures"'));
    expect(report.indexOf('604 days')).toBeLessThan(report.indexOf(UK_MARK));
  });

  it('gives every heading in English with Chinese beside it, and the disclaimer in both', () => {
    const doc = new DOMParser().parseFromString(report, 'text/html');
    const headings = [...doc.querySelectorAll('h2')];
    expect(headings.length).toBeGreaterThanOrEqual(4);
    for (const h of headings) expect(h.querySelector('[lang="zh-CN"]')?.textContent, h.textContent!).toBeTruthy();
    expect(report).toContain('not legal advice');
    expect(report).toContain('不构成法律意见');
  });

  it('shows captured text verbatim but inert: no script, no event handler, only its own data: images', () => {
    const doc = new DOMParser().parseFromString(report, 'text/html');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`));
    expect(handlers).toEqual([]);
    const images = [...doc.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^data:image\/png;base64,/);
    const pre = doc.querySelector(`#capture-${CAPTURE_ID} pre`)!;
    expect(pre.textContent).toContain(SCRIPT_PAYLOAD);
    expect(pre.textContent).toContain(HANDLER_PAYLOAD);
    expect(doc.querySelector(`#capture-${CAPTURE_ID} h3`)!.textContent).toContain(HANDLER_PAYLOAD);
    expect(report).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(report).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });

  it('escapes payloads in record fields too, and drops a screenshot whose data URL is not plain base64', () => {
    const hostile = buildEvidencePack(
      evidenceInput({
        notices: [notice({ rightsOwnerName: SCRIPT_PAYLOAD, titles: [HANDLER_PAYLOAD] })],
        listingStates: [{ ...listingState, title: '"><svg onload=alert(1)>' }],
        screenshots: [{ id: 'x', captureId: CAPTURE_ID, account: null, takenAt: 1, dataUrl: 'data:image/png;base64,AAAA"><script>alert(1)</script>' }],
      }),
    );
    const doc = new DOMParser().parseFromString(text(hostile.files['report.html']), 'text/html');
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    // The only SVG is the report's own drawings, and no element anywhere has an event handler.
    expect([...doc.querySelectorAll('svg')].map((svg) => svg.closest('#pictures') !== null && svg.getAttribute('class'))).toEqual(['chart', 'line']);
    expect([...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((name) => name.startsWith('on'))).toEqual([]);
    expect(doc.body.textContent).toContain('"><svg onload=alert(1)>');
    expect(Object.keys(hostile.files).some((path) => path.startsWith('screenshots/'))).toBe(false);
  });

  it('writes evidence.json in its versioned, validated format with the same facts', () => {
    const json = EvidenceJson.parse(JSON.parse(text(pack.files['evidence.json'])));
    expect(json.format).toBe('brand-sentry-evidence');
    expect(json.version).toBe(2);
    expect(json.generatedAt).toBe('2026-03-20T08:00:00.000Z');
    expect(json.subject).toEqual({ kind: 'flag', label: DOMAIN, flagKey: `suspicious-complainant:${DOMAIN}`, account: null });
    expect(json.keyFacts.priority).toEqual([
      { domain: DOMAIN, domainCreatedAt: '2025-09-10', registrar: 'Namecheap, Inc.', ours: { source: 'listing-first-seen', date: '2024-01-15', asin: ASIN, marketplace: 'US', brand: 'Lumora' }, daysBefore: 604 },
    ]);
    expect(json.keyFacts.citedMarks).toEqual([{ number: UK_MARK, office: 'UKIPO', ownMark: false, noticeId: `complaint:${COMPLAINT_ID}`, complaintIds: [COMPLAINT_ID] }]);
    expect(json.keyFacts.complaints[0]).toMatchObject({ complaintIds: [COMPLAINT_ID], date: '2026-03-12', asins: [ASIN], marketplace: 'US' });
    expect(json.captures[0]!.screenshots).toEqual([`screenshots/${CAPTURE_ID}.png`]);
    expect(json.letters.map((l) => l.file)).toContain('letters/retraction-1.txt');
  });

  it('writes each letter with its headers, the Chinese guidance and the disclaimer', () => {
    const retraction = text(pack.files['letters/retraction-1.txt']);
    expect(retraction).toMatch(/^To: ip@lumora-official\.co\.uk\r\nSubject: .*1472583690/);
    for (const value of [COMPLAINT_ID, ASIN, TITLE, '12 March 2026', UK_MARK, '15 January 2024', '10 September 2025', '604 days']) expect(retraction).toContain(value);
    expect(retraction).toContain('说明（中文）');
    expect(retraction).toContain('not legal advice');
    expect(text(pack.files['letters/appeal-us.txt'])).toMatch(/^To: notice-dispute@amazon\.com\r\n/);
  });

  it('compares with the first-sale date when it is older than the listing first seen', () => {
    const withSale = { ...profile, brands: [{ ...profile.brands[0]!, firstSaleDate: '2023-05-02' }] };
    const json = EvidenceJson.parse(JSON.parse(text(buildEvidencePack(evidenceInput({ profile: withSale })).files['evidence.json'])));
    expect(json.keyFacts.priority[0]!.ours).toMatchObject({ source: 'first-sale-date', date: '2023-05-02', brand: 'Lumora' });
    expect(json.keyFacts.priority[0]!.daysBefore).toBe(862);
  });

  it('names the zip after the subject and the day', () => {
    expect(evidencePackFileName(evidenceInput())).toBe(`brand-sentry-evidence-${DOMAIN}-2026-03-20.zip`);
    expect(evidencePackFileName(evidenceInput({ subject: { kind: 'asin', asin: ASIN } }))).toBe(`brand-sentry-evidence-${ASIN}-2026-03-20.zip`);
  });
});
