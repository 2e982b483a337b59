import type { Page } from 'playwright-core';
import { PARSER_VERSION } from '../../lib/interpret';
import type { Capture } from '../../lib/model/capture';
import type { Flag } from '../../lib/model/flag';
import type { Dataset } from './dataset';
import { putRows, storeNames } from './idb';

const FILLER = 'Hello, We removed some of your listings because a rights owner reported that they may infringe the rights owner\u2019s trademark. '.repeat(12);

/** A stored capture for the dataset's record: a PageRead of typical size, already interpreted. */
function captureRow(meta: Dataset['captures'][number]): Capture {
  return {
    ...meta,
    source: 'auto',
    lastSeenAt: meta.capturedAt,
    account: null,
    accountName: null,
    read: {
      url: meta.url,
      title: meta.pageKind,
      pageKind: meta.pageKind,
      account: null,
      marketplace: meta.marketplace,
      lang: 'en-US',
      text: `${meta.pageKind} ${meta.id.slice(-8)}\n${FILLER}`,
      html: null,
      katal: [],
      rows: [],
      fields: [],
      alerts: [],
      links: [],
      mail: null,
    },
    screenshotId: null,
    // Current parser version: the background must not re-interpret (and rewrite) the bench data.
    parserVersion: PARSER_VERSION,
    status: 'interpreted',
    statusReason: null,
  };
}

/**
 * Fills the extension's database through an extension page. The popup is opened first so Dexie
 * creates the schema (the raw API would otherwise create an empty database).
 */
export async function fillDatabase(page: Page, popupUrl: string, data: Dataset, flags: readonly Flag[]): Promise<Record<string, number>> {
  await page.goto(popupUrl);
  const deadline = Date.now() + 15_000;
  while (!(await storeNames(page)).includes('flags')) {
    if (Date.now() > deadline) throw new Error('the popup did not create the brand-sentry database');
    await page.waitForTimeout(100);
  }
  await page.goto('about:blank');
  await page.goto(popupUrl.replace('popup.html', 'manifest.json'));
  const tables: Record<string, readonly unknown[]> = {
    captures: data.captures.map(captureRow),
    notices: data.notices,
    listingSnapshots: data.listingSnapshots,
    listingStates: data.listingStates,
    listingChanges: data.listingChanges,
    brandRoleSnapshots: data.brandRoleSnapshots,
    brandRoles: data.brandRoles,
    brandRoleChanges: data.brandRoleChanges,
    flags,
    profile: [{ id: 'me', profile: data.profile, updatedAt: data.now }],
    domainAges: data.domainAges,
  };
  const counts: Record<string, number> = {};
  for (const [store, rows] of Object.entries(tables)) {
    await putRows(page, store, rows);
    counts[store] = rows.length;
  }
  return counts;
}
