import { onBrandRegistry, type PageKind } from '../page-kind';
import { readBrandRoleRows } from './read';

/**
 * Brand Registry (brandregistry.amazon.com, every path): roles per brand under
 * "Settings" > "User permissions" and "Manage" > "Manage selling roles" ("Connected" tab).
 */
export const brandRegistry: PageKind = {
  id: 'brand-registry',
  auto: true,
  match: onBrandRegistry,
  read: (doc) => ({ rows: readBrandRoleRows(doc) }),
};

/** Real URL shapes this kind must match; every other kind must reject them (tests only: lib/pages/examples.ts). */
export const BRAND_REGISTRY_EXAMPLES = [
  'https://brandregistry.amazon.com/',
  'https://brandregistry.amazon.com/brand-protection',
  'https://brandregistry.amazon.com/cu/case-dashboard',
];
