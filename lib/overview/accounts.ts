import { SEVERITIES, severityRank, worstSeverity } from '../analyze/severity';
import type { SellerAccount } from '../model/account';
import type { Flag, FlagKind, Severity } from '../model/flag';

/** One account's line of the overview: its open flags by kind, and the worst of them. */
export interface AccountSummary {
  /** The merchant token; null for the records no page tied to an account. */
  account: string | null;
  name: string | null;
  open: number;
  worst: Severity | null;
  /** Open flags per kind, each with its worst severity; kinds without open flags are left out. */
  kinds: Array<{ kind: FlagKind; count: number; worst: Severity }>;
}

/**
 * Each account's open flags by kind and worst severity, most urgent first: worst severity, then
 * the count of flags of that severity, then all open flags, then the name (code units, the same
 * order everywhere). Every known account is listed, with no open flags too, so an agency sees
 * that a quiet account is being watched; the unknown account only when it has open flags.
 */
export function accountSummaries(flags: readonly Flag[], accounts: readonly SellerAccount[]): AccountSummary[] {
  const open = flags.filter((flag) => flag.state === 'open');
  const byAccount = new Map<string | null, Flag[]>(accounts.map((account) => [account.id, []]));
  for (const flag of open) {
    const list = byAccount.get(flag.account);
    if (list) list.push(flag);
    else byAccount.set(flag.account, [flag]);
  }
  const names = new Map(accounts.map((account) => [account.id, account.name]));
  const summaries: AccountSummary[] = [...byAccount].map(([account, list]) => {
    const kinds = new Map<FlagKind, Flag[]>();
    for (const flag of list) kinds.set(flag.kind, [...(kinds.get(flag.kind) ?? []), flag]);
    return {
      account,
      name: account === null ? null : (names.get(account) ?? null),
      open: list.length,
      worst: worstSeverity(list),
      kinds: [...kinds]
        .map(([kind, same]) => ({ kind, count: same.length, worst: worstSeverity(same)! }))
        .sort((a, b) => severityRank(b.worst) - severityRank(a.worst) || b.count - a.count || (a.kind < b.kind ? -1 : 1)),
    };
  });
  const countAt = (summary: AccountSummary, severity: Severity) => (byAccount.get(summary.account) ?? []).filter((flag) => flag.severity === severity).length;
  const label = (summary: AccountSummary) => summary.name ?? summary.account ?? '\uffff';
  return summaries.sort((a, b) => {
    const rank = (a.worst ? severityRank(a.worst) : 0) - (b.worst ? severityRank(b.worst) : 0);
    if (rank !== 0) return -rank;
    for (const severity of SEVERITIES) {
      const diff = countAt(b, severity) - countAt(a, severity);
      if (diff !== 0) return diff;
    }
    return b.open - a.open || (label(a) < label(b) ? -1 : label(a) > label(b) ? 1 : 0);
  });
}
