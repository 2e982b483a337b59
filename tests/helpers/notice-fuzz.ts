import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoticeSource } from '../../lib/notices';

/**
 * Generated inputs for the notice parser: the fixtures cut, shuffled, relabelled, glued and
 * sprinkled with odd Unicode, plus label soup, binary, empty and huge texts. Seeded, so a failure
 * reproduces. The fuzz test checks what the parser makes of them; `npm run bench` times them.
 */
const DIR = join(process.cwd(), 'tests', 'fixtures', 'notices');

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let random = mulberry32(20261120);
const int = (max: number) => Math.floor(random() * max);
const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;

const corpus = readdirSync(DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(DIR, name), 'utf8').replace(/^(# .*\n)+/, ''));

const LABELS = [
  'ASIN:', 'Title:', 'Infringement type:', 'Complaint Type:', 'Complaint ID:', 'Trademark number :', 'Patent number:', 'SKU:',
  "These are the rights owner's contact details:", 'Why did this happen?', 'Examples of unacceptable terms:', '投诉 ID：', '投诉编号:',
  '权利所有者的联系方式：', 'Beschwerde-ID:', 'Warum ist das passiert?', 'ID de réclamation :', 'ID reclamo:', '申し立てID：',
  'なぜこのような状況になったのでしょうか', 'Subject:', 'Date:', '-- ', '– ', '— ', 'Name:', 'Email:',
];
const VALUES = [
  'B0CLMR7X2Q', 'B0CLMR7X2QB0CLMR8Y3R', '0306406152', '1472583690', '16509328131', 'UK00003987412', '5,123,456', 'US 10,123,456 B2',
  '*****', 'xxx', '。。。。', '[email protected]', 'ip@lumora-official.co.uk', 'https://sellercentral.amazon.c ... 361070',
  'https://amazon-login.example/signin', '2026年6月10日', 'May 8, 2024', '8. Mai 2024', 'Copyright Image', 'Inauthentic', '',
];
const ODD = [
  '\u0000', '\u0007', '\u200b', '\u200e', '\u202e', '\ufeff', '\u00ad', '\ud800', '\udfff', '\ud83d\ude00', '\u0301\u0301\u0301',
  '：', '。', '＊', '\u3000', '\u2028', 'İ', 'ß', 'ﬁ', '\r', '\t', '𝔸𝕊𝕀ℕ', 'Ａ Ｓ Ｉ Ｎ', '\uffff', '\\', '(?:', '*+',
];

export function mutate(text: string): string {
  switch (int(9)) {
    case 0:
      return text.slice(0, int(text.length + 1));
    case 1:
      return text.split('\n').sort(() => random() - 0.5).join('\n');
    case 2:
      return text.replace(/[^\n:：]{2,40}[:：]/g, () => pick(LABELS));
    case 3:
      return text.replace(/\n/g, () => (random() < 0.7 ? ' ' : ''));
    case 4: {
      const chars = [...text];
      for (let i = 0; i < 1 + int(40); i++) chars.splice(int(chars.length + 1), 0, pick(ODD));
      return chars.join('');
    }
    case 5: {
      const chars = [...text];
      for (let i = 0; i < 1 + int(60); i++) chars.splice(int(chars.length), 1 + int(3));
      return chars.join('');
    }
    case 6:
      return text.replace(/[A-Z0-9]{6,}/g, () => pick(VALUES));
    case 7:
      return text.replace(/ /g, () => (random() < 0.1 ? ' ' + ' '.repeat(int(3)) : random() < 0.05 ? '' : ' '));
    default:
      return text.toUpperCase();
  }
}

function labelSoup(): string {
  let out = '';
  for (let i = 0; i < 5 + int(60); i++) out += pick(LABELS) + (random() < 0.5 ? ' ' : '') + pick(VALUES) + (random() < 0.5 ? '\n' : ' ');
  return out;
}

function binary(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(int(0x10000));
  return out;
}

function generate(index: number): string {
  if (index % 400 === 0) return pick(corpus).repeat(200 + int(200)); // huge: 300 kB to 1.5 MB
  if (index % 400 === 1) return pick(['(a+)+'.repeat(50_000), 'B0'.repeat(200_000), '@'.repeat(300_000), 'a'.repeat(500_000), '1 '.repeat(200_000)]);
  if (index % 100 === 2) return pick(['', ' ', '\n\n\n', '\u0000', '：', '#', '# comment only']);
  if (index % 50 === 3) return binary(100 + int(5_000));
  if (index % 10 === 4) return labelSoup();
  let text = pick(corpus);
  for (let round = 0; round < 1 + int(3); round++) text = mutate(text);
  return text;
}

function source(text: string): NoticeSource {
  const origin = pick(['seller-central', 'mail', 'paste'] as const);
  return {
    text,
    origin,
    mail: origin === 'mail' ? { from: pick(['notice@amazon.com', 'Amazon <x@аmazon.com>', '', 'garbage <<@>>', null]), replyTo: pick([null, 'a@gmail.com']), subject: pick([null, text.slice(0, 80)]), date: pick([null, 'not a date', 'Fri, 20 Nov 2026 09:14:00 +0000']) } : null,
    links: random() < 0.3 ? [{ href: pick(['https://amazon-login.example/signin', 'javascript:alert(1)', '%%%', 'https://sellercentral.amazon.de/x']), text: pick(['Sign in', '', '登录']) }] : undefined,
    marketplace: pick([null, 'DE', undefined]),
    pageDate: pick([null, undefined, Date.UTC(2026, 10, 20), Number.NaN]),
  };
}

export interface FuzzCase {
  index: number;
  text: string;
  source: NoticeSource;
}

/** `count` generated cases from `seed`, the same ones on every run (the fuzz test's seed is 20261120). */
export function noticeFuzzCases(count: number, seed = 20261120): FuzzCase[] {
  random = mulberry32(seed);
  const cases: FuzzCase[] = [];
  for (let index = 0; index < count; index++) {
    const text = generate(index);
    cases.push({ index, text, source: source(text) });
  }
  return cases;
}

/** Random cells for a policy row, from the same generator. */
export function fuzzCell(): string | undefined {
  if (random() >= 0.8) return undefined;
  return random() < 0.5 ? mutate(pick(corpus)).slice(0, 300) : pick([...VALUES, ...LABELS]);
}

export const fuzzPick = <T>(list: readonly T[]): T => pick(list);
