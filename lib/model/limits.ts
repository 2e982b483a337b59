/** Size caps shared by the readers (no zod here: the content script imports this) and the schemas. */
export const MAX_TEXT_CHARS = 1_000_000;
export const MAX_HTML_CHARS = 300_000;
