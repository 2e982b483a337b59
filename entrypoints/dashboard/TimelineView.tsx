import { useMemo, useState } from 'preact/hooks';
import { ExportPack } from '../../components/dashboard/ExportPack';
import { EMPTY_FILTER, type FilterForm, TimelineFilters, toFilter } from '../../components/dashboard/TimelineFilters';
import { TimelineList } from '../../components/dashboard/TimelineList';
import { useI18n } from '../../components/i18n';
import { useLiveQuery } from '../../components/use-live-query';
import { database } from '../../lib/db';
import { findEvidence } from '../../lib/evidence';
import { buildTimeline, filterTimeline } from '../../lib/evidence/timeline';

/** Notices, listing changes, role changes and complainant domains' registrations, newest first. */
export function TimelineView({ query }: { query: URLSearchParams }) {
  const { t } = useI18n();
  const [form, setForm] = useState<FilterForm>(() => ({
    ...EMPTY_FILTER,
    ...Object.fromEntries([...query.entries()].filter(([key]) => key in EMPTY_FILTER)),
  }));
  const records = useLiveQuery(async () => {
    const db = database();
    const [notices, listingChanges, brandRoleChanges, domainAges, listingStates] = await Promise.all([
      db.notices.toArray(),
      db.listingChanges.toArray(),
      db.brandRoleChanges.toArray(),
      db.domainAges.toArray(),
      db.listingStates.toArray(),
    ]);
    return { notices, listingChanges, brandRoleChanges, domainAges, listingStates };
  }, []);
  const entries = useMemo(() => (records ? buildTimeline(records) : []), [records]);
  const shown = useMemo(() => filterTimeline(entries, toFilter(form)), [entries, form]);
  if (records === undefined) return null;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timelineHeading')}</h2>
      <TimelineFilters entries={entries} value={form} onChange={(patch) => setForm((previous) => ({ ...previous, ...patch }))} />
      <p class="muted" role="status">
        {t('timelineCount', { shown: shown.length, total: entries.length })}
      </p>
      {(form.asin || form.domain) && (
        <ExportPack
          loadRecords={() => findEvidence(database(), form.asin ? { kind: 'asin', asin: form.asin } : { kind: 'domain', domain: form.domain })}
          label={t('packExportFor', { subject: form.asin || form.domain })}
        />
      )}
      <TimelineList entries={shown} />
    </section>
  );
}
