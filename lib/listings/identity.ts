/** ASINs are 10 upper-case letters and digits (ListingObservation's own rule); anything else is not one. */
export function normaliseAsin(value: string | null | undefined): string | null {
  const asin = (value ?? '').trim().toUpperCase();
  return /^[A-Z0-9]{10}$/.test(asin) ? asin : null;
}

/** A query parameter by name, case-insensitively (marketplaceID / marketplaceId both occur). */
export function queryParam(url: string, name: string): string | null {
  try {
    for (const [key, value] of new URL(url).searchParams) if (key.toLowerCase() === name.toLowerCase()) return value.trim() || null;
  } catch {
    // not a URL: no parameters
  }
  return null;
}
