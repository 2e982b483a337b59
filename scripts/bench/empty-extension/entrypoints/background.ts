import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

// A module worker like Brand Sentry's, so the two start the same way.
export default defineBackground({
  type: 'module',
  main() {
    browser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse({ ok: true });
    });
  },
});
