import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { WATCHED_MATCH_PATTERNS } from './lib/hosts';

/**
 * `wxt build --mode e2e` (outDir .output/chrome-mv3-e2e) is the build the browser tests load.
 * It adds one host permission so the tests can run one-click capture and its screenshot on a
 * local webmail page: in real use `activeTab` grants that when the seller clicks the toolbar
 * button, which Playwright cannot do. The production manifest never has it (pinned by a test).
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022', minify: true },
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    optional_permissions: ['notifications'],
    host_permissions: mode === 'e2e' ? [...WATCHED_MATCH_PATTERNS, '<all_urls>'] : WATCHED_MATCH_PATTERNS,
    action: { default_title: '__MSG_extName__' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'brand-sentry@brandsentry.app', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
