import { AUTO_KINDS } from './auto-kinds';
import type { PageKind } from './page-kind';
import { RETAIL_PAGE_KINDS } from './retail-kinds';
import { webmail } from './webmail';

/** Every page kind Brand Sentry knows. Order does not matter: URLs match at most one kind (tested). */
export const PAGE_KINDS: readonly PageKind[] = [...AUTO_KINDS, ...RETAIL_PAGE_KINDS, webmail];

export function findPageKind(url: URL): PageKind | undefined {
  return PAGE_KINDS.find((kind) => kind.match(url));
}
