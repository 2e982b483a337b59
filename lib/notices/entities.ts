/**
 * The named HTML character references mail bodies use, with the values the HTML standard gives
 * them (https://html.spec.whatwg.org/multipage/named-characters.html). Shared by our own
 * HTML-to-text (html-text.ts) and by the small table that stands in for postal-mime's 2,200-entry
 * one in the extension build (html-entities-lite.ts): notices come in English, German, French,
 * Spanish, Italian, Japanese and Chinese, whose text needs Latin-1, a few typographic marks and
 * numeric references (decoded by code, not by name), never Greek letters or maths symbols.
 */

/**
 * U+00A0 to U+00FF in code point order: every Latin-1 letter and sign, so accented French,
 * German, Spanish and Italian text decodes whichever reference the sender's mailer chose.
 */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** Markup escapes, their upper-case legacy spellings, and the punctuation and spaces mailers emit. */
const OTHERS: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", AMP: '&', LT: '<', GT: '>', QUOT: '"', COPY: '\u00A9', REG: '\u00AE',
  OElig: '\u0152', oelig: '\u0153', Scaron: '\u0160', scaron: '\u0161', Yuml: '\u0178', fnof: '\u0192',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200C', zwj: '\u200D', lrm: '\u200E', rlm: '\u200F',
  ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201A', ldquo: '\u201C',
  rdquo: '\u201D', bdquo: '\u201E', dagger: '\u2020', Dagger: '\u2021', bull: '\u2022', hellip: '\u2026',
  permil: '\u2030', prime: '\u2032', lsaquo: '\u2039', rsaquo: '\u203A', euro: '\u20AC', trade: '\u2122',
  larr: '\u2190', rarr: '\u2192', check: '\u2713',
};

/** Name (without `&` and `;`) to its text. */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = (() => {
  const named: Record<string, string> = {};
  LATIN1.split(' ').forEach((name, index) => (named[name] = String.fromCharCode(0xa0 + index)));
  return Object.assign(named, OTHERS);
})();

/**
 * The names HTML still decodes without a closing `;` (`&eacute` as well as `&eacute;`): exactly
 * the Latin-1 ones plus the markup escapes, kept for pages written before the `;` was required.
 */
export function isLegacyEntity(name: string): boolean {
  return Object.hasOwn(NAMED_ENTITIES, name) && name !== 'apos' && NAMED_ENTITIES[name]!.charCodeAt(0) < 0x100;
}
