import type { PageRead } from '../../lib/model/page-read';
import { MAX_TEXT_CHARS } from '../../lib/model/limits';
import { PAGE_KINDS } from '../../lib/pages/registry';
import { asin, digits, type Random } from './prng';

/**
 * Mutations for the fuzz test: what real pages, pastes and e-mails do to text on the way in.
 * Every mutation keeps a PageRead within its schema's bounds (the background validates first;
 * what it rejects never reaches interpretation).
 */
export const ODD = [
  '\u200F', // right-to-left mark
  '\u200E', // left-to-right mark
  '\u202E', // right-to-left override
  '\u200B', // zero-width space
  '\u200D', // zero-width joiner
  '\uFEFF', // byte order mark
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  '\u0301\u0301\u0301\u0301', // stacked combining marks
  '\u0000', // NUL
  '\u00A0', // no-break space
  '\u3000', // ideographic space
  'ﬁ', // ligature (NFKC changes it)
  '𝐀𝐒𝐈𝐍', // mathematical bold (NFKC: ASIN)
  '：', // full-width colon
  '\r\n\r\n',
  '\t\t',
  '\u2028', // line separator
];

function sprinkle(rng: Random, text: string, count: number): string {
  const chars = [...text];
  for (let i = 0; i < count && chars.length; i++) chars.splice(rng.int(0, chars.length), 0, rng.pick(ODD));
  return chars.join('');
}

export const MUTATIONS = ['shuffle-lines', 'truncate', 'odd-unicode', 'strip-colons', 'duplicate', 'huge', 'empty', 'random-kind', 'random-rows', 'random-katal', 'case', 'split-words'] as const;
export type Mutation = (typeof MUTATIONS)[number];

const KINDS = [...PAGE_KINDS.map((kind) => kind.id), 'unknown', 'paste', 'eml', 'webmail'];

export function mutateRead(rng: Random, read: PageRead, mutation: Mutation): PageRead {
  const text = read.text;
  switch (mutation) {
    case 'shuffle-lines':
      return { ...read, text: rng.shuffle(text.split('\n')).join('\n') };
    case 'truncate':
      return { ...read, text: text.slice(0, rng.int(0, text.length)) };
    case 'odd-unicode':
      return { ...read, text: sprinkle(rng, text, rng.int(1, 200)), title: sprinkle(rng, read.title, 3) };
    case 'strip-colons':
      return { ...read, text: text.replace(/[:：]/g, rng.pick(['', ' ', ' - '])) };
    case 'duplicate':
      return { ...read, text: `${text}\n${text}\n${text}`.slice(0, MAX_TEXT_CHARS) };
    case 'huge': {
      // About 1 MB: a notice buried in a page of repeated noise, with many ASIN-like tokens.
      const noise = Array.from({ length: 200 }, () => `${asin(rng)} ${digits(rng, 10)} Complaint ID ${rng.pick(['', ':'])} `).join('');
      let huge = text;
      while (huge.length < 1_000_000 - noise.length) huge += `\n${noise}`;
      return { ...read, text: huge.slice(0, MAX_TEXT_CHARS) };
    }
    case 'empty':
      return { ...read, text: '', title: '', links: [], mail: rng.chance(0.5) ? null : read.mail };
    case 'random-kind':
      return { ...read, pageKind: rng.pick(KINDS) };
    case 'random-rows':
      return {
        ...read,
        rows: Array.from({ length: rng.int(1, 40) }, () => ({
          kind: rng.pick(['policy-violation', 'inventory', 'brand-role', 'notification', 'x']),
          depth: rng.int(0, 3),
          cells: Object.fromEntries(
            rng.shuffle(['reason', 'date', 'title', 'asins', 'skus', 'action', 'status', 'sku', 'asin', 'brand', 'role', 'text', 'impact']).slice(0, rng.int(0, 8))
              .map((key) => [key, rng.pick([asin(rng), sprinkle(rng, 'Listing removed', 2), '', 'Detail Page Removed', `${rng.int(1, 31)}/${rng.int(1, 12)}/2026`, 'Administrator', '\uD800', 'x'.repeat(rng.int(0, 3_000))])]),
          ),
        })),
      };
    case 'random-katal':
      return {
        ...read,
        katal: Array.from({ length: rng.int(1, 60) }, () => ({
          tag: rng.pick(['kat-input', 'kat-textarea', 'kat-badge', 'kat-label', 'kat-dropdown', 'kat-alert']),
          ...(rng.chance(0.5) ? { name: rng.pick(['brand-0-value', 'item_name-0-value', 'manufacturer-0-value', `x-${rng.int(0, 9)}`]) } : {}),
          ...(rng.chance(0.7) ? { value: sprinkle(rng, rng.pick(['Lumora', 'Kestrel', '', asin(rng)]), 1) } : {}),
          ...(rng.chance(0.3) ? { label: 'Brand Name' } : {}),
          ...(rng.chance(0.2) ? { disabled: true } : {}),
        })),
      };
    case 'case':
      return { ...read, text: rng.chance(0.5) ? text.toUpperCase() : text.toLowerCase() };
    case 'split-words':
      // PDF and e-mail clients break labels: "Compla int ID".
      return { ...read, text: text.replace(/(\p{L}{3})(\p{L}{2,})/gu, (_, a: string, b: string) => (rng.chance(0.2) ? `${a} ${b}` : a + b)) };
  }
}

/** Broken or hostile HTML for the DOM reader: unclosed and misnested tags, random Katal attributes. */
export function mutateHtml(rng: Random, html: string): string {
  let out = html;
  const edits = rng.int(1, 30);
  for (let i = 0; i < edits; i++) {
    const at = rng.int(0, out.length);
    const insert = rng.pick([
      '<div>', '</div>', '</table>', '<td>', '</kat-table-row>', '<kat-table-row>', '<p><b><i>', '</b></p>', '<!--', '-->', '<![CDATA[', ']]>',
      `<kat-input name="brand-0-value" value="${rng.pick(['Lumora', '"><img src=x onerror=alert(1)>', '\u200F'])}"></kat-input>`,
      `<kat-badge label="${rng.pick(['Detail Page Removed', '', '\uD800'])}" ${rng.pick(['disabled', 'aria-disabled="true"', 'hidden', ''])}>`,
      '<iframe srcdoc="<p>inner</p>"></iframe>', '<svg><text>svg text</text></svg>', '<select><option>o</option></select>', '<template><p>t</p></template>',
      '<div style="display:none">hidden</div>', '<table><tr><td>ASIN: B0AAAAAAAA</td></tr></table>', rng.pick(ODD), '&#0;', '&nbsp;', '&amp', '<',
    ]);
    out = out.slice(0, at) + insert + out.slice(at);
  }
  if (rng.chance(0.2)) out = out.slice(0, rng.int(0, out.length)); // cut mid-tag
  return out;
}
