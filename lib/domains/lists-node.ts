/** Node only (tests, CLI): the bundled lists and RDAP bootstrap read from public/ on disk. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type DomainLists, loadDomainLists } from './lists';
import { parseRdapBootstrapGzip, RDAP_BOOTSTRAP_FILE, type RdapBootstrap } from './rdap';

const PUBLIC_DIR = fileURLToPath(new URL('../../public', import.meta.url));

export function loadDomainListsFromDisk(publicDir = PUBLIC_DIR): Promise<DomainLists> {
  return loadDomainLists(async (path) => new Uint8Array(await readFile(`${publicDir}${path}`)));
}

export async function loadRdapBootstrapFromDisk(publicDir = PUBLIC_DIR): Promise<RdapBootstrap> {
  const bootstrap = await parseRdapBootstrapGzip(await readFile(`${publicDir}${RDAP_BOOTSTRAP_FILE}`));
  if (!bootstrap) throw new Error(`${publicDir}${RDAP_BOOTSTRAP_FILE} is not an RDAP bootstrap file`);
  return bootstrap;
}
