import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { view: 'overview' }
  | { view: 'flags' }
  | { view: 'flag'; key: string; focus: string | null }
  | { view: 'timeline'; query: URLSearchParams }
  | { view: 'unrecognised' }
  | { view: 'import' }
  | { view: 'backup' };

/**
 * Hash routes, so a flag can be linked from the popup (`dashboard.html#/flag/<key>`) and the page
 * needs no server: #/ (overview), #/flags, #/flag/<encoded key>[?focus=letters|domain-age|why], #/timeline?asin=..., #/unrecognised,
 * #/import, #/backup. Anything else shows the overview.
 */
export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const flag = /^\/flag\/(.+)$/.exec(path);
  if (flag) {
    try {
      return { view: 'flag', key: decodeURIComponent(flag[1]!), focus: new URLSearchParams(search).get('focus') };
    } catch {
      return { view: 'overview' };
    }
  }
  switch (path) {
    case '/flags':
      return { view: 'flags' };
    case '/timeline':
      return { view: 'timeline', query: new URLSearchParams(search) };
    case '/unrecognised':
      return { view: 'unrecognised' };
    case '/import':
      return { view: 'import' };
    case '/backup':
      return { view: 'backup' };
    default:
      return { view: 'overview' };
  }
}

export function flagHref(key: string): string {
  return `#/flag/${encodeURIComponent(key)}`;
}

export function timelineHref(filter: Record<string, string>): string {
  const query = new URLSearchParams(filter).toString();
  return `#/timeline${query ? `?${query}` : ''}`;
}

export function useHashRoute(): Route {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const update = () => setHash(location.hash);
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return parseRoute(hash);
}
