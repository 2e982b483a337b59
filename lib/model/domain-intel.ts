import { z } from 'zod';

/** An RDAP look-up of a complainant's registrable domain (opt-in; cached). */
export const DomainAge = z.object({
  domain: z.string().max(253),
  status: z.enum(['known', 'unknown']),
  /** Registration date (epoch ms) when known. */
  createdAt: z.number().int().nullable(),
  registrar: z.string().max(500).nullable(),
  /** Why unknown: no RDAP server for the TLD, timeout, offline, permission refused... */
  reason: z.string().max(500).nullable(),
  server: z.string().max(500).nullable(),
  checkedAt: z.number().int(),
});
export type DomainAge = z.infer<typeof DomainAge>;
