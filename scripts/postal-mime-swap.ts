import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * postal-mime's pass-through decoder keeps each line as a Blob part, which costs seconds on a
 * mail of many short lines; lib/notices/pass-through-decoder.ts copies them into one buffer.
 * Used by wxt.config.ts and vitest.config.ts; Node scripts get the same swap from
 * scripts/node-swaps.mjs.
 */
export function linearPostalMimeDecoder(): Plugin {
  const decoder = resolve('lib/notices/pass-through-decoder.ts');
  return {
    name: 'brand-sentry:postal-mime-linear-decoder',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './pass-through-decoder.js' && importer && /[\\/]node_modules[\\/]postal-mime[\\/]/.test(importer)) return decoder;
      return null;
    },
  };
}
