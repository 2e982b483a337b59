import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { view: 'flags' }
  | { view: 'flag'; key: string }
  | { view: 'timeline'; query: URLSearchParams }
  | { view: 'unrecognised' }
  | { view: 'import' }
  | { view: 'backup' };

/**
 * Hash routes, so a flag can be linked from the popup (`dashboard.html#/flag/<key>`) and the page
 * needs no server: #/ (flags), #/flag/<encoded key>, #/timeline?asin=..., #/unrecognised,
 * #/import, #/backup. Anything else shows the flags.
 */
export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const flag = /^\/flag\/(.+)$/.exec(path);
  if (flag) {
    try {
      return { view: 'flag', key: decodeURIComponent(flag[1]!) };
    } catch {
      return { view: 'flags' };
    }
  }
  switch (path) {
    case '/timeline':
      return { view: 'timeline', query: new URLSearchParams(search) };
    case '/unrecognised':
      return { view: 'unrecognised' };
    case '/import':
      return { view: 'import' };
    case '/backup':
      return { view: 'backup' };
    default:
      return { view: 'flags' };
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
