/**
 * Small generated Seller Central pages for the browser tests: distinct per index, each one a page
 * kind the content script captures automatically. Invented values; shapes as in
 * tests/fixtures/pages (Performance Notification with its message, Account Health, inventory rows).
 */
export interface ScPage {
  path: string;
  html: string;
  /** A string only this page's captured text contains. */
  marker: string;
  kind: 'performance-notifications' | 'account-health' | 'inventory';
  complaintId?: string;
}

const asinFor = (i: number) => `B0TEST${String(i).padStart(4, '0')}`;

export function scPage(i: number): ScPage {
  const which = i % 4;
  if (which === 0 || which === 1) {
    const complaintId = String(3_000_000_000 + i);
    const marker = `Complaint ID: ${complaintId}`;
    return {
      path: `/performance/notifications?message=${i}`,
      kind: 'performance-notifications',
      marker,
      complaintId,
      html: `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Performance Notifications</title></head><body>
<div id="app-root"><kat-table><kat-table-body><kat-table-row class="starfleet-notification-row"><kat-table-cell>Notice: Policy Warning ${i}</kat-table-cell><kat-table-cell><span class="starfleet-notification-date">November ${1 + (i % 28)}, 2026</span></kat-table-cell></kat-table-row></kat-table-body></kat-table>
<div class="message"><p>Hello,</p><p>We removed some of your listings because a rights owner reported that they may infringe the rights owner's trademark.</p>
<p>These are the rights owner's contact details:<br>-- Fuzz Holdings ${i} Ltd<br>-- ip${i}@holdings-${i}.co.uk</p>
<p>ASIN: ${asinFor(i)}<br>Title: Test product ${i}<br>Infringement type: Trademark<br>${marker}</p><p>Seller Performance Team</p></div></div></body></html>`,
    };
  }
  if (which === 2) {
    const marker = `Policy row ${i}`;
    return {
      path: `/performance/dashboard?view=${i}`,
      kind: 'account-health',
      marker,
      html: `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Account Health</title></head><body><div id="app-root"><h1>Account Health</h1>
<kat-box><kat-label text="Account Health Rating"></kat-label><kat-badge label="At Risk" type="warning"></kat-badge></kat-box>
<section><h2>Policy Compliance</h2><div class="kat-row"><a href="/performance/account/health/product-policies?t=received-ip">Received Intellectual Property Complaints</a><span>(${i})</span></div><p>${marker}</p></section></div></body></html>`,
    };
  }
  const marker = `SKU-CONC-${i}`;
  return {
    path: `/inventory?page=${i}`,
    kind: 'inventory',
    marker,
    html: `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Manage All Inventory</title></head><body><table class="mt-table"><tbody>
<tr class="mt-row" data-sku="${marker}"><td data-column="sku">${marker}</td><td data-column="asin">${asinFor(i)}</td><td data-column="title">Test product ${i}</td><td data-column="status">Active</td></tr>
</tbody></table></body></html>`,
  };
}
