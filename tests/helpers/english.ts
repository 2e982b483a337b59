import { tell } from '../../components/said';
import { translator } from '../../lib/i18n';
import type { Said } from '../../lib/said';

const en = translator('en');

/** What the UI says, in English, for a library's Said (a capture's reason, a backup error...). */
export function english(value: Said | null | undefined): string {
  return tell(value, en);
}
