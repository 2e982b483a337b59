import { gunzipText } from './domains/lists';
import type { LabelSet } from './notices/labels/types';

/**
 * The notice words of every language (lib/notices/labels/) and the public-suffix rules
 * (lib/domains/public-suffixes.generated.ts). Gzipped data is a fraction of their size as code,
 * so the build ships them as data files (wxt.config.ts writes them from those same sources),
 * read once, before first use.
 *
 * The notice parser and the domain functions read them synchronously, so whatever calls those
 * awaits loadParserData() first: the background's ingest, imports, re-interpretation, flag
 * recompute and domain-age check, and the dashboard's domain-age check. Nothing loads them at
 * the background's start. Node (tests, `npm run inspect`, the bench, the list scripts) installs
 * them from the sources instead (lib/parser-data-sources.ts).
 */
export interface ParserData {
  labelSets: readonly LabelSet[];
  /** The encoded rule trie that lib/domains/public-suffix.ts decodes. */
  suffixRules: string;
}

/** Paths inside the extension package, as the build writes them. */
export const PARSER_DATA_FILES = {
  labelSets: 'data/notice-words.json.gz',
  suffixRules: 'data/public-suffixes.txt.gz',
} as const;

let installed: ParserData | null = null;
let loading: Promise<void> | null = null;

/** The loaded data; throws (a bug: a caller did not await loadParserData()) when there is none yet. */
export function parserData(): ParserData {
  if (!installed) throw new Error('Notice words and public-suffix rules not loaded: await loadParserData() before parsing');
  return installed;
}

/** Node installs the sources (lib/parser-data-sources.ts); a test may take them away again (null). */
export function installParserData(data: ParserData | null): void {
  installed = data;
}

/**
 * Fetches and decompresses both files once (later calls share the first one's promise); a
 * failure is thrown to the caller and the next call tries again. `fetchBytes` reads a path of
 * PARSER_DATA_FILES; by default from the extension's own package.
 */
export function loadParserData(fetchBytes: (path: string) => Promise<Uint8Array> = fromPackage): Promise<void> {
  if (installed) return Promise.resolve();
  loading ??= (async () => {
    const [labelSets, suffixRules] = await Promise.all(
      [PARSER_DATA_FILES.labelSets, PARSER_DATA_FILES.suffixRules].map(async (path) => {
        try {
          return await gunzipText(await fetchBytes(path));
        } catch (error) {
          throw new Error(`Could not load ${path}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }),
    );
    installed ??= { labelSets: JSON.parse(labelSets!) as LabelSet[], suffixRules: suffixRules! };
  })().finally(() => {
    loading = null;
  });
  return loading;
}

/** A file of the extension's package, from the page or worker that runs this (its origin is the package's). */
async function fromPackage(path: string): Promise<Uint8Array> {
  const response = await fetch(`/${path}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
