import { worse } from './severity';
import { type FlagDraft, type FlagFinding, type FlagKind, type FlagReason, type FlagSubject, type Severity, flagKey } from '../model/flag';

/**
 * Collects the findings of one subject into one flag: reasons de-duplicated in order, evidence
 * as a set, first/last seen as the span of the evidence, severity the worst finding's.
 */
export class FlagBuilder {
  private readonly findings: FlagFinding[] = [];
  /** The same findings by reason: a campaign adds thousands, compared only within their reason. */
  private readonly byReason = new Map<FlagReason, FlagFinding[]>();
  private readonly evidence = new Set<string>();
  private severity: Severity = 'low';
  private firstSeen = Number.POSITIVE_INFINITY;
  private lastSeen = 0;
  resolvedBy: string | null = null;

  constructor(
    readonly kind: FlagKind,
    readonly subject: FlagSubject,
    readonly marketplace: string | null,
  ) {}

  add(reason: FlagReason, severity: Severity, at: number, evidence: readonly string[], facts: Record<string, string> = {}): this {
    let same = this.byReason.get(reason);
    if (!same) this.byReason.set(reason, (same = []));
    if (!same.some((finding) => sameFacts(finding.facts, facts))) {
      const finding = { reason, facts };
      same.push(finding);
      this.findings.push(finding);
    }
    for (const id of evidence) this.evidence.add(id);
    this.severity = worse(this.severity, severity);
    this.firstSeen = Math.min(this.firstSeen, at);
    this.lastSeen = Math.max(this.lastSeen, at);
    return this;
  }

  get empty(): boolean {
    return this.findings.length === 0;
  }

  get seenUntil(): number {
    return this.lastSeen;
  }

  build(): FlagDraft {
    return {
      key: flagKey(this.kind, this.subject),
      kind: this.kind,
      severity: this.severity,
      subject: this.subject,
      marketplace: this.marketplace,
      // The rules see one account's records at a time; lib/analyze/accounts.ts names the account.
      account: null,
      reasons: [...new Set(this.findings.map((finding) => finding.reason))],
      findings: this.findings,
      evidence: [...this.evidence].sort(),
      firstSeen: this.firstSeen,
      lastSeen: this.lastSeen,
      resolvedBy: this.resolvedBy,
    };
  }
}

/** Equal facts, compared without Object.keys: it runs for every finding of a recompute, and two key arrays per call are garbage the recompute need not make. */
function sameFacts(a: Record<string, string>, b: Record<string, string>): boolean {
  if (a === b) return true;
  let keys = 0;
  for (const key in a) {
    if (a[key] !== b[key]) return false;
    keys += 1;
  }
  for (const _ in b) keys -= 1;
  return keys === 0;
}
