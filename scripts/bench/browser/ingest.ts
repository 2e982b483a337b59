/** Bench bundle: the background's capture path (validate the message, then ingest), as `globalThis.BrandSentryIngest`. */
import '../jitless';
export { ingest } from '../../../lib/background/ingest';
export { BrandSentryDb } from '../../../lib/db';
export { Message } from '../../../lib/messaging';
