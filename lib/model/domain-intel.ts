import * as z from '../zod';
import { Said } from '../said';

const text = (max: number) => z.string().check(z.maxLength(max));

/** An RDAP look-up of a complainant's registrable domain (opt-in; cached). */
export const DomainAge = z.object({
  domain: text(253),
  status: z.enum(['known', 'unknown']),
  /** Registration date (epoch ms) when known. */
  createdAt: z.nullable(z.int()),
  registrar: z.nullable(text(500)),
  /** Why unknown (no RDAP server for the TLD, timeout, offline, permission refused...), as a message key. */
  reason: z.nullable(Said),
  server: z.nullable(text(500)),
  checkedAt: z.int(),
});
export type DomainAge = z.infer<typeof DomainAge>;
