import { browser } from 'wxt/browser';

export interface BadgeState {
  /** Open high-severity flags. */
  count: number;
  worst: 'high' | 'medium' | 'low' | null;
}

const COLORS = { high: '#b3261e', medium: '#b86e00', low: '#5f6368' } as const;

/** The toolbar badge: the number of open high flags, coloured by the worst open severity. */
export async function showBadge(state: BadgeState): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ text: state.count > 0 ? String(Math.min(state.count, 999)) : state.worst ? '•' : '' });
  if (state.worst) await action.setBadgeBackgroundColor({ color: COLORS[state.worst] });
}
