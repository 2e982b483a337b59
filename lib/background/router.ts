import type { Browser } from 'wxt/browser';
import type { BrandSentryDb } from '../db';
import { type AnyReply, Message } from '../messaging';
import { captureTab } from './capture-tab';
import { ingest } from './ingest';

export interface BackgroundDeps {
  db: BrandSentryDb;
  now: () => number;
  /** Called after anything was stored, to recompute flags and the badge. */
  afterWrite: () => Promise<void>;
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
  switch (message.type) {
    case 'CStoBG.pageRead': {
      if (!sender.tab) return { ok: false, code: 'invalid', error: 'Page reads come from content scripts only.' };
      const result = await ingest(deps.db, { read: message.read, source: 'auto', now: deps.now() });
      await deps.afterWrite();
      return { ok: true, ...result };
    }
    case 'UItoBG.captureTab': {
      const result = await captureTab(deps.db, message.tabId, deps.now);
      if (result.ok) await deps.afterWrite();
      return result;
    }
    case 'UItoBG.setSetting': {
      await deps.db.settings.put({ key: message.key, value: message.value });
      return { ok: true, saved: true };
    }
  }
}
