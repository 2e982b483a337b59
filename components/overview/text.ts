import type { Language, Translate } from '../../lib/i18n';
import type { DrawText } from '../../lib/overview/draw';
import { formatCount, formatUtcDay, formatUtcShortDay } from '../format';

/** How the overview's drawings write words, days and counts in the seller's language and locale. */
export function drawText(t: Translate, language: Language): DrawText {
  return {
    t,
    shortDay: (at) => formatUtcShortDay(at, language),
    day: (at) => formatUtcDay(at, language),
    count: (value) => formatCount(value, language),
  };
}
