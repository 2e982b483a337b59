import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeBackupError, describeRdapReason } from '../../components/stored-sentences';
import { loadRdapBootstrapFromDisk } from '../../lib/domains/lists-node';
import { lookupDomainAge, type RdapBootstrap } from '../../lib/domains/rdap';
import { translator } from '../../lib/i18n';

const en = translator('en');
const zh = translator('zh');
/** Three English words in a row: a sentence left untranslated (a domain or an HTTP status is not one). */
const ENGLISH_PHRASE = /\b[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}\b/;

describe('RDAP reasons, as lookupDomainAge says them, in the UI language', () => {
  let bootstrap: RdapBootstrap;
  beforeAll(async () => {
    bootstrap = await loadRdapBootstrapFromDisk();
  });
  const answer = (status: number, body: string) => async () => new Response(body, { status });
  const cases: [string, string, () => Promise<Response>][] = [
    ['not registrable', 'co.uk', answer(200, '{}')],
    ['no RDAP service', 'lumora.de', answer(200, '{}')],
    ['no record', 'lumora.com', answer(404, '')],
    ['rate limited', 'lumora.com', answer(429, '')],
    ['refused', 'lumora.com', answer(403, '')],
    ['server error', 'lumora.com', answer(500, '')],
    ['unreachable', 'lumora.com', async () => Promise.reject(new TypeError('Failed to fetch'))],
    ['far too large', 'lumora.com', answer(200, 'x'.repeat(3_000_000))],
    ['not JSON', 'lumora.com', answer(200, '<html>')],
    ['not RDAP', 'lumora.com', answer(200, '{"hello":1}')],
    ['no registration date', 'lumora.com', answer(200, '{"objectClassName":"domain","ldhName":"lumora.com","events":[]}')],
  ];

  it.each(cases)('%s', async (_, domain, respond) => {
    const age = await lookupDomainAge(domain, { fetch: respond as unknown as typeof fetch, bootstrap, now: 0 });
    expect(age.status).toBe('unknown');
    expect(describeRdapReason(age.reason, en)).toBe(age.reason);
    const told = describeRdapReason(age.reason, zh);
    expect(told).not.toBe(age.reason);
    expect(told.replace(/Failed to fetch/, '')).not.toMatch(ENGLISH_PHRASE);
  });

  it('says a time-out in seconds or milliseconds', async () => {
    const never = (_: unknown, init?: RequestInit) => new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    for (const [timeoutMs, chinese] of [[5, '注册局在 5 毫秒内没有回应。'], [2_000, '注册局在 2 秒内没有回应。']] as const) {
      const age = await lookupDomainAge('lumora.com', { fetch: never as unknown as typeof fetch, bootstrap, now: 0, timeoutMs });
      expect(describeRdapReason(age.reason, en)).toBe(age.reason);
      expect(describeRdapReason(age.reason, zh)).toBe(chinese);
    }
  });

  it('shows a reason of no known form as it is', () => {
    expect(describeRdapReason('Something new.', zh)).toBe('Something new.');
    expect(describeRdapReason(null, zh)).toBe('');
  });
});

describe('backup errors, as lib/backup says them, in the UI language', () => {
  /**
   * Every message lib/backup/read.ts passes to fail() and restore.ts returns, read from the
   * source with each ${...} filled in: a message added or reworded there without its form in
   * components/stored-sentences.ts fails here.
   */
  const messages = ['lib/backup/read.ts', 'lib/backup/restore.ts'].flatMap((path) => {
    const source = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    return [...source.matchAll(/(?:fail\(|error: )(`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*')/g)].map(([, literal]) =>
      literal!.slice(1, -1).replace(/\\'/g, "'").replace(/\$\{[^}]*\}/g, '7'),
    );
  });

  it('finds the messages in the source', () => {
    expect(messages.length).toBeGreaterThanOrEqual(18);
  });

  it.each(messages.map((message) => [message]))('%s', (message) => {
    expect(describeBackupError(message, en)).toBe(message);
    const told = describeBackupError(message, zh);
    expect(told).not.toBe(message);
    expect(told).not.toMatch(ENGLISH_PHRASE);
  });
});
