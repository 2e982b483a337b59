import * as z from 'zod/mini';

/**
 * The extension pages and the service worker forbid eval (CSP `script-src 'self'`), so zod's
 * compiled fast path never runs there: its probe fails and it interprets. The benchmarks measure
 * that same path. Imported first, before any schema is defined (zod reads it at definition).
 */
z.config({ jitless: true });
