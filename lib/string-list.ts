/**
 * A settings value holding a JSON list of strings (seen marketplaces, a brand's self-check
 * ticks). Anything else reads as an empty list: a damaged setting never breaks a page.
 */
export function parseStringList(value: string | undefined): string[] {
  try {
    const parsed: unknown = JSON.parse(value ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
