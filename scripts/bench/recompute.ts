import type { AnalysisInput } from '../../lib/analyze';
import { analyzeAccounts } from '../../lib/analyze/accounts';
import { mergeFlags } from '../../lib/analyze/merge';
import { loadDomainListsFromDisk } from '../../lib/domains/lists-node';
import type { Flag } from '../../lib/model/flag';
import type { Dataset } from './dataset';
import { cpuMs, describe, median, result, type Row } from './report';

const RUNS = 21;
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

/** Today's ratio, the worst of runs beside a build on the 2-core machine (README, Budgets): it may not get worse. */
export const RECOMPUTE_BUDGET = 5;

/**
 * What every capture costs after it is stored: the rules over the whole database (`analyzeAccounts`)
 * and the merge with the stored flags (`mergeFlags`), as lib/background/recompute.ts runs them,
 * on 10,000 notices and 50,000 listing snapshots (which reach the rules as the listing states
 * rebuilt from them, as the background stores them). Reading the tables is not included (that is
 * IndexedDB's part, measured with the popup and ingest figures).
 *
 * The floor touches every input once: `JSON.stringify` of every row the rules and the merge are
 * given (notices, listing states and changes, brand roles and their changes, the profile, domain
 * ages, the stored flags; the bundled domain lists are reference data, not rows). Taking turns
 * (and turns at going first); the figure is the median of the runs' ratios.
 */
export async function recomputeFigure(input: AnalysisInput, stored: readonly Flag[], snapshots: number): Promise<Row> {
  const { lists: _lists, now: _now, ...rows } = input;
  let flags = 0;
  let sink = 0;
  const times = { recompute: [] as number[], floor: [] as number[] };
  const ratios: number[] = [];
  for (let run = -WARMUP; run < RUNS; run++) {
    const spent = { recompute: 0, floor: 0 };
    for (const what of run % 2 === 0 ? (['recompute', 'floor'] as const) : (['floor', 'recompute'] as const)) {
      const start = cpuMs();
      if (what === 'recompute') flags = mergeFlags(analyzeAll(input), stored, input.now + 1).length;
      else sink += JSON.stringify(rows).length + JSON.stringify(stored).length;
      spent[what] = cpuMs() - start;
      if (run >= 0) times[what].push(spent[what]);
    }
    if (run >= 0) ratios.push(spent.recompute / spent.floor);
  }
  if (sink === 0) throw new Error('the floor serialised nothing');
  return result({
    name: 'flag recompute 10k notices + 50k snapshots / JSON.stringify of its rows',
    value: median(ratios),
    unit: 'x',
    budget: RECOMPUTE_BUDGET,
    note: `median of ${ratios.length} runs' ratios; ${input.notices.length} notices, ${snapshots} snapshots (summarised in the listing states), ${input.listingStates.length} listings, ${input.listingChanges.length} changes -> ${flags} flags (${stored.filter((f) => f.state === 'open').length} open); recompute ${describe(times.recompute, 'ms CPU')}; JSON.stringify ${describe(times.floor, 'ms CPU')}`,
  });
}
