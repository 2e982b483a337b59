/**
 * The version 8 upgrade: every row of a table that has an `account` field since version 8 gets
 * it, null (nothing before version 8 knew accounts). Frozen with its version: it names the
 * tables as they were at version 8 and imports nothing of today's code.
 */
export const V8_ACCOUNT_TABLES = ['captures', 'screenshots', 'notices', 'listingStates', 'brandRoles', 'flags', 'offerSnapshots', 'offerSellers', 'profile'] as const;

export function v8WithAccount(row: { account?: unknown }): void {
  if (row.account === undefined) row.account = null;
}
