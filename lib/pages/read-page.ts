import { MAX_HTML_CHARS, MAX_TEXT_CHARS } from '../model/limits';
import type { PageLink, PageReadInput } from '../model/page-read';
import { marketplaceFromUrl } from '../marketplaces';
import { readAccount } from './account';
import type { RowMemo } from './dom';
import type { PageKind } from './page-kind';
import { readVisibleText, type TextRead, type TextStrategy } from './read-text';

const MAX_LINKS = 500;

export interface ReadOptions {
  /** Keep (size-capped) HTML of the page: one-click captures and message pages. */
  keepHtml?: boolean;
  /**
   * How the text is read (lib/pages/read-text.ts): 'layout' in a real browser (the content
   * script, the one-click page reader), where innerText is native and knows CSS; 'walk' (the
   * default) in happy-dom (unit tests, the CLI), whose innerText is slow and differs. Chosen by
   * the caller, never sniffed from the environment.
   */
  text?: TextStrategy;
  /** Which open message of a webmail thread to read: 0 (the default) is the newest. */
  message?: number;
  /** The browser's language, for a page that does not say its own (`<html lang>`). */
  language?: string | null;
  /**
   * Reads the page text instead of a strategy: the one-click page reader passes
   * lib/pages/read-rendered.ts outside Amazon's hosts, where only what a person sees is read.
   */
  visibleText?: (root: Element, maxChars: number) => TextRead;
  /**
   * The rows read before on this page and unchanged since (lib/content/watch-page.ts keeps it,
   * for one page kind, and drops what mutations touched): only the other rows are read. The
   * read is the same as without it (tested), only cheaper.
   */
  memo?: RowMemo;
}

/**
 * Turns a page into PageRead. Pure DOM reading, no framework, no validation (the background
 * validates): this runs inside Seller Central on every navigation. A page kind's own reader
 * that throws costs only its structured part; the text is still returned.
 */
export function readPage(doc: Document, url: URL, kind: PageKind | undefined, options: ReadOptions = {}): PageReadInput {
  const root = doc.body ?? doc.documentElement;
  const memo = options.memo ?? new WeakMap();
  const { text, katal } = options.visibleText ? options.visibleText(root, MAX_TEXT_CHARS) : readVisibleText(root, MAX_TEXT_CHARS, options.text, kind?.rowsOwn, memo);
  let details: ReturnType<NonNullable<PageKind['read']>> = {};
  const alerts: string[] = [];
  try {
    details = kind?.read?.(doc, url, { message: options.message, language: options.language, memo }) ?? {};
  } catch (error) {
    alerts.push(`reader ${kind?.id} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    url: url.href,
    title: doc.title.slice(0, 2_000),
    pageKind: kind?.id ?? 'unknown',
    marketplace: marketplaceFromUrl(url.href),
    lang: (doc.documentElement.getAttribute('lang') || options.language || '').slice(0, 35) || null,
    text,
    html: options.keepHtml ? (doc.documentElement.outerHTML ?? '').slice(0, MAX_HTML_CHARS) : null,
    katal,
    links: !kind || kind.links ? readLinks(doc) : [],
    // Raw: only on Amazon's seller hosts does it say whose account a page is, which the
    // background decides from the read's URL (lib/accounts/identity.ts), not here.
    account: readAccount(doc),
    // A reader's own links (a webmail message's body) replace the page's, through `details`.
    ...details,
    alerts: [...(details.alerts ?? []), ...alerts],
  };
}

/** Links matter for the phishing check (a "Seller Central" button that leads elsewhere). */
export function readLinks(root: ParentNode): PageLink[] {
  const links: PageLink[] = [];
  const anchors = root.querySelectorAll('a[href]');
  for (let i = 0; i < anchors.length; i++) {
    const anchor = anchors[i] as HTMLAnchorElement;
    const href = anchor.href;
    if (!/^https?:/i.test(href)) continue;
    links.push({ href: href.slice(0, 4_000), text: (anchor.textContent ?? '').trim().slice(0, 1_000) });
    if (links.length >= MAX_LINKS) break;
  }
  return links;
}
