import * as z from '../zod';
import { RecordAccount } from './account';
import { CaptureId } from './capture';

/** Brand Registry roles: protection roles and selling roles, as Amazon's Brand Registry names them. */
export const BrandRoleName = z.enum(['Administrator', 'Rights Owner', 'Registered Agent', 'Brand Representative', 'Reseller', 'Other']);
export type BrandRoleName = z.infer<typeof BrandRoleName>;

/** What one Brand Registry page says about the account's brands and roles (pure interpreter output). */
export const BrandRolesObservation = z.object({
  roles: z.array(
    z.object({
      brand: z.string().check(z.minLength(1), z.maxLength(500)),
      role: BrandRoleName,
      status: z._default(z.nullable(z.string().check(z.maxLength(100))), null),
    }),
  ).check(z.maxLength(2_000)),
  /**
   * true when the page lists every brand of the account (the brand list), so a brand missing
   * from it is lost; false for a page about one brand or a partial list.
   */
  complete: z.boolean(),
});
export type BrandRolesObservation = z.infer<typeof BrandRolesObservation>;

/** The last known state of one brand+role, and its history as changes. */
export const BrandRoleState = z.object({
  key: z.string(), // `${brand lower case}|${role}[|${account}]`
  account: RecordAccount,
  brand: z.string(),
  role: BrandRoleName,
  present: z.boolean(),
  firstSeenAt: z.int(),
  lastSeenAt: z.int(),
  lostAt: z.nullable(z.int()),
  lastCaptureId: CaptureId,
});
export type BrandRoleState = z.infer<typeof BrandRoleState>;

export const BrandRoleChange = z.object({
  /** `<role key>:<gained|lost>:<capture id>`: derived from what it records. */
  id: z.string().check(z.maxLength(1_000)),
  account: RecordAccount,
  key: z.string(),
  brand: z.string(),
  role: BrandRoleName,
  change: z.enum(['gained', 'lost']),
  at: z.int(),
  captureId: CaptureId,
});
export type BrandRoleChange = z.infer<typeof BrandRoleChange>;
