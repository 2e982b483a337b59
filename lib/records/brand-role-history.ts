import type { BrandRoleChange, BrandRoleName, BrandRoleState } from '../model/brand-role';

export interface RoleSnapshot {
  captureId: string;
  account: string | null;
  capturedAt: number;
  complete: boolean;
  roles: Array<{ brand: string; role: BrandRoleName }>;
}

/** One brand role of one account: the same brand and role in two accounts are two roles. */
export function brandRoleKey(brand: string, role: BrandRoleName, account: string | null = null): string {
  return `${brand.trim().toLowerCase()}|${role}${account ? `|${account}` : ''}`;
}

/**
 * Rebuilds every brand role's state and its gained/lost history from the Brand Registry page
 * reads (any order). A complete page (the account's brand list) that no longer lists a brand or
 * role loses it; a page about some brands only speaks for the brands it shows.
 */
export function rebuildBrandRoles(snapshots: readonly RoleSnapshot[]): { states: BrandRoleState[]; changes: BrandRoleChange[] } {
  // Each account's pages speak for that account only: a complete brand list of one account
  // says nothing about another's brands.
  const byAccount = new Map<string | null, RoleSnapshot[]>();
  for (const snapshot of snapshots) {
    const list = byAccount.get(snapshot.account);
    if (list) list.push(snapshot);
    else byAccount.set(snapshot.account, [snapshot]);
  }
  const states: BrandRoleState[] = [];
  const changes: BrandRoleChange[] = [];
  for (const [account, list] of byAccount) {
    const rebuilt = rebuildAccountRoles(list, account);
    states.push(...rebuilt.states);
    changes.push(...rebuilt.changes);
  }
  return { states, changes };
}

function rebuildAccountRoles(snapshots: readonly RoleSnapshot[], account: string | null): { states: BrandRoleState[]; changes: BrandRoleChange[] } {
  const ordered = [...snapshots].sort((a, b) => a.capturedAt - b.capturedAt);
  const states = new Map<string, BrandRoleState>();
  const changes: BrandRoleChange[] = [];
  ordered.forEach((snapshot, index) => {
    const listed = new Map(snapshot.roles.map((entry) => [brandRoleKey(entry.brand, entry.role, account), entry]));
    const brandsShown = new Set(snapshot.roles.map((entry) => entry.brand.trim().toLowerCase()));
    for (const [key, entry] of listed) {
      const state = states.get(key);
      if (!state) {
        states.set(key, {
          key,
          account,
          brand: entry.brand,
          role: entry.role,
          present: true,
          firstSeenAt: snapshot.capturedAt,
          lastSeenAt: snapshot.capturedAt,
          lostAt: null,
          lastCaptureId: snapshot.captureId,
        });
        // The first page read is the baseline, not a change.
        if (index > 0) changes.push(change(key, entry.brand, entry.role, 'gained', snapshot, account));
        continue;
      }
      if (!state.present) changes.push(change(key, state.brand, state.role, 'gained', snapshot, account));
      Object.assign(state, { present: true, lastSeenAt: snapshot.capturedAt, lostAt: null, lastCaptureId: snapshot.captureId });
    }
    for (const state of states.values()) {
      if (!state.present || listed.has(state.key)) continue;
      const speaksForIt = snapshot.complete || brandsShown.has(state.brand.trim().toLowerCase());
      if (!speaksForIt) continue;
      Object.assign(state, { present: false, lostAt: snapshot.capturedAt, lastCaptureId: snapshot.captureId });
      changes.push(change(state.key, state.brand, state.role, 'lost', snapshot, account));
    }
  });
  return { states: [...states.values()], changes };
}

function change(key: string, brand: string, role: BrandRoleName, kind: 'gained' | 'lost', snapshot: RoleSnapshot, account: string | null): BrandRoleChange {
  return { id: `${key}:${kind}:${snapshot.captureId}`, account, key, brand, role, change: kind, at: snapshot.capturedAt, captureId: snapshot.captureId };
}
