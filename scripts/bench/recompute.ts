import { performance } from 'node:perf_hooks';
import type { AnalysisInput } from '../../lib/analyze';
import { analyzeAccounts } from '../../lib/analyze/accounts';
import { mergeFlags } from '../../lib/analyze/merge';
import { loadDomainListsFromDisk } from '../../lib/domains/lists-node';
import type { Flag } from '../../lib/model/flag';
import type { Dataset } from './dataset';
import { describe, median, repeat, result, type Row } from './report';

const RUNS = 9;
const WARMUP = 2;

export async function analysisInput(data: Dataset): Promise<AnalysisInput> {
  return {
    notices: data.notices,
    listingStates: data.listingStates,
    listingChanges: data.listingChanges,
    brandRoles: data.brandRoles,
    brandRoleChanges: data.brandRoleChanges,
    profile: data.profile,
    domainAges: data.domainAges,
    offerSellers: [],
    offerSnapshots: [],
    lists: await loadDomainListsFromDisk(),
    now: data.now,
  };
}

/** The flags the background would store for this database (first recompute: nothing stored before). */
export function flagsFor(input: AnalysisInput): Flag[] {
  return mergeFlags(analyzeAll(input), [], input.now);
}

/** The rules as the background runs them: per account (lib/analyze/accounts.ts), each with its profile. */
function analyzeAll(input: AnalysisInput) {
  return analyzeAccounts(input, () => input.profile);
}

/**
 * What every capture costs after it is stored: the rules over the whole database (`analyzeAccounts`)
 * and the merge with the stored flags (`mergeFlags`), as lib/background/recompute.ts runs them,
 * on 10,000 notices and 50,000 listing snapshots (which reach the rules as the listing states
 * rebuilt from them, as the background stores them). Reading the tables is not included (that is
 * IndexedDB's part, measured with the popup and ingest figures).
 */
export async function recomputeFigure(input: AnalysisInput, stored: readonly Flag[], snapshots: number): Promise<Row> {
  let flags = 0;
  const times = await repeat(RUNS, WARMUP, () => {
    const start = performance.now();
    const merged = mergeFlags(analyzeAll(input), stored, input.now + 1);
    flags = merged.length;
    return performance.now() - start;
  });
  return result({
    name: 'flag recompute 10k notices + 50k snapshots',
    value: median(times),
    unit: 'ms',
    budget: 150,
    note: `${input.notices.length} notices, ${snapshots} snapshots (summarised in the listing states), ${input.listingStates.length} listings, ${input.listingChanges.length} changes -> ${flags} flags (${stored.filter((f) => f.state === 'open').length} open); ${describe(times, 'ms')}`,
  });
}
