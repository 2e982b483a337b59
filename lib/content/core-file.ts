/**
 * The readers the retail content script and one-click capture share (entrypoints/content-core.ts,
 * built as an unlisted script): the registered retail script lists it first (as a file of the
 * package), one-click capture injects it first (as a path).
 */
export const CONTENT_CORE_FILE = 'content-core.js';
export const CONTENT_CORE_PATH = `/${CONTENT_CORE_FILE}` as const;
