import { browser } from 'wxt/browser';
import type { Message, MessageInput, Reply } from './messaging';

/**
 * Sends a message to the background and returns its typed reply; never throws. Kept apart
 * from lib/messaging.ts (which holds the zod schemas) so the content script carries no zod.
 */
export async function sendToBackground<T extends Message['type']>(
  message: Extract<MessageInput, { type: T }>,
): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
    return reply ?? { ok: false, error: 'Brand Sentry did not answer. Reload the extension and try again.' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
