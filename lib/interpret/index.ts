import type { PageRead } from '../model/page-read';

/**
 * Bumped whenever an interpreter changes what it makes of a page: stored captures with an older
 * version are interpreted again in the background (lib/background/reinterpret.ts).
 */
export const PARSER_VERSION = 1;

export interface Interpretation {
  status: 'interpreted' | 'unrecognised';
  /** Why a capture is unrecognised, in words a seller or support can act on. */
  reason: string | null;
}

/** PageRead -> records. Pure: no DOM, no storage. Later issues add the notice and listing readers. */
export function interpret(read: PageRead): Interpretation {
  if (read.pageKind === 'unknown') {
    return { status: 'unrecognised', reason: 'No Brand Sentry reader knows this page yet; it is kept as captured.' };
  }
  return { status: 'interpreted', reason: null };
}
