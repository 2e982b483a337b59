import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { htmlEntities as fullTable } from '../../node_modules/postal-mime/dist/esm/html-entities.js';
import { NAMED_ENTITIES } from '../../lib/notices/entities';
import { htmlEntities as liteTable } from '../../lib/notices/html-entities-lite';
import { decodeEntities } from '../../lib/notices/html-text';

/** The module the extension build swaps (wxt.config.ts); postal-mime is inlined for this in vitest.config.ts. */
const POSTAL_MIME_ENTITIES = join(process.cwd(), 'node_modules/postal-mime/dist/esm/html-entities.js');
const DIR = join(process.cwd(), 'tests', 'fixtures', 'notices');

/** readEml over postal-mime with its own full table, and over the one the extension bundles. */
async function bothReaders() {
  vi.resetModules();
  const full = (await import('../../lib/notices/eml')).readEml;
  vi.resetModules();
  vi.doMock(POSTAL_MIME_ENTITIES, () => import('../../lib/notices/html-entities-lite'));
  const lite = (await import('../../lib/notices/eml')).readEml;
  vi.doUnmock(POSTAL_MIME_ENTITIES);
  return { full, lite };
}

/**
 * A plain greeting and then an HTML-only part, as forwarded notices come: postal-mime makes
 * `email.text` from the HTML part with its own converter and entity table. (A mail with only an
 * HTML part has no `email.text`; readEml turns it into text with html-text.ts instead.)
 */
const plainThenHtml = (html: string) =>
  [
    'From: Amazon <notice-dispute@amazon.fr>',
    'Subject: Avertissement',
    'Date: Fri, 20 Nov 2026 09:14:00 +0000',
    'Message-ID: <entities@amazon.fr>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="part"',
    '',
    '--part',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    'Bonjour,',
    '--part',
    'Content-Type: text/html; charset=UTF-8',
    '',
    `<html><body>${html}</body></html>`,
    '--part--',
    '',
  ].join('\r\n');

describe('the lite entity table the extension gives postal-mime', () => {
  it('decodes every name it has exactly as the full table does, in the same key shapes', () => {
    for (const [key, text] of Object.entries(liteTable)) expect(fullTable[key as keyof typeof fullTable], key).toBe(text);
    for (const name of Object.keys(NAMED_ENTITIES)) {
      for (const key of [`&${name};`, `&${name}`]) expect(liteTable[key], key).toBe(fullTable[key as keyof typeof fullTable]);
    }
    expect(Object.keys(liteTable).length).toBeGreaterThan(240); // all of Latin-1, with and without `;`
  });

  it('reads the HTML part of a French, German and Spanish mail the same as the full table', async () => {
    const { full, lite } = await bothReaders();
    const mail = plainThenHtml(
      '<p>Nous avons supprim&eacute; votre offre &amp; l&#8217;ASIN B0CLMR7X2Q.</p>' +
        '<p>Le propri&eacute;taire des droits &laquo;&nbsp;Lumora&nbsp;&raquo; a &oelig;uvr&eacute; &mdash; 1&frac12; jours.</p>' +
        '<p>Stra&szlig;e, M&auml;rz, Espa&ntilde;a, &iquest;por qu&eacute;? &euro;&hellip;&trade; &Eacute;t&eacute caf&eacute</p>',
    );
    const [viaFull, viaLite] = [await full(mail), await lite(mail)];
    expect(viaLite).toEqual(viaFull);
    expect(viaLite.text).toContain('Nous avons supprimé votre offre & l’ASIN B0CLMR7X2Q.');
    expect(viaLite.text).toContain('œuvré — 1½ jours');
    expect(viaLite.text).toContain('Straße, März, España, ¿por qué? €…™ Été café'); // `&eacute` without `;` too
  });

  it('reads a mail with only an HTML part the same either way (html-text.ts decodes it)', async () => {
    const { full, lite } = await bothReaders();
    const mail = plainThenHtml('<p>Nous avons supprim&eacute; votre offre &amp; l&#8217;ASIN B0CLMR7X2Q.</p>')
      .replace(/--part\r\nContent-Type: text\/plain[^]*?--part\r\n/, '--part\r\n');
    const [viaFull, viaLite] = [await full(mail), await lite(mail)];
    expect(viaLite).toEqual(viaFull);
    expect(viaLite.text).toBe('Nous avons supprimé votre offre & l’ASIN B0CLMR7X2Q.');
  });

  it('reads every .eml fixture the same as the full table', async () => {
    const { full, lite } = await bothReaders();
    for (const name of readdirSync(DIR).filter((file) => file.endsWith('.eml'))) {
      const raw = readFileSync(join(DIR, name), 'utf8');
      expect(await lite(raw), name).toEqual(await full(raw));
    }
  });

  it('leaves a name it lacks as written, as postal-mime leaves an unknown one', async () => {
    const { full, lite } = await bothReaders();
    const mail = plainThenHtml('<p>&alpha; &amp;</p>');
    expect((await lite(mail)).text).toContain('&alpha; &');
    expect((await full(mail)).text).toContain('α &');
  });
});

describe('decodeEntities', () => {
  it('decodes the shared names, with spaces and invisible marks made plain for matching', () => {
    expect(decodeEntities('&frac12;&Ouml;&oelig;&euro;')).toBe('½Öœ€');
    expect(decodeEntities('a&nbsp;b&thinsp;c Mar&shy;ke&zwnj;')).toBe('a b c Marke');
    expect(decodeEntities('&toString; &constructor; &unknown;')).toBe('&toString; &constructor; &unknown;');
  });
});
