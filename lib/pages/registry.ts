import { accountHealth } from './account-health';
import type { PageKind } from './page-kind';
import { performanceNotifications } from './performance-notifications';
import { productPolicies } from './product-policies';
import { webmail } from './webmail';

/** Every page kind Brand Sentry knows. Order does not matter: URLs match at most one kind (tested). */
export const PAGE_KINDS: readonly PageKind[] = [accountHealth, productPolicies, performanceNotifications, webmail];

export function findPageKind(url: URL): PageKind | undefined {
  return PAGE_KINDS.find((kind) => kind.match(url));
}
