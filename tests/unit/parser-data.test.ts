import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ingest } from '../../lib/background/ingest';
import { importText } from '../../lib/background/imports';
import { recomputeFlags } from '../../lib/background/recompute';
import { getDomain } from '../../lib/domains/public-suffix';
import { loadDomainListsFromDisk } from '../../lib/domains/lists-node';
import { PageRead } from '../../lib/model/page-read';
import { parseNotice } from '../../lib/notices';
import { readPastedText } from '../../lib/notices/paste';
import { installParserData, loadParserData, parserData } from '../../lib/parser-data';
import { installParserDataFromSources, PARSER_DATA_SOURCES, parserDataFileTexts } from '../../lib/parser-data-sources';
import { freshDb } from '../helpers/db';
import { realNotice } from '../helpers/real-notices';

const NOW = Date.UTC(2026, 11, 2, 9);

/**
 * The extension's package as `fetch` sees it from a page or the worker: the two files exactly as
 * wxt.config.ts writes them (gzip level 9 of parserDataFileTexts()). Counts what was asked for.
 */
function servePackage() {
  const files = new Map(parserDataFileTexts().map(({ path, text }) => [`/${path}`, gzipSync(text, { level: 9 })]));
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (input: string) => {
    asked.push(input);
    const bytes = files.get(input);
    return bytes ? new Response(new Uint8Array(bytes)) : new Response('not found', { status: 404 });
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
  installParserDataFromSources();
});

describe('parser data (notice words and public-suffix rules as data files)', () => {
  it('fails loudly, naming the missing step, when a parser runs before the data is loaded', () => {
    expect(getDomain('shop.example.co.uk')).toBe('example.co.uk');
    installParserData(null);
    expect(() => getDomain('shop.example.co.uk')).toThrow(/await loadParserData\(\)/);
    // The parser turns its own errors into "not a notice"; data not loaded is not one of them.
    expect(() => parseNotice({ text: realNotice('en-phishing-greetings-amazon-services.txt'), origin: 'paste' })).toThrow(/await loadParserData\(\)/);
  });

  it('loads from the package the same words and rules the sources have, once for concurrent callers', async () => {
    installParserData(null);
    const asked = servePackage();
    await Promise.all([loadParserData(), loadParserData(), loadParserData()]);
    expect(asked.sort()).toEqual(['/data/notice-words.json.gz', '/data/public-suffixes.txt.gz']);
    expect(parserData()).toEqual(PARSER_DATA_SOURCES);
    expect(getDomain('shop.example.co.uk')).toBe('example.co.uk');
    await loadParserData();
    expect(asked).toHaveLength(2);
  });

  it('says which file is missing, and tries again on the next call', async () => {
    installParserData(null);
    vi.stubGlobal('fetch', async () => new Response('not found', { status: 404 }));
    await expect(loadParserData()).rejects.toThrow(/data\/notice-words\.json\.gz: HTTP 404|data\/public-suffixes\.txt\.gz: HTTP 404/);
    const asked = servePackage();
    await loadParserData();
    expect(asked).toHaveLength(2);
  });

  it("is loaded by the background's own steps: a paste stored and interpreted, then flags recomputed, with nothing loaded before", async () => {
    const db = freshDb();
    const lists = await loadDomainListsFromDisk();
    installParserData(null);
    const asked = servePackage();
    const text = realNotice('en-phishing-greetings-amazon-services.txt');
    // readPastedText reads links with the notice words: the import step loads them first.
    const stored = await importText(text, NOW, (input) => ingest(db, input));
    expect(stored.status).toBe('interpreted');
    expect(asked).toHaveLength(2);

    installParserData(null);
    await ingest(db, { read: PageRead.parse({ ...readPastedTextLoaded(text), text: `${text}\n` }), source: 'paste', now: NOW + 1 });
    expect(await db.notices.count()).toBeGreaterThan(0);

    installParserData(null);
    await recomputeFlags(db, lists, NOW + 60_000);
    expect((await db.flags.toArray()).map((flag) => flag.kind)).toEqual(['spoofed-notice']);
  });
});

/** A paste's read, made while the data is there (the test's own preparation, not the step under test). */
function readPastedTextLoaded(text: string) {
  installParserDataFromSources();
  const read = readPastedText(text, NOW + 1);
  installParserData(null);
  return read;
}
