import type { MessageKey } from './i18n';
import * as z from './zod';

/**
 * What a library says to the seller: a message key of lib/i18n and its parameters, never a
 * sentence. Only components translate (components/said.ts); the CLI prints the English. Stored
 * rows keep it as data too (a capture's status reason, a domain age's "unknown" reason), so a
 * key is never renamed without a schema version that renames it in stored rows.
 */
export const Said = z.object({
  key: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9.]{0,99}$/)),
  params: z.optional(z.record(z.string().check(z.maxLength(40)), z.union([z.string().check(z.maxLength(2_000)), z.number()]))),
});
export type Said = z.infer<typeof Said>;

/** Said by a library: the key must be one of the dictionary's (checked by the type). */
export function said(key: MessageKey, params?: Record<string, string | number>): Said {
  return params ? { key, params } : { key };
}
