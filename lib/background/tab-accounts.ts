/**
 * Which selling account each tab showed last (the content script's reads): the badge of a tab
 * counts that account's flags, so the tab in front says how its own account is doing. Kept in
 * the worker's memory only; after a restart the badge counts all accounts until the tab's next read.
 */
export class TabAccounts {
  #byTab = new Map<number, string>();

  /** A tab's latest read; a page that named no account leaves the tab with the all-accounts badge. */
  set(tabId: number, account: string | null): void {
    if (account === null) this.#byTab.delete(tabId);
    else this.#byTab.set(tabId, account);
  }

  forget(tabId: number): void {
    this.#byTab.delete(tabId);
  }

  entries(): Array<[number, string]> {
    return [...this.#byTab];
  }
}
