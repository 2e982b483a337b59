import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * Dexie's liveQuery as a Preact hook: re-renders when the tables the query read change (also
 * when the background writes them). `undefined` until the first result, so screens can render
 * nothing rather than a flash of empty state. Subscribed in a layout effect, right after the
 * first render: Preact runs plain effects only after the next frame is painted, which held every
 * query back a frame.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error) => console.error('[Brand Sentry] live query failed', error),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
