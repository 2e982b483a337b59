import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadRdapBootstrapFromDisk } from '../../lib/domains/lists-node';
import { isYoungDomain, lookupDomainAge, rdapHostPermission, rdapServerFor, type RdapBootstrap } from '../../lib/domains/rdap';
import { DomainAge } from '../../lib/model/domain-intel';
import { english } from '../helpers/english';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/rdap/${name}`, import.meta.url), 'utf8');
const now = Date.UTC(2026, 6, 1);
const day = 86_400_000;

let bootstrap: RdapBootstrap;
beforeAll(async () => {
  bootstrap = await loadRdapBootstrapFromDisk();
});

/** A fetch that answers from a table of URLs, like a registry would; anything else is offline. */
function stubFetch(routes: Record<string, { status: number; body: string }>) {
  return vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const route = routes[url];
    if (!route) throw new TypeError('fetch failed');
    expect(new Headers(init?.headers).get('accept')).toContain('application/rdap+json');
    return new Response(route.body, { status: route.status, headers: { 'content-type': 'application/rdap+json' } });
  }) as unknown as typeof fetch;
}

describe('the bundled bootstrap', () => {
  it('is IANA’s, with its publication date', () => {
    expect(bootstrap.publication).toBe('2026-06-26T18:00:02Z');
    expect(bootstrap.services.length).toBeGreaterThan(500);
  });

  it.each([
    ['lumora-official.com', 'https://rdap.verisign.com/com/v1/'],
    ['lumora.net', 'https://rdap.verisign.com/net/v1/'],
    ['acme-tools.co.uk', 'https://rdap.nominet.uk/uk/'],
    ['lumora.shop', 'https://rdap.gmoregistry.net/rdap/'],
    ['lumora.app', 'https://pubapi.registry.google/rdap/'],
    ['lumora.org', 'https://rdap.publicinterestregistry.org/rdap/'],
    ['lumora.fr', 'https://rdap.nic.fr/'],
    ['lumora.xyz', 'https://rdap.centralnic.com/xyz/'],
    ['lumora.top', 'https://rdap.zdnsgtld.com/top/'],
    ['example.xn--fiqs8s', null], // .中国 publishes no RDAP
    ['example.中国', null],
    ['lumora.cn', null],
    ['lumora.de', null],
    ['lumora.example-unknown-tld', null],
  ])('%s -> %s', (domain, server) => {
    expect(rdapServerFor(domain, bootstrap)).toBe(server);
  });

  it('prefers the longest matching entry and https', () => {
    const custom: RdapBootstrap = {
      publication: '2026-01-01T00:00:00Z',
      services: [
        [['uk'], ['http://rdap.example/uk/', 'https://rdap.example/uk/']],
        [['co.uk'], ['https://rdap.example/co-uk']],
      ],
    };
    expect(rdapServerFor('a.co.uk', custom)).toBe('https://rdap.example/co-uk/');
    expect(rdapServerFor('a.org.uk', custom)).toBe('https://rdap.example/uk/');
  });
});

describe('rdapHostPermission', () => {
  it.each([
    ['https://rdap.verisign.com/com/v1/', 'https://rdap.verisign.com/*'],
    ['https://rdap.nominet.uk/uk/', 'https://rdap.nominet.uk/*'],
    ['http://rdap.cctld.kg/', 'http://rdap.cctld.kg/*'],
  ])('%s -> %s', (server, pattern) => {
    expect(rdapHostPermission(server)).toBe(pattern);
  });
});

describe('lookupDomainAge against recorded answers', () => {
  it('reads a Verisign-style .com answer: registration date and registrar name', async () => {
    const fetch = stubFetch({ 'https://rdap.verisign.com/com/v1/domain/lumora-official.com': { status: 200, body: fixture('verisign-com.json') } });
    const age = await lookupDomainAge('ip@lumora-official.com', { fetch, bootstrap, now });
    expect(DomainAge.parse(age)).toEqual({
      domain: 'lumora-official.com',
      status: 'known',
      createdAt: Date.parse('2026-03-02T08:41:17Z'),
      registrar: 'Example Registrar Network Co., Ltd.',
      reason: null,
      server: 'https://rdap.verisign.com/com/v1/',
      checkedAt: now,
    });
  });

  it('reads a Nominet-style .co.uk answer whose registrar has only a handle', async () => {
    const fetch = stubFetch({ 'https://rdap.nominet.uk/uk/domain/acme-tools.co.uk': { status: 200, body: fixture('nominet-co-uk.json') } });
    const age = await lookupDomainAge('acme-tools.co.uk', { fetch, bootstrap, now });
    expect(age).toMatchObject({ status: 'known', createdAt: Date.parse('2019-07-15T00:00:00Z'), registrar: 'EXAMPLE-REGISTRAR-TAG' });
  });

  it('asks in punycode for an IDN', async () => {
    const fetch = stubFetch({ 'https://rdap.verisign.com/com/v1/domain/xn--lumor-8ve.com': { status: 200, body: fixture('verisign-com.json') } });
    const age = await lookupDomainAge('lumorа.com', { fetch, bootstrap, now });
    expect(age).toMatchObject({ domain: 'lumorа.com', status: 'known' });
  });

  it.each([
    ['404: not registered', { status: 404, body: fixture('not-found.json') }, /no record of lumora-deals\.com/],
    ['HTTP 500', { status: 500, body: 'oops' }, /HTTP 500/],
    ['429', { status: 429, body: '' }, /limiting/],
    ['invalid JSON', { status: 200, body: fixture('malformed.txt') }, /not JSON/],
    ['not a domain object', { status: 200, body: '{"objectClassName":"entity"}' }, /not with an RDAP domain record/],
    ['no registration event', { status: 200, body: '{"objectClassName":"domain","events":[]}' }, /without a registration date/],
  ])('%s -> unknown with a reason', async (_label, route, reason) => {
    const fetch = stubFetch({ 'https://rdap.verisign.com/com/v1/domain/lumora-deals.com': route });
    const age = await lookupDomainAge('lumora-deals.com', { fetch, bootstrap, now });
    expect(age.status).toBe('unknown');
    expect(age.createdAt).toBeNull();
    expect(english(age.reason)).toMatch(reason);
    expect(age.server).toBe('https://rdap.verisign.com/com/v1/');
    expect(DomainAge.safeParse(age).success).toBe(true);
  });

  it('offline: unknown, never thrown', async () => {
    const age = await lookupDomainAge('lumora-deals.com', { fetch: stubFetch({}), bootstrap, now });
    expect(age).toMatchObject({ status: 'unknown', reason: { key: 'rdapUnreachable' } });
    expect(english(age.reason)).toMatch(/Could not reach the registry/);
  });

  it('a TLD without RDAP is unknown without any request', async () => {
    const fetch = stubFetch({});
    const age = await lookupDomainAge('lumora-shop.cn', { fetch, bootstrap, now });
    expect(age).toMatchObject({ status: 'unknown', server: null, reason: { key: 'rdapNoService' } });
    expect(english(age.reason)).toMatch(/\.cn registry does not publish/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('not a domain: unknown', async () => {
    expect(await lookupDomainAge('1.2.3.4', { fetch: stubFetch({}), bootstrap, now })).toMatchObject({ status: 'unknown', reason: { key: 'rdapNotRegistrable' } });
  });

  it('a server that never answers is cut off at the timeout', async () => {
    const hanging = vi.fn(
      (_input: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    ) as unknown as typeof fetch;
    const age = await lookupDomainAge('lumora-deals.com', { fetch: hanging, bootstrap, now, timeoutMs: 20 });
    expect(age).toMatchObject({ status: 'unknown', reason: { key: 'rdapTimeoutMs', params: { ms: 20 } } });
    expect(english(age.reason)).toBe('The registry did not answer within 20 ms.');
  });
});

describe('isYoungDomain', () => {
  const age = (createdAt: number | null, status: 'known' | 'unknown' = 'known'): DomainAge => ({
    domain: 'x.com', status, createdAt, registrar: null, reason: null, server: null, checkedAt: now,
  });
  it.each([
    ['registered after the listing was first seen', age(now - 400 * day), now - 500 * day, true],
    ['registered 30 days ago, listing unknown', age(now - 30 * day), null, true],
    ['registered 180 days ago', age(now - 180 * day), null, true],
    ['registered 181 days ago, before the listing', age(now - 181 * day), now - 100 * day, false],
    ['registered years ago', age(now - 3000 * day), now - 500 * day, false],
    ['unknown age', age(null, 'unknown'), now - 500 * day, false],
  ])('%s -> %s', (_label, domainAge, listingFirstSeen, young) => {
    expect(isYoungDomain(domainAge, { listingFirstSeen, now })).toBe(young);
  });
});
