/**
 * A name as compared across records: NFKC, lower case, letters and digits only
 * ("Lumora Brand Holdings Ltd." and "LUMORA brand-holdings ltd" are one rights owner).
 */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
