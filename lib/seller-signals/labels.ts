/**
 * The words of the seller's own Seller Central pages that carry featured-offer (Buy Box) signals,
 * per language. Matched on the column header or the row text after
 * normalising (lower case, whitespace collapsed, full-width brackets and % made ASCII). Longer
 * labels are tried first, so "Featured Offer (Buy Box) Percentage" is not "Featured Offer".
 *
 * Where seen: en "Featured Offer percentage" / "Buy Box Percentage": Amazon's Business Reports
 * glossary as republished by hopted.com and docs.openbridge.com, the Sales and Traffic report's
 * buyBoxPercentage (selling-partner-api-models); Manage Inventory's pricing view
 * (`/inventory?viewId=PRICING`, a public userscript, Davinnah/browserScripts) and "Featured Offer"
 * as Amazon renamed the Buy Box. zh 推荐报价 and 购买按钮赢得率: the Chinese Seller Central UI as
 * named in the issue. The other languages are the natural wording
 * of the same UI, not seen in a public copy: a page that words them otherwise is read as no signal.
 */
export interface SignalLabels {
  language: string;
  /** Column header of the ASIN (Business Reports: "(Child) ASIN"). */
  asin: readonly string[];
  sku: readonly string[];
  yourPrice: readonly string[];
  featuredPrice: readonly string[];
  percentage: readonly string[];
  /** Alerts in a listing's row: another offer is featured. */
  lost: readonly string[];
}

export const SIGNAL_LABELS: readonly SignalLabels[] = [
  {
    language: 'en',
    // The child ASIN is the listing; a parent ASIN column is not read.
    asin: ['(child) asin', 'child asin', 'asin'],
    sku: ['sku', 'seller sku'],
    yourPrice: ['price + shipping', 'your price', 'price'],
    featuredPrice: ['featured offer (buy box) price', 'featured offer price', 'buy box price', 'featured offer', 'buy box'],
    percentage: ['featured offer (buy box) percentage', 'featured offer percentage', 'buy box percentage', 'attributed featured offer percentage'],
    lost: ['not the featured offer', 'featured offer not won', 'not winning the featured offer', 'not the buy box winner', 'lost the buy box', 'lost the featured offer'],
  },
  {
    language: 'zh',
    asin: ['(子)asin', '子asin', 'asin'],
    sku: ['sku', '卖家 sku'],
    yourPrice: ['价格 + 配送费', '您的价格', '价格'],
    featuredPrice: ['推荐报价价格', '推荐报价(购买按钮)价格', '购买按钮价格', '推荐报价', '购买按钮'],
    percentage: ['推荐报价(购买按钮)百分比', '推荐报价百分比', '购买按钮赢得率', '购买按钮百分比'],
    lost: ['您不是推荐报价', '未赢得推荐报价', '未获得推荐报价', '没有赢得购买按钮', '不是推荐报价'],
  },
  {
    language: 'ja',
    asin: ['(子)asin', 'asin'],
    sku: ['sku', '出品者sku'],
    yourPrice: ['価格 + 配送料', '出品者の価格', '価格'],
    featuredPrice: ['おすすめ出品の価格', 'カートボックス価格', 'おすすめ出品'],
    percentage: ['おすすめ出品(カートボックス)の割合', 'おすすめ出品の割合', 'カートボックス獲得率'],
    lost: ['おすすめ出品になっていません', 'おすすめ出品ではありません'],
  },
  {
    language: 'de',
    asin: ['(untergeordnete) asin', 'asin'],
    sku: ['sku', 'händler-sku'],
    yourPrice: ['preis + versand', 'ihr preis', 'preis'],
    featuredPrice: ['preis des empfohlenen angebots', 'buy box-preis', 'empfohlenes angebot'],
    percentage: ['prozentsatz der empfohlenen angebote (buy box)', 'prozentsatz empfohlene angebote', 'buy box-anteil'],
    lost: ['nicht das empfohlene angebot'],
  },
  {
    language: 'fr',
    asin: ['asin (enfant)', 'asin'],
    sku: ['sku', 'sku vendeur'],
    yourPrice: ['prix + livraison', 'votre prix', 'prix'],
    featuredPrice: ["prix de l'offre en vedette", 'prix de la buy box', 'offre en vedette'],
    percentage: ["pourcentage d'offre en vedette (buy box)", "pourcentage d'offre en vedette", 'pourcentage de buy box'],
    lost: ["pas l'offre en vedette"],
  },
  {
    language: 'es',
    asin: ['asin (secundario)', 'asin'],
    sku: ['sku', 'sku del vendedor'],
    yourPrice: ['precio + envío', 'tu precio', 'precio'],
    featuredPrice: ['precio de la oferta destacada', 'precio de la buy box', 'oferta destacada'],
    percentage: ['porcentaje de oferta destacada (buy box)', 'porcentaje de oferta destacada', 'porcentaje de buy box'],
    lost: ['no es la oferta destacada'],
  },
  {
    language: 'it',
    asin: ['asin (secondario)', 'asin'],
    sku: ['sku', 'sku venditore'],
    yourPrice: ['prezzo + spedizione', 'il tuo prezzo', 'prezzo'],
    featuredPrice: ["prezzo dell'offerta in evidenza", 'prezzo della buy box', 'offerta in evidenza'],
    percentage: ["percentuale dell'offerta in evidenza (buy box)", "percentuale dell'offerta in evidenza", 'percentuale buy box'],
    lost: ["non è l'offerta in evidenza"],
  },
];

export type ColumnKind = 'asin' | 'sku' | 'yourPrice' | 'featuredPrice' | 'percentage';

/** Lower case, whitespace collapsed, full-width brackets, colon and percent made ASCII: how labels are compared. */
export function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[：]/g, ':')
    .replace(/[％]/g, '%')
    .replace(/\s+/g, ' ')
    .replace(/\s*([()])\s*/g, (_, bracket: string) => (bracket === '(' ? ' (' : ') '))
    .replace(/\s+/g, ' ')
    .trim();
}

interface Compiled {
  columns: [string, ColumnKind][];
  lost: string[];
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  const columns: [string, ColumnKind][] = [];
  const lost: string[] = [];
  for (const set of SIGNAL_LABELS) {
    for (const kind of ['asin', 'sku', 'yourPrice', 'featuredPrice', 'percentage'] as const) {
      for (const label of set[kind]) columns.push([normaliseLabel(label), kind]);
    }
    lost.push(...set.lost.map(normaliseLabel));
  }
  columns.sort((a, b) => b[0].length - a[0].length);
  return { columns, lost };
}

export function signalLabels(): Compiled {
  compiled ??= compile();
  return compiled;
}

/**
 * The kind of a column by its header: a header equal to a label, or starting with one and then
 * only a sort mark or an info sign ("Price + Shipping ▲", "Featured Offer ⓘ"): no further word,
 * so "ASIN (parent)" is not the ASIN column.
 */
export function columnKind(header: string): ColumnKind | null {
  const normal = normaliseLabel(header);
  if (!normal) return null;
  for (const [label, kind] of signalLabels().columns) {
    if (normal === label) return kind;
    if (normal.startsWith(label) && !/[\p{L}\p{N}]/u.test(normal.slice(label.length))) return kind;
  }
  return null;
}
