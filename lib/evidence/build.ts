import { draftLetters, letterText } from '../letters';
import { isoDay, localDay } from '../dates';
import { decodeImageDataUrl } from './data-url';
import { noticesCsv } from './csv-notices';
import { noticeTime } from '../notices/complaints';
import { keyFacts, type KeyFacts } from '../dispute/facts';
import { offersCsv } from './csv-offers';
import { featuredOfferCsv } from './csv-featured';
import type { CaptureImage } from './report-captures';
import { reportHtml } from './report';
import { EVIDENCE_FORMAT, EVIDENCE_VERSION, EvidenceJson } from './schema';
import { type EvidenceInput, type EvidencePack, subjectLabel } from './types';
import { zipFiles } from './zip';

const ZIP_EPOCH = Date.UTC(1980, 0, 2);
const encoder = new TextEncoder();
const utf8 = (text: string) => encoder.encode(text);

/**
 * The evidence pack, pure: records in, files out (evidencePackZip zips them). Nothing here reads
 * the database or the clock (generatedAt comes in), so the same records give the same pack.
 */
export function buildEvidencePack(input: EvidenceInput): EvidencePack {
  const facts = keyFacts(input);
  const files: Record<string, Uint8Array> = {};
  const images = new Map<string, CaptureImage[]>();
  const screenshotFiles = new Map<string, string[]>();
  for (const screenshot of [...input.screenshots].sort((a, b) => a.takenAt - b.takenAt)) {
    const decoded = decodeImageDataUrl(screenshot.dataUrl);
    if (!decoded) continue; // a damaged screenshot is left out; its capture's text still speaks
    const taken = screenshotFiles.get(screenshot.captureId) ?? [];
    const file = `screenshots/${screenshot.captureId}${taken.length ? `-${taken.length + 1}` : ''}.${decoded.extension}`;
    files[file] = decoded.bytes;
    screenshotFiles.set(screenshot.captureId, [...taken, file]);
    images.set(screenshot.captureId, [...(images.get(screenshot.captureId) ?? []), { file, dataUrl: screenshot.dataUrl }]);
  }

  const letters = draftLetters(input);
  const letterFiles = letterFileNames(letters.map((letter) => letter.id));
  letters.forEach((letter, i) => {
    // CRLF: the Notepad many sellers open it with has only understood LF since 2018.
    files[letterFiles[i]!] = utf8(letterText(letter).replace(/\r?\n/g, '\r\n'));
  });

  files['report.html'] = utf8(reportHtml(input, facts, images, letterFiles));
  files['notices.csv'] = utf8(noticesCsv(input.notices));
  if (input.offerSnapshots.length) files['offers.csv'] = utf8(offersCsv(input.offerSnapshots));
  if (input.featuredOfferSignals?.length) files['featured-offer.csv'] = utf8(featuredOfferCsv(input.featuredOfferSignals));
  const json = EvidenceJson.safeParse(evidenceJson(input, facts, screenshotFiles, letters.map((l, i) => ({ id: l.id, kind: l.kind, title: l.title, to: l.to, subject: l.subject, file: letterFiles[i]! }))));
  if (!json.success) {
    const issue = json.error.issues[0]!;
    throw new Error(`evidence.json does not match its schema at ${issue.path.join('.') || 'root'}: ${issue.message}`);
  }
  files['evidence.json'] = utf8(JSON.stringify(json.data, null, 2));
  return { files, generatedAt: input.generatedAt };
}

/**
 * The pack as one zip, through the browser's deflate (zip.ts; asynchronous, as CompressionStream
 * is). Screenshots are compressed already: they are stored rather than deflated again. Zip
 * timestamps (DOS dates) cannot hold dates before 1980.
 */
export function evidencePackZip(pack: EvidencePack): Promise<Uint8Array> {
  const entries = Object.entries(pack.files).map(([path, bytes]) => ({ path, bytes, deflate: !path.startsWith('screenshots/') }));
  return zipFiles(entries, Math.max(pack.generatedAt, ZIP_EPOCH));
}

/**
 * The pack as the seller saves it: its file name, its files and their zip. The dashboard's
 * "Export evidence pack" and `inspect --evidence` both go through here, so they write the same.
 */
export async function savedEvidencePack(input: EvidenceInput): Promise<{ name: string; pack: EvidencePack; zip: Uint8Array }> {
  const pack = buildEvidencePack(input);
  return { name: evidencePackFileName(input), pack, zip: await evidencePackZip(pack) };
}

/**
 * `brand-sentry-evidence-B0CLMR7X2Q_US-2026-03-20.zip` (the seller's local day); a flag of one
 * account names it (`...-B0CLMR7X2Q_US-A2LUMORA0DIRECT-...`), so two accounts' packs of one
 * listing never overwrite each other.
 */
export function evidencePackFileName(input: Pick<EvidenceInput, 'subject' | 'generatedAt'>): string {
  const label = subjectLabel(input.subject).replace(/[^A-Za-z0-9.-]+/g, '_').slice(0, 80);
  const account = input.subject.kind === 'flag' && input.subject.flag.account ? `-${input.subject.flag.account.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 40)}` : '';
  return `brand-sentry-evidence-${label}${account}-${localDay(input.generatedAt)}.zip`;
}

function evidenceJson(input: EvidenceInput, facts: KeyFacts, screenshotFiles: Map<string, string[]>, letters: EvidenceJson['letters']): EvidenceJson {
  const subject = input.subject;
  return {
    format: EVIDENCE_FORMAT,
    version: EVIDENCE_VERSION,
    generatedAt: new Date(input.generatedAt).toISOString(),
    timeZone: 'UTC',
    language: input.language,
    subject: { kind: subject.kind, label: subjectLabel(subject), flagKey: subject.kind === 'flag' ? subject.flag.key : null, account: input.account ?? null },
    keyFacts: {
      priority: facts.priority.map((p) => ({
        domain: p.domain,
        domainCreatedAt: isoDay(p.domainCreatedAt),
        registrar: p.registrar,
        ours: p.ours ? { source: p.ours.source, date: isoDay(p.ours.at), asin: p.ours.asin, marketplace: p.ours.marketplace, brand: p.ours.brand } : null,
        daysBefore: p.daysBefore,
      })),
      ownTrademarks: facts.ownTrademarks,
      citedMarks: facts.citedMarks,
      complaints: facts.complaints.map((n) => ({
        noticeId: n.id,
        complaintIds: n.complaintIds,
        date: isoDay(noticeTime(n)),
        asins: n.asins,
        marketplace: n.marketplace,
        ipType: n.ipType,
        complainantDomain: n.complainantDomain,
      })),
    },
    flag: subject.kind === 'flag' ? subject.flag : null,
    notices: input.notices,
    listingStates: input.listingStates,
    listingChanges: input.listingChanges,
    brandRoleChanges: input.brandRoleChanges,
    domainAges: input.domainAges,
    captures: input.captures.map((c) => ({
      id: c.id,
      source: c.source,
      capturedAt: c.capturedAt,
      url: c.url,
      pageKind: c.pageKind,
      marketplace: c.marketplace,
      status: c.status,
      statusReason: c.statusReason,
      title: c.read.title,
      text: c.read.text,
      screenshots: screenshotFiles.get(c.id) ?? [],
    })),
    profile: input.profile,
    letters,
  };
}

/**
 * `letters/<id>.txt` for each letter id. Ids carry values from records (a complainant's domain,
 * a marketplace code, a seller ID): whatever is not a letter, digit, `.`, `_` or `-` becomes
 * `_`, a leading dot too, so no id names a folder or a hidden file; two ids that end up alike
 * get `-2`, `-3`.
 */
export function letterFileNames(ids: readonly string[]): string[] {
  const taken = new Set<string>();
  return ids.map((id) => {
    const base = id.slice(0, 120).replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\./, '_') || 'letter';
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    return `letters/${name}.txt`;
  });
}
