import * as z from '../zod';

/** Listings checked per day at most, "Check offers now" and the daily check together. */
export const OFFER_CHECK_DAILY_CAP = 100;

/** The marketplaces the seller chose to watch (a JSON list in settings). */
export const WATCHED_MARKETPLACES_KEY = 'offerMarketplaces';

/** The settings row an offer check keeps its progress in (the settings page reads it live). */
export const OFFER_CHECK_KEY = 'offerCheck';

export const OfferCheckStatus = z.object({
  startedAt: z.int(),
  finishedAt: z.nullable(z.int()),
  checked: z.int(),
  total: z.int(),
  /** Why the run stopped before the end: a robot check or sign-in page, today's cap, nothing to check, an error. */
  stopped: z.nullable(z.enum(['robot-check', 'sign-in', 'daily-cap', 'no-listings', 'error'])),
  error: z.nullable(z.string()),
});
export type OfferCheckStatus = z.infer<typeof OfferCheckStatus>;
