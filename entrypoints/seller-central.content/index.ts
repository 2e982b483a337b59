import { WATCHED_MATCH_PATTERNS } from '../../lib/hosts';
import { watchPage } from '../../lib/content/watch-page';
import { findAutoKind } from '../../lib/pages/auto-kinds';

export default defineContentScript({
  matches: WATCHED_MATCH_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    watchPage(ctx, findAutoKind);
  },
});
