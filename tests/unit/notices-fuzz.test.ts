import { describe, expect, it } from 'vitest';
import { NoticeDraft } from '../../lib/model/notice';
import { noticeFromPolicyRow, noticeIdentity, parseNotice, type NoticeSource } from '../../lib/notices';
import { parseNoticeStrict } from '../../lib/notices/parse';
import { fuzzCell, fuzzPick, noticeFuzzCases } from '../helpers/notice-fuzz';

/**
 * Generated inputs (tests/helpers/notice-fuzz.ts): the fixtures cut, shuffled, relabelled, glued
 * and sprinkled with odd Unicode, plus label soup, binary, empty and huge texts. The strict parser
 * (no safety net) must not throw and every draft must pass the zod schema. How long they take is
 * measured by `npm run bench` (scripts/bench/notices-fuzz.ts), as a ratio, not here.
 */
const CASES = 2_000;

describe('parseNotice on generated input', () => {
  it(`${CASES} random, truncated and mutated texts: no throw, valid drafts`, async () => {
    let drafts = 0;
    for (const { index, text, source } of noticeFuzzCases(CASES)) {
      let draft: NoticeDraft | null = null;
      try {
        draft = parseNoticeStrict(source);
      } catch (error) {
        throw new Error(`case ${index} threw ${String(error)} on ${JSON.stringify(text.slice(0, 300))}`);
      }
      if (draft) {
        drafts++;
        const checked = NoticeDraft.safeParse(draft);
        if (!checked.success) throw new Error(`case ${index}: invalid draft ${checked.error.message} on ${JSON.stringify(text.slice(0, 300))}`);
        if (index % 20 === 0) await noticeIdentity(draft, text);
      }
    }
    expect(drafts).toBeGreaterThan(CASES / 4); // the mutations keep many texts recognisable
  }, 120_000);

  it('the public parseNotice never throws, even on inputs that are not NoticeSource', () => {
    for (const bad of [null, undefined, 42, 'text', {}, { text: null }, { text: 42, origin: 'paste' }, { text: 'ASIN: B0CLMR7X2Q', origin: 'mail', mail: { from: 42 } }]) {
      expect(() => parseNotice(bad as unknown as NoticeSource)).not.toThrow();
    }
  });

  it('noticeFromPolicyRow survives random cells', () => {
    for (let index = 0; index < 300; index++) {
      const cells: Record<string, string> = {};
      for (const key of ['reason', 'date', 'title', 'asins', 'skus', 'action', 'nextStep', 'impact']) {
        const cell = fuzzCell();
        if (cell !== undefined) cells[key] = cell;
      }
      const draft = noticeFromPolicyRow(cells, fuzzPick([null, 'US', 'JP']));
      if (draft) expect(NoticeDraft.safeParse(draft).success).toBe(true);
    }
  });
});
