import { browser } from 'wxt/browser';
import { parseRdapBootstrapGzip, RDAP_BOOTSTRAP_FILE, type RdapBootstrap } from './rdap';

let bootstrap: Promise<RdapBootstrap> | undefined;

/**
 * The IANA RDAP bootstrap bundled in public/data (gzip): which server answers for a TLD, found
 * without any network. Read once per extension page or worker.
 */
export function bundledRdapBootstrap(): Promise<RdapBootstrap> {
  bootstrap ??= fetch(browser.runtime.getURL(RDAP_BOOTSTRAP_FILE))
    .then((response) => response.arrayBuffer())
    .then((buffer) => parseRdapBootstrapGzip(new Uint8Array(buffer)))
    .then((parsed) => parsed ?? Promise.reject(new Error('The bundled RDAP bootstrap file is damaged.')));
  bootstrap.catch(() => (bootstrap = undefined)); // a failed read is tried again next time
  return bootstrap;
}
