import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DOMAIN_LIST_FILES, loadDomainLists, parseConfusables, parseDomainList } from '../../lib/domains/lists';
import { loadDomainListsFromDisk } from '../../lib/domains/lists-node';

describe('parseDomainList', () => {
  it('one domain a line, lower case, comments and blanks skipped, deduplicated', () => {
    expect([...parseDomainList('# header\nGmail.com\r\n\n qq.com \ngmail.com\n')]).toEqual(['gmail.com', 'qq.com']);
  });
});

describe('parseConfusables', () => {
  it('keeps character -> ASCII pairs only', () => {
    expect([...parseConfusables('а\ta\nℓ\tl\nbad line\nx\t?\n')]).toEqual([
      ['а', 'a'],
      ['ℓ', 'l'],
    ]);
  });
});

describe('loadDomainLists', () => {
  it('gunzips what the caller fetches, by the package paths', async () => {
    const files: Record<string, string> = {
      [DOMAIN_LIST_FILES.freemail]: 'gmail.com\n',
      [DOMAIN_LIST_FILES.disposable]: 'mailinator.com\n',
      [DOMAIN_LIST_FILES.confusables]: 'о\to\n',
    };
    const lists = await loadDomainLists(async (path) => new Uint8Array(gzipSync(files[path]!)));
    expect([...lists.freemail]).toEqual(['gmail.com']);
    expect([...lists.disposable]).toEqual(['mailinator.com']);
    expect(lists.confusables.get('о')).toBe('o');
  });

  it('fails loudly, naming the file, when one is missing or not gzip', async () => {
    await expect(loadDomainLists(async () => new TextEncoder().encode('plain text'))).rejects.toThrow(/Could not load \/data\//);
  });
});

describe('the bundled files (public/data)', () => {
  it('hold the providers complainants use, and no company domains', async () => {
    const lists = await loadDomainListsFromDisk();
    for (const domain of ['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'qq.com', '163.com', '126.com', 'yandex.ru', 'gmx.de', 'mail.ru']) {
      expect(lists.freemail.has(domain), domain).toBe(true);
    }
    for (const domain of ['amazon.com', 'amazon.co.uk', 'google.com', 'microsoft.com', 'apple.com']) {
      expect(lists.freemail.has(domain) || lists.disposable.has(domain), domain).toBe(false);
    }
    expect(lists.disposable.has('mailinator.com')).toBe(true);
    expect(lists.confusables.get('а')).toBe('a'); // Cyrillic
    expect(lists.confusables.get('ο')).toBe('o'); // Greek
  });

  it('stay small: the extension has a 400 kB budget', () => {
    const sizes = ['freemail.txt.gz', 'disposable.txt.gz', 'confusables.txt.gz', 'rdap-dns.json.gz'].map(
      (name) => statSync(new URL(`../../public/data/${name}`, import.meta.url)).size,
    );
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(70_000);
  });

  it('are sorted, one registrable domain a line', async () => {
    const text = new TextDecoder().decode(
      await new Response(new Blob([readFileSync(new URL('../../public/data/freemail.txt.gz', import.meta.url))]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer(),
    );
    const lines = text.trim().split('\n');
    expect(lines).toEqual([...lines].sort());
    expect(lines.every((line) => /^[a-z0-9.-]+\.[a-z0-9-]+$/.test(line))).toBe(true);
  });
});
