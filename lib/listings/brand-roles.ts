import type { BrandRoleName, BrandRolesObservation } from '../model/brand-role';
import type { PageRead } from '../model/page-read';

/**
 * Role words -> roles (protection roles Administrator, Rights Owner, Registered
 * Agent; selling roles Brand Representative, Reseller; zh as Brand Registry's Chinese UI names
 * them). One cell can name several roles ("Administrator, Rights Owner"); words we do not know
 * (the pre-2017 "Brand Manager" of Brand Registry 1.0) are kept as 'Other' rather than dropped.
 */
const ROLE_WORDS: readonly (readonly [BrandRoleName, RegExp])[] = [
  ['Administrator', /administrator|管理员/i],
  ['Rights Owner', /rights?[\s-]owner|权利所有者|权利人/i],
  ['Registered Agent', /registered agent|注册代理/i],
  ['Brand Representative', /brand representative|品牌代表/i],
  ['Reseller', /reseller|经销商|分销商/i],
];
const BRAND_PAGES = ['brand-registry', 'brand-relationships'];

export function rolesFromText(text: string): BrandRoleName[] {
  const roles = ROLE_WORDS.filter(([, words]) => words.test(text)).map(([role]) => role);
  return roles.length || !text.trim() ? roles : ['Other'];
}

/**
 * Brand Registry / brand-relationships rows -> the account's brands and roles. `complete` comes
 * from the reader's 'brand-list' row (scope 'all': the page lists every brand, so a missing one is
 * lost). Null when the page is not a brand page or no brand role could be read from it.
 */
export function brandRolesFromRead(read: PageRead): BrandRolesObservation | null {
  try {
    if (!BRAND_PAGES.includes(read.pageKind)) return null;
    const roles = new Map<string, BrandRolesObservation['roles'][number]>();
    for (const { kind, cells } of read.rows) {
      const brand = cells.brand?.trim().slice(0, 500);
      if (kind !== 'brand-role' || !brand || !cells.role) continue;
      for (const role of rolesFromText(cells.role)) {
        roles.set(`${brand.toLowerCase()}|${role}`, { brand, role, status: cells.status?.trim().slice(0, 100) || null });
      }
    }
    if (!roles.size) return null;
    const complete = read.rows.some((row) => row.kind === 'brand-list' && row.cells.scope === 'all');
    return { roles: [...roles.values()].slice(0, 2_000), complete };
  } catch {
    return null; // untrusted page data: an unreadable page is "no observation", never a crash
  }
}
