import type { LabelSet } from '../../lib/notices/labels';
import { LABEL_SETS } from '../../lib/notices/labels/all';
import { PageRead } from '../../lib/model/page-read';
import { asin, digits, random, type Random } from './prng';

/**
 * Generated notice PageReads of typical size (2-4 kB of text), built from the label dictionaries
 * of every language (lib/notices/labels), so they use the words the parser knows: IP takedowns,
 * retractions, policy warnings, deactivations, image removals, Brand Registry notices, phishing
 * look-alikes and plain non-notices, as Performance Notification pages, webmail tabs and pastes.
 * For the interpret benchmark and the fuzz test.
 */
export type Template = 'takedown' | 'retraction' | 'warning' | 'deactivation' | 'images' | 'brand-registry' | 'phishing' | 'not-a-notice';
export const TEMPLATES: readonly Template[] = ['takedown', 'retraction', 'warning', 'deactivation', 'images', 'brand-registry', 'phishing', 'not-a-notice'];

const BRANDS = ['Lumora', 'Kestrel Home', 'Aurevia', 'Nordvik', 'Solenne', 'Brightfield', '森之屋', 'Maison Clair'];
const DOMAINS = ['lumora-official.co.uk', 'gmail.com', 'qq.com', 'kestrel-brand.com', 'aurevia-ip.net', 'nordvik-legal.de', '163.com', 'outlook.com'];
const MARKETS: Record<string, { host: string; marketplace: string }> = {
  en: { host: 'sellercentral.amazon.com', marketplace: 'US' },
  zh: { host: 'sellercentral.amazon.com', marketplace: 'US' },
  de: { host: 'sellercentral.amazon.de', marketplace: 'DE' },
  fr: { host: 'sellercentral.amazon.fr', marketplace: 'FR' },
  es: { host: 'sellercentral.amazon.es', marketplace: 'ES' },
  it: { host: 'sellercentral.amazon.it', marketplace: 'IT' },
  ja: { host: 'sellercentral.amazon.co.jp', marketplace: 'JP' },
};
const FILLER: Record<string, string> = {
  en: 'Amazon takes intellectual property rights seriously and works with rights owners and sellers to keep the store trustworthy. Please review the listings below and the policies that apply to them before you list similar products again.',
  zh: '亚马逊重视知识产权，并与权利所有者和卖家合作，维护值得信赖的购物环境。在再次发布类似商品之前，请查看以下商品及适用的政策。',
  de: 'Amazon nimmt geistiges Eigentum ernst und arbeitet mit Rechteinhabern und Verkäufern zusammen, damit der Shop vertrauenswürdig bleibt. Bitte prüfen Sie die folgenden Angebote und die Richtlinien, die für sie gelten.',
  fr: "Amazon prend au sérieux les droits de propriété intellectuelle et travaille avec les titulaires de droits et les vendeurs pour que la boutique reste digne de confiance. Veuillez examiner les offres ci-dessous et les règles qui s'y appliquent.",
  es: 'Amazon se toma en serio los derechos de propiedad intelectual y colabora con los titulares de derechos y los vendedores para que la tienda sea de confianza. Revisa los anuncios que aparecen a continuación y las políticas que se aplican.',
  it: "Amazon prende sul serio i diritti di proprietà intellettuale e collabora con i titolari dei diritti e i venditori affinché il negozio resti affidabile. Controlla le offerte qui sotto e le normative che si applicano.",
  ja: 'Amazonは知的財産権を尊重し、権利所有者および出品者と協力して、信頼できるストアを維持しています。同様の商品を再度出品する前に、以下の出品と適用されるポリシーをご確認ください。',
};

const first = (items: readonly string[] | undefined, rng: Random, fallback: string) => (items && items.length ? rng.pick(items) : fallback);
const sep = (set: LabelSet) => (set.language === 'zh' || set.language === 'ja' ? '：' : ': ');

function fieldBlock(set: LabelSet, rng: Random, template: Template): string[] {
  const f = set.fields;
  const lines: string[] = [];
  const asins = Array.from({ length: rng.int(1, 4) }, () => asin(rng));
  for (const id of asins) {
    lines.push(`${first(f.asin, rng, 'ASIN')}${sep(set)}${id}`);
    lines.push(`${first(f.title, rng, 'Title')}${sep(set)}${rng.pick(BRANDS)} ${rng.pick(['Ceramic Pour-Over Coffee Set', 'Glass Kettle 1.2L', 'Travel Mug 350ml', 'ステンレスボトル', '陶瓷咖啡套装'])}`);
  }
  if (template === 'takedown' || template === 'retraction' || template === 'phishing') {
    const ip = rng.pick(['trademark', 'copyright', 'patent', 'design'] as const);
    lines.push(`${first(f.infringementType, rng, 'Infringement type')}${sep(set)}${first(set.vocabulary[ip], rng, ip)}`);
    if (ip === 'trademark') lines.push(`${first(f.trademarkNumber, rng, 'Trademark number')}${sep(set)}${rng.pick(['UK0000', 'EU0', '', 'US'])}${digits(rng, 7)}`);
    if (ip === 'patent') lines.push(`${first(f.patentNumber, rng, 'Patent number')}${sep(set)}US ${digits(rng, 2)},${digits(rng, 3)},${digits(rng, 3)} B2`);
    lines.push(`${first(f.complaintId, rng, 'Complaint ID')}${sep(set)}${digits(rng, 10)}`);
    lines.push(`${first(f.rightsOwnerBlock, rng, "rights owner's contact details")}${sep(set)}`);
    lines.push(`-- ${rng.pick(BRANDS)} Brand Holdings Ltd`);
    lines.push(`-- ip${rng.int(1, 99)}@${rng.pick(DOMAINS)}`);
  }
  return lines;
}

export interface GeneratedNotice {
  read: PageRead;
  template: Template;
  language: string;
}

export function noticeRead(rng: Random, template: Template = rng.pick(TEMPLATES), set: LabelSet = rng.pick(LABEL_SETS)): GeneratedNotice {
  const market = MARKETS[set.language]!;
  const event = {
    takedown: set.events.listingRemoved,
    retraction: set.events.retraction,
    warning: [...set.vocabulary.policyWarning, ...set.events.warning],
    deactivation: set.events.accountDeactivated,
    images: set.events.imagesRemoved,
    'brand-registry': set.vocabulary.brandRegistry,
    phishing: set.events.accountDeactivated,
    'not-a-notice': [] as readonly string[],
  }[template];
  const lines: string[] = [];
  if (template === 'not-a-notice') {
    lines.push(rng.pick(['Your order has shipped', 'Weekly sales summary', 'Invitation: Prime Day webinar', 'Inventory planning tips']));
    while (lines.join('\n').length < rng.int(2_000, 4_000)) lines.push(`Order ${digits(rng, 3)}-${digits(rng, 7)}-${digits(rng, 7)} shipped to a customer. Units: ${rng.int(1, 9)}.`);
  } else {
    lines.push(first(set.greetings, rng, 'Hello,'));
    lines.push(`${first(event, rng, '')} ${first(set.vocabulary.infringement, rng, '')} ${first(set.vocabulary.rightsOwner, rng, '')}.`);
    lines.push(...fieldBlock(set, rng, template));
    const headings = rng.shuffle(set.headings);
    while (lines.join('\n').length < rng.int(2_000, 4_000)) {
      lines.push(headings.length ? headings[lines.length % headings.length]! : '');
      lines.push(FILLER[set.language]!);
    }
    lines.push(first(set.amazonClaims, rng, 'Seller Performance Team'));
  }
  const text = lines.join('\n');
  const where = rng.int(0, 3);
  const base = {
    title: template === 'not-a-notice' ? 'Messages' : first(set.vocabulary.policyWarning, rng, 'Notice'),
    lang: set.language,
    text,
    marketplace: market.marketplace,
    links:
      template === 'phishing'
        ? [{ href: `https://sellercentral-amazon.${rng.pick(['support', 'help-center.com', 'verify-account.net'])}/signin?id=${digits(rng, 6)}`, text: first(set.loginWords, rng, 'Sign in') }]
        : [{ href: `https://${market.host}/performance/dashboard`, text: 'Account Health' }],
  };
  let read: PageRead;
  if (where === 0 || (template !== 'phishing' && where === 1)) {
    read = PageRead.parse({ ...base, url: `https://${market.host}/performance/notifications?message=${digits(rng, 8)}`, pageKind: 'performance-notifications' });
  } else if (where === 2 || template === 'phishing') {
    read = PageRead.parse({
      ...base,
      url: `https://mail.google.com/mail/u/0/#inbox/${digits(rng, 12)}`,
      pageKind: 'webmail',
      mail: {
        from: template === 'phishing' ? `Amazon Seller Support <no-reply@amazon-seller-${rng.int(1, 99)}.com>` : 'Amazon <seller-notification@amazon.com>',
        subject: first(set.vocabulary.policyWarning, rng, 'Notice'),
        date: 'Fri, 20 Nov 2026 10:00:00 +0000',
      },
    });
  } else {
    read = PageRead.parse({ ...base, url: 'paste:', pageKind: 'paste', marketplace: null });
  }
  return { read, template, language: set.language };
}

/** `count` notices from one seed: the same list on every run. */
export function noticeReads(count: number, seed = 5_000): GeneratedNotice[] {
  const rng = random(seed);
  return Array.from({ length: count }, () => noticeRead(rng));
}
