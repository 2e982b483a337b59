import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * A Vite plugin that gives postal-mime one of our modules in place of one of its own: only the
 * relative import `specifier` made from inside node_modules/postal-mime is redirected.
 */
function postalMimeSwap(name: string, specifier: string, file: string): Plugin {
  const replacement = resolve(file);
  return {
    name: `brand-sentry:postal-mime-${name}`,
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === specifier && importer && /[\\/]node_modules[\\/]postal-mime[\\/]/.test(importer)) return replacement;
      return null;
    },
  };
}

/**
 * postal-mime's pass-through decoder keeps each line as a Blob part, which costs seconds on a
 * mail of many short lines; lib/notices/pass-through-decoder.ts copies them into one buffer.
 * Used by wxt.config.ts and vitest.config.ts; Node scripts get the same swap from
 * scripts/node-swaps.mjs.
 */
export const linearPostalMimeDecoder = () => postalMimeSwap('linear-decoder', './pass-through-decoder.js', 'lib/notices/pass-through-decoder.ts');

/**
 * postal-mime's named-entity table (all 2,231 HTML references) only serves its HTML-to-text of
 * mails without a text part. The extension gets lib/notices/html-entities-lite.ts instead: the
 * Latin-1 and punctuation names notices use, same key shape. Node keeps the full table;
 * tests/unit/notices-entities.test.ts reads the same mails through both.
 */
export const liteHtmlEntitiesForPostalMime = () => postalMimeSwap('lite-entities', './html-entities.js', 'lib/notices/html-entities-lite.ts');
