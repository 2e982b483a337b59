/** Bench bundle: the background's capture path (validate the message, store it raw, interpret it), as `globalThis.BrandSentryIngest`. */
import '../jitless';
export { interpretStored, storeCapture } from '../../../lib/background/ingest';
export { BrandSentryDb } from '../../../lib/db';
export { Message } from '../../../lib/messaging';
