import { NAMED_ENTITIES, isLegacyEntity } from './entities';

/**
 * Stands in for postal-mime's own `html-entities.js` in the extension build (the alias is in
 * wxt.config.ts): that table holds all 2,231 HTML references and was a large part of the
 * background script, only for postal-mime's HTML-to-text of mails without a text part. Same key shape as
 * postal-mime's (`'&eacute;'`, and `'&eacute'` for the legacy names), so its decoder is unchanged;
 * a name outside NAMED_ENTITIES is left as written, as postal-mime leaves any unknown name.
 * Node (the CLI, the unit tests) keeps the full table; a test reads the same mails through both.
 */
export const htmlEntities: Record<string, string> = {};
for (const [name, text] of Object.entries(NAMED_ENTITIES)) {
  htmlEntities[`&${name};`] = text;
  if (isLegacyEntity(name)) htmlEntities[`&${name}`] = text;
}
