/**
 * Opt-in RDAP look-up of a complainant's domain: when was it registered, by which registrar.
 * The only request Brand Sentry sends off the machine, so it is small, bounded in time and
 * never throws: every failure comes back as `status: 'unknown'` with its reason (a message key, lib/said.ts).
 */
import * as z from '../zod';
import { DomainAge } from '../model/domain-intel';
import { type Said, said } from '../said';
import { gunzipText } from './lists';
import { registrableDomain, toAscii, toUnicode } from './registrable';

/** IANA's bootstrap file (RFC 9224): services = [[tld, ...], [base url, ...]]. */
export const RdapBootstrap = z.object({
  description: z.optional(z.string()),
  publication: z.string(),
  version: z.optional(z.string()),
  services: z.array(z.tuple([z.array(z.string()), z.array(z.string())])),
});
export type RdapBootstrap = z.infer<typeof RdapBootstrap>;

export function parseRdapBootstrap(json: unknown): RdapBootstrap | null {
  const parsed = RdapBootstrap.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The bundled bootstrap's path inside the extension package (public/ is its root), gzipped. */
export const RDAP_BOOTSTRAP_FILE = '/data/rdap-dns.json.gz';

/** The bundled file's bytes -> bootstrap; null when it is not one; rejects when it is not gzip or not JSON. */
export async function parseRdapBootstrapGzip(bytes: Uint8Array): Promise<RdapBootstrap | null> {
  return parseRdapBootstrap(JSON.parse(await gunzipText(bytes)));
}

const DAY_MS = 86_400_000;
/** "Young" without a listing date to compare: registered within this many days. */
export const YOUNG_DOMAIN_DAYS = 180;
const DEFAULT_TIMEOUT_MS = 8_000;
/** An RDAP domain answer is a few kB; anything huge is not one. */
const MAX_ANSWER_CHARS = 1_000_000;

/**
 * Base URL of the RDAP server for a domain: the entry matching the most trailing labels wins
 * (entries are TLDs today, RFC 9224 allows more labels), https preferred; null when none.
 */
export function rdapServerFor(domain: string, bootstrap: RdapBootstrap): string | null {
  const ascii = toAscii(domain.trim().replace(/\.$/, ''));
  if (!ascii) return null;
  const labels = ascii.toLowerCase().split('.');
  let best: { length: number; url: string } | null = null;
  for (const [entries, urls] of bootstrap.services) {
    const url = urls.find((u) => u.startsWith('https://')) ?? urls.find((u) => u.startsWith('http://'));
    if (!url) continue;
    for (const entry of entries) {
      const entryLabels = (toAscii(entry.toLowerCase()) ?? entry.toLowerCase()).split('.');
      if (entryLabels.length > labels.length || (best && entryLabels.length <= best.length)) continue;
      if (labels.slice(-entryLabels.length).join('.') === entryLabels.join('.')) best = { length: entryLabels.length, url };
    }
  }
  return best ? (best.url.endsWith('/') ? best.url : `${best.url}/`) : null;
}

/** The host permission to request (optional_host_permissions) before asking that server. */
export function rdapHostPermission(server: string): string {
  const url = new URL(server);
  return `${url.protocol}//${url.hostname}/*`;
}

// Only what we read from the answer (RFC 9083); everything else is ignored.
const RdapEvent = z.object({ eventAction: z.string(), eventDate: z.string() });
const RdapEntity = z.object({
  roles: z.optional(z.array(z.string())),
  handle: z.optional(z.string()),
  vcardArray: z.optional(z.array(z.unknown())),
});
const RdapDomainAnswer = z.object({
  objectClassName: z.optional(z.literal('domain')),
  events: z.optional(z.array(RdapEvent)),
  entities: z.optional(z.array(RdapEntity)),
});

export interface DomainAgeDeps {
  fetch: typeof fetch;
  bootstrap: RdapBootstrap;
  now: number;
  timeoutMs?: number;
}

export async function lookupDomainAge(domain: string, deps: DomainAgeDeps): Promise<DomainAge> {
  const registrable = registrableDomain(domain);
  const ascii = registrable ? toAscii(registrable) : null;
  const base = { domain: (registrable ?? domain.trim().toLowerCase()).slice(0, 253), checkedAt: deps.now };
  const unknown = (reason: Said, server: string | null = null): DomainAge =>
    ({ ...base, status: 'unknown', createdAt: null, registrar: null, reason, server });
  if (!registrable || !ascii) return unknown(said('rdapNotRegistrable'));

  const server = rdapServerFor(ascii, deps.bootstrap);
  const tld = toUnicode(ascii.slice(ascii.lastIndexOf('.') + 1));
  if (!server) return unknown(said('rdapNoService', { tld, date: deps.bootstrap.publication.slice(0, 10) }));

  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let text: string;
  try {
    const response = await deps.fetch(`${server}domain/${ascii}`, {
      headers: { Accept: 'application/rdap+json, application/json' },
      signal: controller.signal,
      credentials: 'omit',
    });
    if (!response.ok) return unknown(httpReason(response.status, ascii), server);
    text = await response.text();
  } catch (error) {
    return unknown(
      controller.signal.aborted
        ? timeoutMs >= 1000
          ? said('rdapTimeoutSeconds', { seconds: Math.round(timeoutMs / 1000) })
          : said('rdapTimeoutMs', { ms: timeoutMs })
        : said('rdapUnreachable', { detail: (error instanceof Error ? error.message : String(error)).slice(0, 500) }),
      server,
    );
  } finally {
    clearTimeout(timer);
  }

  if (text.length > MAX_ANSWER_CHARS) return unknown(said('rdapTooLarge'), server);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return unknown(said('rdapNotJson'), server);
  }
  const parsed = RdapDomainAnswer.safeParse(json);
  if (!parsed.success) return unknown(said('rdapNotRdap'), server);

  const registration = parsed.data.events?.find((event) => event.eventAction.toLowerCase() === 'registration');
  const createdAt = registration ? Date.parse(registration.eventDate) : NaN;
  const registrar = registrarName(parsed.data.entities ?? []);
  if (!Number.isFinite(createdAt)) {
    return { ...base, status: 'unknown', createdAt: null, registrar, server, reason: said('rdapNoDate') };
  }
  return DomainAge.parse({ ...base, status: 'known', createdAt, registrar, server, reason: null });
}

function httpReason(status: number, domain: string): Said {
  if (status === 404) return said('rdapNoRecord', { domain });
  if (status === 429) return said('rdapRateLimited');
  if (status === 401 || status === 403) return said('rdapRefused', { status });
  return said('rdapHttpError', { status });
}

/** The registrar entity's vCard "fn", else its handle (IANA registrar id). */
function registrarName(entities: readonly z.infer<typeof RdapEntity>[]): string | null {
  const entity = entities.find((e) => e.roles?.some((role) => role.toLowerCase() === 'registrar'));
  if (!entity) return null;
  const name = vcardFn(entity.vcardArray) ?? entity.handle ?? null;
  return name ? name.slice(0, 500) : null;
}

/** jCard (RFC 7095): ["vcard", [["fn", {}, "text", "Name"], ...]]. */
function vcardFn(vcard: readonly unknown[] | undefined): string | null {
  const properties = vcard?.[1];
  if (!Array.isArray(properties)) return null;
  for (const property of properties) {
    if (Array.isArray(property) && property[0] === 'fn' && typeof property[3] === 'string' && property[3].trim()) return property[3].trim();
  }
  return null;
}

/**
 * Young: registered after the seller's listing was first seen (or first sold), or within
 * YOUNG_DOMAIN_DAYS of now. An unknown age is never young: absence of data is not evidence.
 */
export function isYoungDomain(age: DomainAge, reference: { listingFirstSeen: number | null; now: number }): boolean {
  if (age.status !== 'known' || age.createdAt === null) return false;
  if (reference.listingFirstSeen !== null && age.createdAt > reference.listingFirstSeen) return true;
  return reference.now - age.createdAt <= YOUNG_DOMAIN_DAYS * DAY_MS;
}
