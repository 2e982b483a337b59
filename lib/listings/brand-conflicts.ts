import type { AttributeConflict } from '../model/listing';

/**
 * Brand and catalog conflicts in listing-editor alerts and feed errors:
 * - 8541, old wording: `('brand' Merchant: 'Fun and Games' / Amazon: 'House of Marbles')`;
 *   new wording: `attribute value(s) that are conflicting: size (Merchant: 'S/M' / Amazon: '5 UK')`.
 *   Any attribute; quotes straight or curly; values may hold slashes, parentheses, apostrophes.
 * - 5461 (account not approved for brand), 5665 (brand name not approved), 5664 (generic product
 *   not using "Generic"), 8572 (UPC prefix not white-listed for brand): attribute 'brand', values
 *   null (the messages do not give them).
 * The code is the error number before the conflict in the text when there is one, else null.
 */
const Q = `['"‘’“”]`;
const VALUE_PAIR = new RegExp(
  `(?:([\\w.-]{1,100})\\s*\\(\\s*|\\(\\s*${Q}([^'"‘’“”()]{1,100})${Q}\\s*)` +
    `(?:Merchant|商家|卖家)\\s*[:：]\\s*${Q}(.*?)${Q}\\s*/\\s*(?:Amazon|亚马逊)\\s*[:：]\\s*${Q}(.*?)${Q}\\s*\\)`,
  'gi',
);
/** The nearest error number before a conflict: "Error 8541", "code: 8541", or 8541 itself. */
const CODE_BEFORE = /(?:error|code|错误|代码)\D{0,12}(\d{4,5})\b|\b(8541)\b/gi;
const CODE_WINDOW = 400;

const BRAND_ERRORS: readonly (readonly [code: string, words: RegExp])[] = [
  ['5461', /\b5461\b|not approved for (?:the )?brand/i],
  ['5665', /\b5665\b|brand name.{0,60}not (?:been )?approved/i],
  ['5664', /\b5664\b/],
  ['8572', /\b8572\b|not white-?listed for (?:the )?brand/i],
];

export function parseBrandConflicts(text: string): AttributeConflict[] {
  try {
    if (typeof text !== 'string') return [];
    const conflicts: AttributeConflict[] = [];
    const seen = new Set<string>();
    const add = (conflict: AttributeConflict) => {
      const key = JSON.stringify(conflict);
      if (!seen.has(key) && conflicts.length < 100) {
        seen.add(key);
        conflicts.push(conflict);
      }
    };
    // The code is looked for since the previous conflict only (another message's code must not
    // leak in); a conflict straight after another ("size (...), color (...)") shares its code.
    let previousEnd = 0;
    let previousCode: string | null = null;
    for (const match of text.matchAll(VALUE_PAIR)) {
      const start = match.index ?? 0;
      const code: string | null = codeBefore(text.slice(Math.max(previousEnd, start - CODE_WINDOW), start)) ?? (previousEnd && start - previousEnd < 5 ? previousCode : null);
      add({
        attribute: (match[1] ?? match[2] ?? '').trim().toLowerCase().slice(0, 100),
        merchant: match[3]!.trim().slice(0, 1_000),
        amazon: match[4]!.trim().slice(0, 1_000),
        code,
      });
      previousEnd = start + match[0].length;
      previousCode = code;
    }
    for (const [code, words] of BRAND_ERRORS) {
      if (words.test(text)) add({ attribute: 'brand', merchant: null, amazon: null, code });
    }
    return conflicts;
  } catch {
    return []; // untrusted page text: a conflict we cannot read is not a reason to fail the capture
  }
}

function codeBefore(window: string): string | null {
  let code: string | null = null;
  for (const match of window.matchAll(CODE_BEFORE)) code = match[1] ?? match[2] ?? code;
  return code;
}
