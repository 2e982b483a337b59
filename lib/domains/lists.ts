/**
 * The bundled domain lists (public/data, written by scripts/build-domain-lists.ts from maintained
 * npm lists) and how to load them. Loading is the caller's business: the extension fetches the
 * files from its own package, Node reads them from disk (lists-node.ts), tests may build sets.
 */

export interface DomainLists {
  /** Free webmail and ISP mailbox domains (ASCII registrable domains). */
  freemail: ReadonlySet<string>;
  /** Throwaway-mail domains (ASCII registrable domains). */
  disposable: ReadonlySet<string>;
  /** One non-ASCII character -> the ASCII letters it passes for (Unicode confusables, reduced). */
  confusables: ReadonlyMap<string, string>;
}

/** Paths inside the extension package (public/ is its root), as browser.runtime.getURL wants them. */
export const DOMAIN_LIST_FILES = {
  freemail: '/data/freemail.txt.gz',
  disposable: '/data/disposable.txt.gz',
  confusables: '/data/confusables.txt.gz',
} as const;

/** One domain a line; blank lines and `#` comments skipped; lower case. */
export function parseDomainList(text: string): Set<string> {
  const domains = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const domain = line.trim().toLowerCase();
    if (domain && !domain.startsWith('#')) domains.add(domain);
  }
  return domains;
}

/** `<character>\t<ascii>` a line, as the build script writes confusables.txt. */
export function parseConfusables(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const ascii = line.slice(tab + 1).trim();
    if (/^[a-z0-9]+$/.test(ascii)) map.set(line.slice(0, tab), ascii);
  }
  return map;
}

/** gzip -> text with the platform's DecompressionStream (Chrome, Firefox, Node 20): no library. */
export async function gunzipText(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/**
 * Reads the three bundled files through `fetchBytes(path)` (path as in DOMAIN_LIST_FILES) and
 * parses them. Rejects when a file is missing or not gzip: a build without its data is broken,
 * and saying so beats quietly finding no freemail.
 */
export async function loadDomainLists(fetchBytes: (path: string) => Promise<Uint8Array>): Promise<DomainLists> {
  const [freemail, disposable, confusables] = await Promise.all(
    [DOMAIN_LIST_FILES.freemail, DOMAIN_LIST_FILES.disposable, DOMAIN_LIST_FILES.confusables].map(async (path) => {
      try {
        return await gunzipText(await fetchBytes(path));
      } catch (error) {
        throw new Error(`Could not load ${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  return { freemail: parseDomainList(freemail!), disposable: parseDomainList(disposable!), confusables: parseConfusables(confusables!) };
}

/** No lists at all: lexical checks still run (brand names, look-alikes, digit swaps). */
export function emptyDomainLists(): DomainLists {
  return { freemail: new Set(), disposable: new Set(), confusables: new Map() };
}
