import { describe, expect, it } from 'vitest';
import { mailDateOrder, mailDateParts, parseMailDate } from '../../lib/notices/mail-date';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('webmail dates in the mailbox locale', () => {
  it.each([
    // Outlook reading-pane headers
    ['Thu 9/17/2026 2:52 PM', 'en-US', '2026-09-17', 14 * 60 + 52],
    ['Tue 9/8/2026 11:20 AM', 'en-US', '2026-09-08', 11 * 60 + 20],
    ['Tue 9/8/2026 11:20 AM', 'en', '2026-09-08', 11 * 60 + 20],
    ['Mon 18/05/2026 09:40', 'en-GB', '2026-05-18', 9 * 60 + 40],
    ['Thu 07/05/2026 16:05', 'en-GB', '2026-05-07', 16 * 60 + 5],
    ['jeu. 17/09/2026 14:52', 'fr-FR', '2026-09-17', 14 * 60 + 52],
    ['mar. 08/09/2026 09:15', 'fr', '2026-09-08', 9 * 60 + 15],
    ['Do 17.09.2026 14:52', 'de-DE', '2026-09-17', 14 * 60 + 52],
    ['jue 08/09/2026 14:52', 'es-ES', '2026-09-08', 14 * 60 + 52],
    ['gio 08/09/2026 14:52', 'it-IT', '2026-09-08', 14 * 60 + 52],
    ['do 8-9-2026 14:52', 'nl-NL', '2026-09-08', 14 * 60 + 52],
    ['czw. 08.09.2026 14:52', 'pl-PL', '2026-09-08', 14 * 60 + 52],
    ['tors 2026-09-08 14:52', 'sv-SE', '2026-09-08', 14 * 60 + 52],
    ['08.09.2026 Sal 14:52', 'tr-TR', '2026-09-08', 14 * 60 + 52],
    ['الثلاثاء ٠٨/٠٩/٢٠٢٦ ٠٢:٥٢ م', 'ar', '2026-09-08', 14 * 60 + 52],
    ['2026/09/17 (木) 14:52', 'ja', '2026-09-17', 14 * 60 + 52],
    ['2026/9/17 周四 14:52', 'zh-CN', '2026-09-17', 14 * 60 + 52],
    // Gmail's title attribute
    ['Thu, Sep 17, 2026, 2:52 PM', 'en', '2026-09-17', 14 * 60 + 52],
    ['jeu. 17 sept. 2026, 14:52', 'fr', '2026-09-17', 14 * 60 + 52],
    ['Do., 17. Sept. 2026, 14:52', 'de', '2026-09-17', 14 * 60 + 52],
    ['jue, 17 de sept. de 2026, 14:52', 'es', '2026-09-17', 14 * 60 + 52],
    ['gio 17 set 2026, 14:52', 'it', '2026-09-17', 14 * 60 + 52],
    ['do 17 sep 2026 14:52', 'nl', '2026-09-17', 14 * 60 + 52],
    ['czw., 17 wrz 2026, 14:52', 'pl', '2026-09-17', 14 * 60 + 52],
    ['tors 17 sep. 2026 14:52', 'sv', '2026-09-17', 14 * 60 + 52],
    ['17 Eyl 2026 Per 14:52', 'tr', '2026-09-17', 14 * 60 + 52],
    ['الخميس، ١٧ سبتمبر ٢٠٢٦، ٢:٥٢ م', 'ar', '2026-09-17', 14 * 60 + 52],
    ['2026年9月17日(木) 14:52', 'ja', '2026-09-17', 14 * 60 + 52],
    ['2026年9月17日 周四 下午2:52', 'zh', '2026-09-17', 14 * 60 + 52],
    ['Sep 17, 2026, 12:05 AM', 'en', '2026-09-17', 5],
  ])('%s (%s) is %s', (value, lang, iso, minutes) => {
    expect(parseMailDate(value, lang)).toBe(day(iso));
    expect(mailDateParts(value, lang)?.minutes).toBe(minutes);
  });

  it('reads a slashed day/month pair by the page language, and not at all without one', () => {
    expect(parseMailDate('09/08/2026', 'en-US')).toBe(day('2026-09-08'));
    expect(parseMailDate('09/08/2026', 'en-GB')).toBe(day('2026-08-09'));
    expect(parseMailDate('09/08/2026', null)).toBeNull();
    // Unambiguous whatever the language: 17 is no month.
    expect(parseMailDate('9/17/2026', 'en-GB')).toBe(day('2026-09-17'));
    expect(parseMailDate('17/9/2026', 'en-US')).toBe(day('2026-09-17'));
    expect(parseMailDate('5/5/2026', null)).toBe(day('2026-05-05'));
  });

  it('refuses what is no date', () => {
    for (const value of ['', 'yesterday', '2:52 PM', '31/02/2026', '13/13/2026', 'Sep 2026', '99 Sep 2026', '1/2/26', null, undefined]) {
      expect(parseMailDate(value, 'en-US')).toBeNull();
    }
  });

  it('orders by day and time', () => {
    expect(mailDateOrder('Thu 9/17/2026 2:52 PM', 'en-US')!).toBeGreaterThan(mailDateOrder('Thu 9/17/2026 11:52 AM', 'en-US')!);
    expect(mailDateOrder('Thu 9/17/2026 2:52 AM', 'en-US')!).toBeGreaterThan(mailDateOrder('Wed 9/16/2026 11:52 PM', 'en-US')!);
  });

  it('stays bounded on long hostile input', () => {
    const long = `${'1/'.repeat(50_000)}2026 ${'sep '.repeat(50_000)}`;
    expect(() => parseMailDate(long, 'en-US')).not.toThrow();
  });
});
