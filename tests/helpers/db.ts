import { BrandSentryDb } from '../../lib/db';

let counter = 0;

/** A fresh database on fake-indexeddb for each test. */
export function freshDb(): BrandSentryDb {
  counter += 1;
  return new BrandSentryDb(`test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
}
