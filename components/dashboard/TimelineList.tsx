import type { TimelineEntry } from '../../lib/evidence/timeline';
import { keyOr, type Translate } from '../../lib/i18n';
import { flagSubjectLabel } from '../../lib/model/flag';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';

/** The history, newest first. Every value from a capture is rendered as text. */
export function TimelineList({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t, language } = useI18n();
  if (entries.length === 0) return <p class="muted">{t('timelineEmpty')}</p>;
  return (
    <ol class="timeline">
      {entries.map((entry) => {
        const { title, detail } = describeEntry(entry, t);
        return (
          <li key={entry.key} class={`timeline-entry entry-${entry.kind}`}>
            {entry.undated ? (
              <span class="entry-undated">{t('timelineUndated', { captured: formatDateTime(entry.at, language) })}</span>
            ) : (
              <time dateTime={new Date(entry.at).toISOString()}>{entry.kind === 'domain-registered' ? utcDay(entry.at, language) : formatDateTime(entry.at, language)}</time>
            )}
            <span class="entry-title">{title}</span>
            {detail && <span class="entry-detail">{detail}</span>}
          </li>
        );
      })}
    </ol>
  );
}

/** A registration date is a calendar day in UTC (RDAP); shown in local time it could move a day. */
function utcDay(timestamp: number, language: 'en' | 'zh'): string {
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(timestamp);
}

export function describeEntry(entry: TimelineEntry, t: Translate): { title: string; detail: string } {
  switch (entry.kind) {
    case 'notice': {
      const n = entry.notice;
      const category = t(keyOr(`category.${n.category}`, 'category.other'));
      const type = n.ipType ? t(keyOr(`ipType.${n.ipType}`, 'ipType.other')) : null;
      return {
        title: t('timelineNotice', { category: type ? `${category} · ${type}` : category }),
        detail: [
          n.complaintIds.length ? t('complaintIds', { ids: n.complaintIds.join(', ') }) : '',
          n.asins.join(', '),
          n.marketplace ?? '',
          n.complainantDomain ? t('complainantIs', { domain: n.complainantDomain }) : '',
          n.senderIsAmazon === false ? t('notFromAmazon') : '',
        ].filter(Boolean).join(' · '),
      };
    }
    case 'listing-change': {
      const c = entry.change;
      return {
        title: t('timelineListingChange', { field: t(keyOr(`field.${c.field}`, 'field.title')), listing: c.asin === null ? c.listingKey : flagSubjectLabel(c.marketplace === null ? { asin: c.asin } : { asin: c.asin, marketplace: c.marketplace }) }),
        detail: `${c.before ?? '—'} → ${c.after ?? '—'}`,
      };
    }
    case 'brand-role-change': {
      const c = entry.change;
      return { title: t(c.change === 'lost' ? 'timelineRoleLost' : 'timelineRoleGained', { role: c.role, brand: c.brand }), detail: '' };
    }
    case 'domain-registered':
      return {
        title: t('timelineDomainRegistered', { domain: entry.age.domain }),
        detail: entry.age.registrar ? t('registrarIs', { registrar: entry.age.registrar }) : '',
      };
  }
}
