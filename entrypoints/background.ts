import { browser } from 'wxt/browser';
import { showBadge } from '../lib/background/badge';
import { reinterpretStale } from '../lib/background/reinterpret';
import { handleMessage } from '../lib/background/router';
import { database } from '../lib/db';

// A module worker: built together with the extension pages, so Dexie, zod and the models ship once.
export default defineBackground({
  type: 'module',
  main() {
    const db = database();
    const deps = {
      db,
      now: () => Date.now(),
      afterWrite: () => showBadge({ count: 0, worst: null }),
    };
    // Returning the promise is how webextension-polyfill sends the reply.
    browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, deps));
    void reinterpretStale(db).then(deps.afterWrite);
  },
});
