import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * A Vite plugin that gives postal-mime one of our modules in place of one of its own: only the
 * relative import `specifier` made from inside node_modules/postal-mime is redirected.
 */
function postalMimeSwap(name: string, swaps: Record<string, string>): Plugin {
  const replacements = new Map(Object.entries(swaps).map(([specifier, file]) => [specifier, resolve(file)]));
  return {
    name: `brand-sentry:postal-mime-${name}`,
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && /[\\/]node_modules[\\/]postal-mime[\\/]/.test(importer)) return replacements.get(source) ?? null;
      return null;
    },
  };
}

/**
 * postal-mime's pass-through and base64 decoders keep a Blob part per line (per padded unit for
 * base64), which costs seconds on a mail of many short lines; lib/notices/pass-through-decoder.ts
 * and lib/notices/base64-decoder.ts write into one buffer. Used by wxt.config.ts and
 * vitest.config.ts; Node scripts get the same swaps from scripts/node-swaps.mjs.
 */
export const linearPostalMimeDecoder = () =>
  postalMimeSwap('linear-decoders', {
    './pass-through-decoder.js': 'lib/notices/pass-through-decoder.ts',
    './base64-decoder.js': 'lib/notices/base64-decoder.ts',
  });

/**
 * postal-mime's named-entity table (all 2,231 HTML references) only serves its HTML-to-text of
 * mails without a text part. The extension gets lib/notices/html-entities-lite.ts instead: the
 * Latin-1 and punctuation names notices use, same key shape. Node keeps the full table;
 * tests/unit/notices-entities.test.ts reads the same mails through both.
 */
export const liteHtmlEntitiesForPostalMime = () => postalMimeSwap('lite-entities', { './html-entities.js': 'lib/notices/html-entities-lite.ts' });
