import { describe, expect, it } from 'vitest';
import { interpret } from '../../lib/interpret';
import { NoticeDraft } from '../../lib/model/notice';
import { PageRead } from '../../lib/model/page-read';
import { readEml } from '../../lib/notices/eml';
import { htmlToText } from '../../lib/notices/html-text';
import { readPastedText } from '../../lib/notices/paste';
import { adversarialEml, adversarialTexts } from '../helpers/adversarial';

/**
 * The adversarial generators (tests/helpers/adversarial.ts) at 1 MB, through the paths a seller's
 * input takes: pasted text, an .eml with the text as its plain body, as its HTML-only body, and
 * as its From header. Every input must give a valid PageRead and an interpretation (interpreted,
 * or unrecognised with a reason). No timing assertion here (that is `npm run bench`, as a ratio
 * to a benign input): the test timeout is the hang guard, and a quadratic step on 1 MB takes
 * minutes, far past it.
 */
const SIZE = 1_000_000;

function check(read: unknown, name: string) {
  const parsed = PageRead.safeParse(read);
  if (!parsed.success) throw new Error(`${name}: invalid PageRead: ${parsed.error.issues[0]?.message} at ${parsed.error.issues[0]?.path.join('.')}`);
  const result = interpret(parsed.data);
  expect(['interpreted', 'unrecognised'], name).toContain(result.status);
  if (result.status === 'unrecognised') expect(result.reason, name).toBeTruthy();
  for (const { draft } of result.notices) expect(NoticeDraft.safeParse(draft).success, name).toBe(true);
}

describe('adversarial inputs of 1 MB', () => {
  const inputs = adversarialTexts(SIZE);

  it('as pasted text', () => {
    for (const { name, text } of inputs) check(readPastedText(text, 0), name);
  }, 600_000);

  it('as the plain body and the From header of an .eml', async () => {
    for (const { name, text } of inputs.filter((_, index) => index % 3 === 0)) {
      check(await readEml(`From: "Amazon" <notice@amazon.com>\r\nSubject: Notice\r\n\r\n${text}`), `${name} (body)`);
    }
    for (const { name, text } of inputs.filter((input) => /at signs|angle|quotes|From/.test(input.name))) {
      check(await readEml(`From: ${text.replace(/[\r\n]/g, ' ')}\r\nSubject: Notice\r\n\r\nHello`), `${name} (From)`);
    }
  }, 600_000);

  it('as an HTML-only mail (runs of "<", unclosed tags, "@")', async () => {
    for (const { name, text } of inputs.filter((input) => /angle|open tags|at signs$/.test(input.name))) {
      check(await readEml(adversarialEml(text)), `${name} (html)`);
      expect(htmlToText(text).length, name).toBeGreaterThan(0);
    }
  }, 600_000);
});
