/**
 * zod, the tree-shakable `zod/mini` build (functional API: `z.optional(x)`, `.check(z.maxLength(n))`),
 * with zod's English messages. Classic `zod` registers English by itself; mini does not, and
 * without it every issue reads "Invalid input". The messages reach sellers (a rejected message,
 * a bad backup row, the brand form), so schema modules import zod from here, never from
 * 'zod/mini' directly: the locale is then set before any schema can parse.
 *
 *   import * as z from '../zod';
 *
 * (A re-export of the module, not of a `z` namespace object: esbuild keeps the whole of zod for
 * the latter; Rollup shakes either.)
 */
import { config } from 'zod/mini';
import { en } from 'zod/locales';

config(en());
// zod probes `new Function` to compile parsers; the extension's CSP (no unsafe-eval) refuses it and
// logs a violation in every extension page. The interpreted path it falls back to is the one we run.
config({ jitless: true });

export * from 'zod/mini';
