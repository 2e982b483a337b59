import { BRAND_REGISTRY_HOSTS, SELLER_CENTRAL_HOSTS } from '../hosts';
import type { PageReadInput } from '../model/page-read';
import { chars, trimEndWhere } from '../trim';
import type { RowMemo } from './dom';

/** The structured parts a page reader adds to the generic read (text, Katal, links). */
export type PageDetails = Partial<Pick<PageReadInput, 'rows' | 'fields' | 'alerts' | 'mail' | 'links'>>;

/** What the seller chose to read on the page: the open message of a webmail thread (0 = newest). */
export interface ReadChoice {
  message?: number;
  /** The browser's language, for a page that does not say its own (`<html lang>`). */
  language?: string | null;
  /** Rows read before on this page and unchanged since (dom.ts, RowMemo): a reader of rows reads only the others. */
  memo?: RowMemo;
}

/**
 * One kind of page: where it lives and how its structured parts are read. Detection is by
 * URL only (like github-url-detection), so it is cheap enough to run on every navigation.
 */
export interface PageKind {
  id: string;
  /** Captured by the content script as the seller browses; false = only by one click. */
  auto: boolean;
  /** Followed in each kind's file by its real URLs (`<KIND>_EXAMPLES`, gathered in examples.ts for the tests). */
  match(url: URL): boolean;
  /**
   * Reads rows, fields, alerts, mail headers (or its own links, replacing the page's). Must not
   * throw on a page it does not know.
   */
  read?(doc: Document, url: URL, choice?: ReadChoice): PageDetails;
  /**
   * The page's links are read: only messages' links are checked (a "Seller Central" button that
   * leads elsewhere); reading every link of a big page is not free. A page of no known kind has them.
   */
  links?: boolean;
  /**
   * Elements (a local name) whose words `read` takes itself, with their Katal attributes: the
   * page-wide scan of the `layout` text leaves them out (an inventory page is mostly rows). The
   * page text has each as one line, its words and Katal text as the reader reads them (read-text.ts).
   */
  rowsOwn?: string;
}

export function pathStartsWith(url: URL, prefix: string): boolean {
  const path = trimEndWhere(url.pathname, chars('/')) || '/';
  return path === prefix || path.startsWith(`${prefix}/`);
}

const SELLER_CENTRAL = new Set<string>(SELLER_CENTRAL_HOSTS);

/** Seller Central page kinds only match on Seller Central itself: a look-alike path elsewhere is not Amazon. */
export function onSellerCentral(url: URL, pathPrefix: string): boolean {
  return url.protocol === 'https:' && SELLER_CENTRAL.has(url.hostname) && pathStartsWith(url, pathPrefix);
}

const BRAND_REGISTRY = new Set<string>(BRAND_REGISTRY_HOSTS);

/** Brand Registry is its own host (brandregistry.amazon.com), not Seller Central: any https path there. */
export function onBrandRegistry(url: URL): boolean {
  return url.protocol === 'https:' && BRAND_REGISTRY.has(url.hostname);
}
