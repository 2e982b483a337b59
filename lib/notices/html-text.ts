import { NAMED_ENTITIES } from './entities';

/**
 * HTML of a mail part to text and links, without a DOM (the background and the CLI have none).
 * Not a full HTML parser: enough for mail bodies, which are tables, paragraphs and line breaks.
 * Every step is a linear scan or a regex without nested quantifiers, so a hostile or truncated
 * body costs time in proportion to its size.
 */

const MAX_HTML = 2_000_000;
const MAX_LINKS = 500;

/** Tags whose content is not text. */
const DROPPED = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg']);
/** Tags that end a line: paragraphs, rows, list items, headings, breaks. */
const BLOCK = new Set([
  'p', 'div', 'br', 'tr', 'li', 'ul', 'ol', 'table', 'tbody', 'thead', 'tfoot', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'hr', 'section', 'article', 'header', 'footer', 'center', 'dd', 'dt', 'dl',
]);
const CELL = new Set(['td', 'th']);
const TAG_NAME = /^<\/?([a-z][a-z0-9-]{0,30})/;

/** One pass over the HTML with indexOf: linear even for unclosed tags and comments. */
export function htmlToText(html: string): string {
  const source = html.slice(0, MAX_HTML);
  const lower = source.toLowerCase();
  const out: string[] = [];
  const unclosed = new Set<string>();
  // The next '>' found so far: searched again only once the cursor passes it, so a body of a
  // million '<' and no '>' is one scan, not one per '<'.
  let nextGt = -2;
  const gtFrom = (from: number) => {
    if (nextGt === -2 || (nextGt >= 0 && nextGt < from)) nextGt = source.indexOf('>', from);
    return nextGt;
  };
  // Text runs from `textFrom` to the next tag; a '<' that starts no tag stays inside the run.
  let textFrom = 0;
  let cursor = 0;
  while (cursor < source.length) {
    const lt = source.indexOf('<', cursor);
    if (lt < 0) break;
    if (lower.startsWith('<!--', lt)) {
      out.push(source.slice(textFrom, lt));
      const end = lower.indexOf('-->', lt + 4);
      cursor = textFrom = end < 0 ? source.length : end + 3;
      continue;
    }
    const gt = gtFrom(lt);
    if (gt < 0) {
      // No '>' after this '<': no tag can start here or anywhere after, so the rest is text, up
      // to a comment opening, which runs unclosed to the end.
      const comment = lower.indexOf('<!--', lt);
      out.push(source.slice(textFrom, comment < 0 ? source.length : comment));
      return tidyWhitespace(decodeEntities(out.join('')));
    }
    const marker = source.charCodeAt(lt + 1);
    if (marker === 33 || marker === 63) {
      out.push(source.slice(textFrom, lt));
      cursor = textFrom = gt + 1; // <!doctype ...>, <![CDATA[...]>, <?xml ...?>
      continue;
    }
    // A tag starts with a letter, after '/' for a closing one: anything else is text, told
    // apart without a regex (a million '<' before one '>' must stay cheap).
    const first = lower.charCodeAt(marker === 47 ? lt + 2 : lt + 1);
    const name = first >= 97 && first <= 122 ? TAG_NAME.exec(lower.slice(lt, Math.min(gt + 1, lt + 40)))?.[1] : undefined;
    if (!name) {
      cursor = lt + 1;
      continue;
    }
    out.push(source.slice(textFrom, lt));
    cursor = textFrom = gt + 1;
    if (marker !== 47 && DROPPED.has(name) && !unclosed.has(name)) {
      const close = lower.indexOf(`</${name}`, cursor);
      if (close < 0) unclosed.add(name);
      else {
        const end = lower.indexOf('>', close);
        cursor = textFrom = end < 0 ? source.length : end + 1;
      }
      out.push(' ');
    } else if (BLOCK.has(name)) out.push('\n');
    else if (CELL.has(name)) out.push(' ');
  }
  out.push(source.slice(textFrom));
  return tidyWhitespace(decodeEntities(out.join('')));
}

/**
 * Runs of spaces, tabs and no-break spaces become one space; the spaces around a line break go;
 * two or more line breaks in a row become one blank line. A lone space is left alone and a run of
 * line breaks is one match, so a body of a million spaces or blank lines is a few replacements,
 * not a million; a plain string replacement costs less per match than a function.
 */
function tidyWhitespace(text: string): string {
  return text
    .replace(/ [ \t\u00A0]+|[\t\u00A0][ \t\u00A0]*/g, ' ')
    .replace(/ ?\n[ \n]*\n ?/g, '\n\n')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

/**
 * Our text is for matching, not display: the spaces HTML names become a plain space and the
 * invisible joiners and soft hyphen disappear, so `Mar&shy;ke` still reads as "Marke".
 */
const NAMED: Record<string, string> = {
  ...NAMED_ENTITIES,
  nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '', zwnj: '', zwj: '', lrm: '', rlm: '',
};

/** `&amp;`, `&#8217;`, `&#x2019;` and the named entities mail bodies use (entities.ts). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8}\d{0,2});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(NAMED, name) ? NAMED[name]! : whole; // not `toString` off the prototype
  });
}

/** Anchors of the HTML: href and text. Scans with indexOf so an unclosed `<a` cannot make it quadratic. */
export function anchorsOf(html: string): { href: string; text: string }[] {
  const source = html.slice(0, MAX_HTML);
  const lower = source.toLowerCase();
  const links: { href: string; text: string }[] = [];
  let cursor = 0;
  let noMoreClosings = false;
  while (links.length < MAX_LINKS) {
    const open = lower.indexOf('<a', cursor);
    if (open < 0) break;
    const tagEnd = lower.indexOf('>', open);
    if (tagEnd < 0) break;
    cursor = tagEnd + 1;
    const next = lower.charCodeAt(open + 2);
    if (!(next === 32 || next === 10 || next === 13 || next === 9)) continue; // <abbr>, <area>...
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(source.slice(open, tagEnd));
    if (!href) continue;
    let text = '';
    if (!noMoreClosings) {
      const close = lower.indexOf('</a', cursor);
      if (close < 0) noMoreClosings = true;
      else {
        text = htmlToText(source.slice(cursor, close)).replace(/\s+/g, ' ').slice(0, 1_000);
        cursor = close;
      }
    }
    const target = decodeEntities((href[1] ?? href[2] ?? href[3] ?? '').trim());
    if (/^https?:/i.test(target)) links.push({ href: target.slice(0, 4_000), text });
  }
  return links;
}
