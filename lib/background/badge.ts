import { browser } from 'wxt/browser';

export interface BadgeState {
  /** Open high-severity flags. */
  count: number;
  worst: 'high' | 'medium' | 'low' | null;
}

const COLORS = { high: '#b3261e', medium: '#b86e00', low: '#5f6368' } as const;

/**
 * The toolbar badge: the number of open high flags, coloured by the worst open severity. With a
 * tab: that tab's own badge (its account's flags), which the browser shows while the tab is in front.
 */
export async function showBadge(state: BadgeState, tabId?: number): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const tab = tabId === undefined ? {} : { tabId };
  await action.setBadgeText({ ...tab, text: state.count > 0 ? String(Math.min(state.count, 999)) : state.worst ? '•' : '' });
  if (state.worst) await action.setBadgeBackgroundColor({ ...tab, color: COLORS[state.worst] });
}
