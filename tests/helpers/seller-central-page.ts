import { asin, digits, random, type Random } from './prng';

/**
 * A generated page shaped like Seller Central (for the read-page benchmark and the fuzz test):
 * the navigation bar, Katal elements whose words live in attributes, an Account Health product
 * policies table (ids and classes as lib/pages/product-policies reads them), a kat-table of
 * inventory rows with ASINs, deep nested divs, custom elements with open (declarative) shadow
 * roots, hidden blocks and inline scripts and styles that a reader must skip. Real pages are
 * this kind of soup: Manage Inventory with a few hundred rows is 1-3 MB of HTML.
 */
export interface GeneratedPage {
  html: string;
  /** Inventory rows in the kat-table (each with one ASIN). */
  rows: number;
  /** Account Health policy rows. */
  policyRows: number;
  shadowRoots: number;
}

const WORDS = [
  'listing', 'inventory', 'fulfilment', 'price', 'active', 'inactive', 'brand', 'ceramic', 'coffee', 'set', 'kettle',
  'pour-over', 'filter', 'stainless', 'steel', 'glass', 'carafe', 'grinder', 'premium', 'gift', 'kitchen', 'home',
  'handmade', 'travel', 'mug', 'lid', 'matte', 'black', 'white', 'sage', 'pack', 'of', '2', '4', '12oz', '350ml',
];
const STATUSES = ['Active', 'Inactive', 'Search Suppressed', 'Detail Page Removed', 'Approval Required', 'Incomplete'];
const POLICIES = [
  'Received Intellectual Property Complaints', 'Suspected Intellectual Property Violations', 'Product Authenticity Customer Complaints',
  'Product Condition Customer Complaints', 'Food and Product Safety Issues', 'Listing Policy Violations', 'Restricted Product Policy Violations',
];

const words = (rng: Random, count: number) => Array.from({ length: count }, () => rng.pick(WORDS)).join(' ');
const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function nested(rng: Random, depth: number, inner: string): string {
  let html = inner;
  for (let i = 0; i < depth; i++) html = `<div class="a-section a-spacing-${rng.pick(['none', 'small', 'base'])} css-${rng.int(1000, 9999)}">${html}</div>`;
  return html;
}

function inventoryRow(rng: Random, index: number): string {
  const id = asin(rng);
  const sku = `LUM-${digits(rng, 5)}`;
  const title = words(rng, rng.int(6, 14));
  const status = rng.pick(STATUSES);
  const cells = [
    `<kat-table-cell class="col-select"><kat-checkbox name="select-${index}" label="Select row"></kat-checkbox></kat-table-cell>`,
    `<kat-table-cell class="col-image"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="40" height="40"></kat-table-cell>`,
    `<kat-table-cell class="col-product">${nested(rng, rng.int(2, 6), `<a href="/abis/listing/edit?sku=${sku}&amp;asin=${id}" class="product-title">${title}</a><div class="product-meta"><span>SKU: ${sku}</span> <span>ASIN: ${id}</span></div>`)}</kat-table-cell>`,
    `<kat-table-cell class="col-status"><kat-badge label="${status}" type="${status === 'Active' ? 'success' : 'warning'}"></kat-badge>${status === 'Active' ? '' : `<kat-popover trigger-type="hover"><span slot="trigger">Why?</span><kat-label text="${escapeAttr(words(rng, 12))}"></kat-label></kat-popover>`}</kat-table-cell>`,
    `<kat-table-cell class="col-price"><kat-input name="price-${index}" type="number" value="${rng.int(5, 199)}.${rng.int(10, 99)}" label="Price"></kat-input></kat-table-cell>`,
    `<kat-table-cell class="col-qty"><span class="qty">${rng.int(0, 900)}</span></kat-table-cell>`,
    `<kat-table-cell class="col-actions"><kat-dropdown-button label="Edit" options='[{"label":"Edit","value":"edit"},{"label":"Close listing","value":"close"}]'></kat-dropdown-button></kat-table-cell>`,
  ];
  return `<kat-table-row class="inventory-row" data-index="${index}" style="--row:${index}">${cells.join('')}</kat-table-row>`;
}

function policyTable(rng: Random, count: number): string {
  const header = `<div class="kat-row kat-no-gutters ahd-header-row"><div class="kat-col-xs-3">Reason</div><div class="kat-col-xs-2">Date</div><div class="kat-col-xs-3">What was impacted</div><div class="kat-col-xs-2">Action taken</div><div class="kat-col-xs-2">Next step</div></div>`;
  const rows = Array.from({ length: count }, (_, i) => {
    const id = asin(rng);
    const inner = `<div class="kat-row kat-no-gutters ahd-product-policy-table-row"><div class="kat-col-xs-3"><a href="/performance/account/health/product-policies?t=ip">${rng.pick(POLICIES)}: Trademark</a></div><div class="kat-col-xs-2">${rng.int(1, 28)} Nov 2026</div><div class="kat-col-xs-3"><span>${words(rng, 7)}</span><span>ASIN: ${id}</span><span>SKU: LUM-${digits(rng, 4)}</span></div><div class="kat-col-xs-2">Listing removed</div><div class="kat-col-xs-2"><kat-button label="Appeal" variant="secondary"></kat-button></div></div>`;
    const wrapperClass = i % 5 === 4 ? 'ahd-product-policy-table-row-wrapper-nested' : 'ahd-product-policy-table-row-wrapper';
    return `<div class="${wrapperClass}">${inner}</div>`;
  });
  return `<section id="ahd-policy-compliance"><h2>Product Policy Compliance</h2><kat-label text="Received Intellectual Property Complaints"></kat-label><div id="ahd-product-policies-table">${header}${rows.join('')}</div></section>`;
}

/** A custom element with an open declarative shadow root (Chromium attaches it while parsing). */
function shadowWidget(rng: Random, index: number): string {
  return `<sc-help-panel id="help-${index}"><template shadowrootmode="open"><style>:host{display:block}</style><div class="panel"><h3>${words(rng, 3)}</h3><p>${words(rng, 25)}</p><kat-link label="Learn more" href="/help/hub/reference/external/G${digits(rng, 6)}"></kat-link><slot></slot></div></template><span>${words(rng, 6)}</span></sc-help-panel>`;
}

export function sellerCentralPage(options: { targetBytes?: number; seed?: number } = {}): GeneratedPage {
  const target = options.targetBytes ?? 2 * 1024 * 1024;
  const rng = random(options.seed ?? 48);
  const head = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Manage All Inventory</title><style>${'.kat-row{display:flex}.a-section{margin:0}'.repeat(40)}</style><script>window.__sc_config=${JSON.stringify({ marketplace: 'ATVPDKIKX0DER', features: Array.from({ length: 300 }, (_, i) => `feature-${i}`) })};</script></head><body>`;
  // The header's account switcher, as on every Seller Central page (its shape: lib/pages/account.ts).
  const switcher = `<div id="partner-switcher" data-merchant_selection="amzn1.merchant.o.A1BENCHSTORE0US"><button class="dropdown-account-switcher-header"><div class="dropdown-account-switcher-header-label"><span class="dropdown-account-switcher-header-label-global">Bench Goods</span><span class="dropdown-account-switcher-header-label-regional">North America</span></div></button></div>`;
  const nav = `<div id="sc-navbar">${switcher}<nav>${Array.from({ length: 60 }, (_, i) => `<a href="https://sellercentral.amazon.com/${rng.pick(['orders-v3', 'inventory', 'performance/dashboard', 'payments', 'reports'])}?ref=nav_${i}">${words(rng, 2)}</a>`).join(' ')}</nav><kat-dropdown name="marketplace" value="United States" label="Marketplace"></kat-dropdown><kat-search-field placeholder="Search" label="Search Seller Central"></kat-search-field></div>`;
  const top = `<div id="app-root"><h1>Manage All Inventory</h1><kat-box><kat-label text="Account Health Rating" variant="default"></kat-label><kat-badge label="At Risk" type="warning"></kat-badge></kat-box><kat-alert variant="danger" header="Action required" description="${escapeAttr(words(rng, 30))}"></kat-alert>${policyTable(rng, 60)}`;
  const parts: string[] = [head, nav, top, '<kat-table class="inventory-table"><kat-table-head><kat-table-row><kat-table-cell>Product</kat-table-cell><kat-table-cell>Status</kat-table-cell><kat-table-cell>Price</kat-table-cell></kat-table-row></kat-table-head><kat-table-body>'];
  let size = parts.reduce((sum, part) => sum + part.length, 0);
  let rows = 0;
  let shadowRoots = 0;
  const tail = `</kat-table-body></kat-table><div hidden>${words(rng, 200)}</div><div style="display:none">${words(rng, 200)}</div><script>window.__inventory={"rows":${rows}};</script></div></body></html>`;
  while (size + tail.length < target) {
    let piece = inventoryRow(rng, rows++);
    if (rows % 40 === 0) {
      // Widgets sit between groups of rows (help panels and tool tips in real pages).
      piece += `</kat-table-body></kat-table>${shadowWidget(rng, shadowRoots++)}${nested(rng, 12, `<p>${words(rng, 20)}</p>`)}<kat-table class="inventory-table"><kat-table-body>`;
    }
    parts.push(piece);
    size += piece.length;
  }
  parts.push(tail);
  return { html: parts.join(''), rows, policyRows: 60, shadowRoots };
}
