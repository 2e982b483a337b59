import { watchPage } from '../../lib/content/watch-page';
import { findRetailKind } from '../../lib/pages/retail-kinds';

/**
 * Reads the seller's product pages and offer lists on Amazon's retail sites. Registered at run
 * time (lib/background/retail-script.ts) for the marketplaces the seller allowed, and only
 * those: `matches` stays empty here, so the manifest asks for no retail host at install.
 * The background stores a read only when it is one of the seller's own listings.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    watchPage(ctx, findRetailKind);
  },
});
