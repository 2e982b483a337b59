import { browser } from 'wxt/browser';
import type { BrandSentryDb } from '../db';
import { registrableDomain } from '../domains/registrable';
import { lookupDomainAge, rdapHostPermission, rdapServerFor } from '../domains/rdap';
import { bundledRdapBootstrap } from '../domains/rdap-bundled';
import { DomainAge } from '../model/domain-intel';
import { loadParserData } from '../parser-data';
import { said } from '../said';

/**
 * The only request Brand Sentry ever sends off the machine, and only when the seller asked:
 * an RDAP look-up of a complainant's domain, to the registry's server whose host permission
 * the seller granted a moment before. Unknown answers are stored with their reason.
 */
export async function checkDomainAge(db: BrandSentryDb, domain: string, now: number): Promise<DomainAge> {
  await loadParserData();
  const registrable = registrableDomain(domain) ?? domain.toLowerCase();
  const data = await bundledRdapBootstrap();
  const server = rdapServerFor(registrable, data);
  let age: DomainAge;
  if (server && !(await browser.permissions.contains({ origins: [rdapHostPermission(server)] }))) {
    age = DomainAge.parse({ domain: registrable, status: 'unknown', createdAt: null, registrar: null, server, checkedAt: now, reason: said('rdapNoPermission', { host: new URL(server).host }) });
  } else {
    age = await lookupDomainAge(registrable, { fetch: (input, init) => fetch(input, init), bootstrap: data, now });
  }
  await db.domainAges.put(age);
  return age;
}
