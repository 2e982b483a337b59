import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { PageRead } from '../lib/model/page-read';
import type { CaptureSource } from '../lib/model/capture';
import { readEml } from '../lib/notices/eml';
import { readPastedText } from '../lib/notices/paste';
import { readPage } from '../lib/pages/read-page';
import { findPageKind } from '../lib/pages/registry';

export interface FileRead {
  read: PageRead;
  source: CaptureSource;
}

/** `<!-- saved from url=(0063)https://... -->`, written by browsers when saving a page. */
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

/**
 * A file as the extension would have read it: .html through the same page reader (in
 * happy-dom, scripts off, nothing fetched), .txt as pasted text, .eml through postal-mime.
 */
export async function readInputFile(path: string, options: { url?: string; now: number; message?: number }): Promise<FileRead> {
  const extension = extname(path).toLowerCase();
  if (extension === '.eml') return { read: PageRead.parse(await readEml(await readFile(path, 'utf8'))), source: 'eml' };
  if (extension === '.txt') return { read: PageRead.parse(readPastedText(await readFile(path, 'utf8'), options.now)), source: 'paste' };
  if (extension === '.html' || extension === '.htm') {
    const html = await readFile(path, 'utf8');
    const url = options.url ?? SAVED_FROM.exec(html)?.[1] ?? `file://${path}`;
    return { read: PageRead.parse(await readHtml(html, url, options.message)), source: 'click' };
  }
  throw new UnsupportedFile(`${path}: not a .html, .txt or .eml file`);
}

export class UnsupportedFile extends Error {}

async function readHtml(html: string, url: string, message?: number) {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableComputedStyleRendering: true },
  });
  try {
    window.document.write(html);
    await window.happyDOM.waitUntilComplete(); // srcdoc iframes (the Performance Notification body)
    const parsed = new URL(url);
    // 'walk': happy-dom's innerText is slow and lays nothing out (lib/pages/read-text.ts).
    return readPage(window.document as unknown as Document, parsed, findPageKind(parsed), { keepHtml: true, text: 'walk', message });
  } finally {
    await window.happyDOM.close();
  }
}
