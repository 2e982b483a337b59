import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { linearPostalMimeDecoder } from './scripts/postal-mime-swap';

export default defineConfig({
  plugins: [WxtVitest(), linearPostalMimeDecoder()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // Run postal-mime through Vite, not Node, so a test can swap its entity table the way the
    // extension build does (tests/unit/notices-entities.test.ts).
    server: { deps: { inline: ['postal-mime'] } },
  },
});
