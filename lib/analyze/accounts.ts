import { type FlagDraft, flagKey } from '../model/flag';
import type { BrandProfile } from '../model/profile';
import { analyze } from './index';
import type { AnalysisInput } from './input';
import { byUrgency } from './severity';

/** The records of one account, and what every account shares (domain facts, lists, the clock). */
type Shared = Pick<AnalysisInput, 'domainAges' | 'lists' | 'now'>;
type Own = Omit<AnalysisInput, keyof Shared | 'profile'>;

const group = <T>(rows: readonly T[], accountOf: (row: T) => readonly (string | null)[], into: Map<string | null, Own>, field: keyof Own): void => {
  for (const row of rows) {
    for (const account of accountOf(row)) {
      let own = into.get(account);
      if (!own) into.set(account, (own = { notices: [], listingStates: [], listingChanges: [], brandRoles: [], brandRoleChanges: [], offerSellers: [], offerSnapshots: [], featuredOfferSignals: [] }));
      (own[field] as T[]).push(row);
    }
  }
};

/**
 * Records -> flags, one account at a time: each account's records meet only its own profile, so
 * a brand of account A never matches a listing of account B, and two accounts never share a flag
 * (an account's flags carry it in their subject, and so in their key). Records whose account is
 * unknown are analysed together with the profile for all accounts, as before accounts existed.
 *
 * Offers are read on Amazon's shop, which belongs to no account: an offer read goes to every
 * account that has that listing (ASIN and marketplace), and to the unknown account when none has.
 */
export function analyzeAccounts(input: Omit<AnalysisInput, 'profile'>, profileOf: (account: string | null) => BrandProfile): FlagDraft[] {
  const byAccount = new Map<string | null, Own>();
  const own = (row: { account: string | null }) => [row.account];
  group(input.notices, own, byAccount, 'notices');
  group(input.listingStates, own, byAccount, 'listingStates');
  group(input.listingChanges, own, byAccount, 'listingChanges');
  group(input.brandRoles, own, byAccount, 'brandRoles');
  group(input.brandRoleChanges, own, byAccount, 'brandRoleChanges');
  const listingAccounts = new Map<string, Set<string>>();
  for (const state of input.listingStates) {
    if (!state.account || !state.asin) continue;
    const key = `${state.asin}@${state.marketplace ?? '?'}`;
    let accounts = listingAccounts.get(key);
    if (!accounts) listingAccounts.set(key, (accounts = new Set()));
    accounts.add(state.account);
  }
  const offerAccounts = (row: { account: string | null; asin: string; marketplace: string }) => {
    if (row.account) return [row.account];
    const accounts = listingAccounts.get(`${row.asin}@${row.marketplace}`);
    return accounts ? [...accounts] : [null];
  };
  group(input.offerSellers, offerAccounts, byAccount, 'offerSellers');
  group(input.offerSnapshots, offerAccounts, byAccount, 'offerSnapshots');
  group(input.featuredOfferSignals ?? [], offerAccounts, byAccount, 'featuredOfferSignals');

  const shared: Shared = { domainAges: input.domainAges, lists: input.lists, now: input.now };
  const drafts: FlagDraft[] = [];
  for (const [account, records] of byAccount) {
    for (const draft of analyze({ ...records, ...shared, profile: profileOf(account) })) drafts.push(account === null ? draft : forAccount(draft, account));
  }
  return drafts.sort(byUrgency);
}

function forAccount(draft: FlagDraft, account: string): FlagDraft {
  const subject = { ...draft.subject, account };
  return { ...draft, subject, key: flagKey(draft.kind, subject), account };
}
