/**
 * Writes the bundled domain data in public/data from maintained npm lists (devDependencies):
 *
 *   npx tsx scripts/build-domain-lists.ts                 # lists + README
 *   npx tsx scripts/build-domain-lists.ts --rdap dns.json # also take a newer IANA RDAP bootstrap
 *
 * - freemail.txt.gz: free-email-domains-typescript (HubSpot's list of free mail providers) minus
 *   what mailchecker calls throwaway.
 * - disposable.txt.gz: part of mailchecker's throwaway list (the whole is too big for the
 *   extension): entries HubSpot's list also names, or whose name says what they are
 *   (DISPOSABLE_NAME_HINT). Freenom TLDs are left out: they stopped registering in 2023.
 * - confusables.txt.gz: Unicode confusables (unhomoglyph's copy of confusables.txt) reduced to
 *   single characters that pass for one or two ASCII letters or digits.
 * - rdap-dns.json.gz: the IANA RDAP bootstrap for DNS, kept as given with --rdap (there is no
 *   network at build time, so it is refreshed by hand from a copy of data.iana.org/rdap/dns.json),
 *   gzipped like the lists.
 *
 * Every list holds registrable domains only (what the complainant checks compare), ASCII,
 * sorted and deduplicated; gzip output is byte-for-byte reproducible.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync, gzipSync } from 'node:zlib';
import { getDomain } from '../lib/domains/public-suffix';
import { parseRdapBootstrap } from '../lib/domains/rdap';
import { installParserDataFromSources } from '../lib/parser-data-sources';

installParserDataFromSources();
const require = createRequire(import.meta.url);
const OUT = new URL('../public/data/', import.meta.url);
/** The data must not eat the extension's size budget. */
const BUDGET_BYTES = 70_000;
const DISPOSABLE_NAME_HINT = /temp|tmp|trash|spam|minute|throw|fake|burn|drop|dispos|guerrilla|junk|anon|inbox/;
const FREENOM_TLDS = /\.(tk|ml|ga|cf|gq)$/;

function version(pkg: string): string {
  return (require(`${pkg}/package.json`) as { version: string }).version;
}

function registrableAscii(domains: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const raw of domains) {
    const domain = raw.trim().toLowerCase();
    if (/^[a-z0-9.-]+$/.test(domain) && getDomain(domain) === domain) out.add(domain);
  }
  return [...out].sort();
}

/** One entry a line, newline-terminated. */
function lines(entries: string[]): string {
  return `${entries.join('\n')}\n`;
}

function writeGzip(name: string, text: string): number {
  const bytes = gzipSync(text, { level: 9 });
  writeFileSync(new URL(name, OUT), bytes);
  return bytes.length;
}

const { freeEmailDomains } = require('free-email-domains-typescript') as { freeEmailDomains: string[] };
const mailchecker = require('mailchecker/platform/node') as { blacklist(): Set<string> };
const glyphs = require('unhomoglyph/data.json') as Record<string, string>;

const throwaway = new Set(registrableAscii(mailchecker.blacklist()));
const hubspot = registrableAscii(freeEmailDomains);
const hubspotSet = new Set(hubspot);
const freemail = hubspot.filter((domain) => !throwaway.has(domain));
const disposable = [...throwaway].filter(
  (domain) => !FREENOM_TLDS.test(domain) && (hubspotSet.has(domain) || DISPOSABLE_NAME_HINT.test(domain.slice(0, domain.indexOf('.')))),
);
const confusables = Object.entries(glyphs)
  .filter(([from, to]) => [...from].length === 1 && from.codePointAt(0)! > 0x7f && /^[a-z0-9]{1,2}$/i.test(to))
  .map(([from, to]) => `${from}\t${to.toLowerCase()}`)
  .sort();

const rdapFlag = process.argv.indexOf('--rdap');
if (rdapFlag > 0) {
  const bootstrap = parseRdapBootstrap(JSON.parse(readFileSync(process.argv[rdapFlag + 1]!, 'utf8')));
  if (!bootstrap) throw new Error('--rdap: not an RDAP bootstrap file (services/publication missing)');
  // One service a line: small, and a diff shows which TLD moved.
  const head = `{"description":${JSON.stringify(bootstrap.description ?? '')},"publication":${JSON.stringify(bootstrap.publication)},"services":[\n`;
  writeGzip('rdap-dns.json.gz', `${head}${bootstrap.services.map((s) => JSON.stringify(s)).join(',\n')}\n],"version":${JSON.stringify(bootstrap.version ?? '1.0')}}\n`);
}
const rdap = parseRdapBootstrap(JSON.parse(gunzipSync(readFileSync(new URL('rdap-dns.json.gz', OUT))).toString('utf8')));
if (!rdap) throw new Error('public/data/rdap-dns.json.gz is missing or broken: pass --rdap <dns.json>');

const sizes = {
  'freemail.txt.gz': writeGzip('freemail.txt.gz', lines(freemail)),
  'disposable.txt.gz': writeGzip('disposable.txt.gz', lines(disposable)),
  'confusables.txt.gz': writeGzip('confusables.txt.gz', lines(confusables)),
  'rdap-dns.json.gz': statSync(new URL('rdap-dns.json.gz', OUT)).size,
};
const tldCount = rdap.services.reduce((n, [tlds]) => n + tlds.length, 0);

writeFileSync(
  new URL('README.md', OUT),
  `# Bundled domain data

Written by \`npx tsx scripts/build-domain-lists.ts\` (do not edit by hand). Read by
lib/domains/lists.ts and lib/domains/rdap.ts. One registrable ASCII domain a line, sorted, gzip.

| file | bytes | entries | source |
| --- | ---: | ---: | --- |
| freemail.txt.gz | ${sizes['freemail.txt.gz']} | ${freemail.length} | npm free-email-domains-typescript@${version('free-email-domains-typescript')} (HubSpot's free email provider list) minus mailchecker's throwaway domains |
| disposable.txt.gz | ${sizes['disposable.txt.gz']} | ${disposable.length} | npm mailchecker@${version('mailchecker')} (${throwaway.size} registrable throwaway domains), reduced to those HubSpot also lists or whose name says throwaway; Freenom TLDs dropped |
| confusables.txt.gz | ${sizes['confusables.txt.gz']} | ${confusables.length} | npm unhomoglyph@${version('unhomoglyph')} (Unicode confusables.txt 13.0.0), characters that pass for ASCII letters/digits |
| rdap-dns.json.gz | ${sizes['rdap-dns.json.gz']} | ${rdap.services.length} services, ${tldCount} TLDs | IANA RDAP bootstrap for DNS (data.iana.org/rdap/dns.json), publication ${rdap.publication}; copy committed in github.com/jarthod/rdap data/dns.json (commit cb620ccb), re-serialised one service a line, gzip |

Refresh the RDAP bootstrap by running the script with \`--rdap <newer dns.json>\`; the lists by
updating the npm packages and running it again.
`,
);

const total = Object.values(sizes).reduce((a, b) => a + b, 0);
console.table(sizes);
console.log(`freemail ${freemail.length}, disposable ${disposable.length} of ${throwaway.size}, confusables ${confusables.length}, RDAP ${rdap.publication}; total ${total} bytes`);
if (total > BUDGET_BYTES) throw new Error(`public/data is ${total} bytes, over the ${BUDGET_BYTES} budget`);
