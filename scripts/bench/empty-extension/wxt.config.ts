import { defineConfig } from 'wxt';

/**
 * The bench's floor for the extension's browser figures: a WXT extension with nothing in it but a
 * background that answers one message and an empty page. Built by `npm run bench` into
 * .output-bench/empty (scripts/bench/index.ts) and loaded beside Brand Sentry in the same Chromium.
 */
export default defineConfig({
  manifest: { name: 'Bench floor', version: '0.0.0' },
});
