import { browser, type Browser } from 'wxt/browser';
import { isWatchedHost } from '../hosts';
import type { BrandSentryDb } from '../db';
import { type AnyReply, Message } from '../messaging';
import { acknowledge } from '../analyze/merge';
import { BrandProfile } from '../model/profile';
import { authorize } from '../offers/authorize';
import { profileRowId, storedProfile } from '../profiles';
import type { BackupAssembly } from '../backup/pieces';
import { restoreBackup } from '../backup/restore';
import { mergeBackup } from '../backup/merge';
import { captureTab } from './capture-tab';
import { checkDomainAge } from './domain-age';
import { importEmlFiles, importText } from './imports';
import { interpretCapture, type IngestInput } from './ingest';
import { mayStore, NOT_OWN_LISTING } from './own-listing-gate';
import { reinterpretCaptures, reinterpretStale } from './reinterpret';
import { NotSavedError, type SaveQueue } from './unsaved';
import type { TabAccounts } from './tab-accounts';
import { accountOfRead } from '../accounts/identity';
import { type Said, said } from '../said';

export interface BackgroundDeps {
  db: BrandSentryDb;
  now: () => number;
  /** Called after anything was stored, to recompute flags and the badge. */
  afterWrite: () => Promise<void>;
  /** Where reads are stored, and kept when storage refuses them (lib/background/unsaved.ts). */
  saves: SaveQueue;
  /** The account each tab showed last, for its badge (lib/background/tab-accounts.ts); absent in tests that do not need it. */
  tabAccounts?: TabAccounts;
  /** A backup being restored arrives in pieces (lib/backup/pieces.ts). */
  backupPieces: BackupAssembly;
  /** The follow-seller watch's browser side (lib/background/offer-runner.ts, retail-script.ts); absent in tests that do not need it. */
  offers?: {
    startCheck: () => Promise<unknown>;
    watch: (marketplace: string, on: boolean) => Promise<string[]>;
    scheduleDaily: (on: boolean) => Promise<void>;
  };
}

/**
 * Every message the background accepts goes through here: validated with zod first, so a bad
 * message is logged and answered with an error, never half-stored.
 */
export async function handleMessage(raw: unknown, sender: Browser.runtime.MessageSender, deps: BackgroundDeps): Promise<AnyReply> {
  const parsed = Message.safeParse(raw);
  if (!parsed.success) {
    const error = `Rejected message: ${parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || 'message'}: ${issue.message}`).join('; ')}`;
    console.warn('[Brand Sentry]', error);
    return { ok: false, code: 'invalid', error };
  }
  const message = parsed.data;
  // Messages from their owners only: the UI's from the extension's own pages, page reads from
  // our content scripts on the hosts they may run on. Anything else is refused unread.
  const owner = message.type.startsWith('UItoBG.') ? fromOwnPage(sender) : await fromOwnContentScript(sender);
  if (!owner) {
    console.warn('[Brand Sentry]', `Refused ${message.type} from ${sender.url ?? 'an unknown sender'}`);
    return { ok: false, code: 'invalid', error: `${message.type} is accepted only from ${message.type.startsWith('UItoBG.') ? "Brand Sentry's own pages" : "Brand Sentry's content script on Seller Central"}.` };
  }
  try {
    return await answer(message, sender, deps);
  } catch (error) {
    // Storage refused the read: it is kept to retry, and the sender hears it was not saved (a
    // content script sends it again later; the popup shows the state and a Retry button).
    if (error instanceof NotSavedError) return { ok: false, code: 'not-saved', error: error.message };
    throw error;
  }
}

async function answer(message: Message, sender: Browser.runtime.MessageSender, deps: BackgroundDeps): Promise<AnyReply> {
  const store = (input: IngestInput) => deps.saves.save(input);
  switch (message.type) {
    case 'CStoBG.pageRead': {
      // A content script reads its own page: a read that claims another site is refused.
      if (urlHost(sender.url!) !== urlHost(message.read.url)) return { ok: false, code: 'invalid', error: 'A page read must come from the page it describes.' };
      if (!(await mayStore(deps.db, message.read))) return { ok: false, code: 'not-own-listing', error: NOT_OWN_LISTING };
      const result = await store({ read: message.read, source: 'auto', now: deps.now() });
      // The tab's badge follows the account its page shows (a header with a store name only: all accounts).
      if (sender.tab?.id !== undefined) deps.tabAccounts?.set(sender.tab.id, accountOfRead(message.read)?.id ?? null);
      await deps.afterWrite();
      return { ok: true, ...result };
    }
    case 'UItoBG.captureTab': {
      const result = await captureTab(deps.db, message.tabId, deps.now, message.message, store, message.account);
      if (result.ok) await deps.afterWrite();
      return result;
    }
    case 'UItoBG.setSetting': {
      await deps.db.settings.put({ key: message.key, value: message.value });
      if (message.key === 'offerDailyCheck') await deps.offers?.scheduleDaily(message.value === 'on');
      return { ok: true, saved: true };
    }
    case 'UItoBG.watchOffers': {
      return { ok: true, marketplaces: (await deps.offers?.watch(message.marketplace, message.on)) ?? [] };
    }
    case 'UItoBG.checkOffers': {
      if (!deps.offers) return failed(said('offerCheckUnavailable'));
      // Not awaited: a run takes a few seconds per listing; its progress is the `offerCheck` setting.
      void deps.offers.startCheck().catch((error) => console.error('[Brand Sentry] offer check failed', error));
      return { ok: true, started: true };
    }
    case 'UItoBG.markAuthorized': {
      // The flag's account's own profile when it has one, else the one for all accounts.
      const account = message.account ?? null;
      const own = account ? await storedProfile(deps.db, account) : null;
      const owner = own ? account : null;
      const profile = authorize(own ?? BrandProfile.parse((await deps.db.profile.get(profileRowId(null)))?.profile ?? {}), message.sellerId, message.brand);
      if (!profile) return failed(said('addBrandFirst'));
      await deps.db.profile.put({ id: profileRowId(owner), account: owner, profile, updatedAt: deps.now() });
      await deps.afterWrite();
      return { ok: true, saved: true };
    }
    case 'UItoBG.acknowledgeFlag': {
      const flag = await deps.db.flags.get(message.key);
      if (!flag) return failed(said('flagGone'));
      await deps.db.flags.put(acknowledge(flag, deps.now()));
      await deps.afterWrite();
      return { ok: true, state: 'acknowledged' };
    }
    case 'UItoBG.saveProfile': {
      const account = message.account ?? null;
      await deps.db.profile.put({ id: profileRowId(account), account, profile: message.profile, updatedAt: deps.now() });
      await deps.afterWrite();
      return { ok: true, saved: true };
    }
    case 'UItoBG.importText': {
      // The seller's choice of account, for a paste that names no known store (lib/background/ingest.ts).
      const result = await importText(message.text, deps.now(), message.account ? (input) => store({ ...input, account: message.account }) : store);
      await deps.afterWrite();
      return { ok: true, ...result };
    }
    case 'UItoBG.importEml': {
      const files = await importEmlFiles(message.files, deps.now(), message.account ? (input) => store({ ...input, account: message.account }) : store);
      await deps.afterWrite();
      return { ok: true, files };
    }
    case 'UItoBG.reinterpret': {
      const count = await reinterpretCaptures(deps.db, message.captureIds);
      await deps.afterWrite();
      return { ok: true, count };
    }
    case 'UItoBG.checkDomainAge': {
      const age = await checkDomainAge(deps.db, message.domain, deps.now());
      await deps.afterWrite();
      return { ok: true, age };
    }
    case 'UItoBG.saveStatus':
      return { ok: true, ...deps.saves.status() };
    case 'UItoBG.retrySaves': {
      const status = await deps.saves.retry();
      await deps.afterWrite();
      return { ok: true, ...status };
    }
    case 'UItoBG.restoreBackup': {
      const assembled = deps.backupPieces.add(message);
      if (!assembled.ok) return failed(assembled.error);
      if (assembled.text === null) return { ok: true, received: assembled.received, counts: null };
      const result = await restoreBackup(deps.db, assembled.text);
      if (!result.ok) return failed(result.error);
      // A backup from an older parser fills the record tables only once its captures are re-read.
      await reinterpretStale(deps.db);
      await deps.afterWrite();
      return { ok: true, received: assembled.received, counts: result.counts };
    }
    case 'UItoBG.mergeBackup': {
      const assembled = deps.backupPieces.add(message);
      if (!assembled.ok) return failed(assembled.error);
      if (assembled.text === null) return { ok: true, received: assembled.received, merged: null };
      const result = await mergeBackup(deps.db, assembled.text, (capture) => interpretCapture(deps.db, capture));
      if (!result.ok) return failed(result.error);
      await deps.afterWrite();
      return { ok: true, received: assembled.received, merged: { added: result.added, had: result.had, conflicts: result.conflicts } };
    }
  }
}

/** An extension page of ours (popup, dashboard, options): our id, and a URL under our own origin. */
function fromOwnPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/**
 * Our content script in a tab, on a page it may run on: https on Seller Central or Brand
 * Registry, or a host the seller granted us (an optional host permission, asked at a click).
 */
async function fromOwnContentScript(sender: Browser.runtime.MessageSender): Promise<boolean> {
  if (sender.id !== browser.runtime.id || !sender.tab || typeof sender.url !== 'string') return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  if (isWatchedHost(url.hostname)) return true;
  try {
    return await browser.permissions.contains({ origins: [`${url.origin}/*`] });
  } catch {
    return false;
  }
}

/** A refusal the UI tells in the seller's language (components/said.ts); `error` is its key, for logs. */
function failed(reason: Said): { ok: false; error: string; said: Said } {
  return { ok: false, error: reason.key, said: reason };
}

function urlHost(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
