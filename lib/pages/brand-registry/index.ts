import { onBrandRegistry, type PageKind } from '../page-kind';
import { readBrandRoleRows } from './read';

/**
 * Brand Registry (brandregistry.amazon.com, every path; digest 32-35, 49): roles per brand under
 * "Settings" > "User permissions" and "Manage" > "Manage selling roles" ("Connected" tab).
 */
export const brandRegistry: PageKind = {
  id: 'brand-registry',
  auto: true,
  examples: [
    'https://brandregistry.amazon.com/',
    'https://brandregistry.amazon.com/brand-protection',
    'https://brandregistry.amazon.com/cu/case-dashboard',
  ],
  match: onBrandRegistry,
  read: (doc) => ({ rows: readBrandRoleRows(doc) }),
};
