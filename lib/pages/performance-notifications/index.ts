import type { PageRow } from '../../model/page-read';
import { isRow, row, squash, textOf } from '../dom';
import { onSellerCentral, type PageKind } from '../page-kind';

/**
 * Performance Notifications: the list of every performance and IP e-mail Amazon sends, and the
 * open message, whose body sits in `iframe.starfleet-sanitized-iframe`. The
 * message body is read through the same-origin iframe by the generic walker.
 */
export const performanceNotifications: PageKind = {
  id: 'performance-notifications',
  auto: true,
  match: (url) =>
    onSellerCentral(url, '/performance/notifications') ||
    onSellerCentral(url, '/gp/customer-experience/perf-notifications.html'),
  read: (doc) => ({ rows: readNotificationRows(doc) }),
  links: true,
};

/** Real URL shapes this kind must match; every other kind must reject them (tests only: lib/pages/examples.ts). */
export const PERFORMANCE_NOTIFICATIONS_EXAMPLES = [
  'https://sellercentral.amazon.com/performance/notifications',
  'https://sellercentral.amazon.de/performance/notifications?ref=xx_perfnot_dnav_xx',
  'https://sellercentral.amazon.com/performance/notifications/detail?notificationId=ABC123',
  'https://sellercentral.amazon.com/gp/customer-experience/perf-notifications.html',
];

/**
 * List rows as a public scraper reads them: `kat-table-row.starfleet-notification-row`,
 * skipping the duplicate `.starfleet-notification-row-mobile` rows; subject `.pl-sm-c > a`
 * (else the row's first link), date `.starfleet-notification-date`. Rows kind 'notification'.
 */
export function readNotificationRows(doc: Document): PageRow[] {
  return Array.from(doc.querySelectorAll('kat-table-row.starfleet-notification-row:not(.starfleet-notification-row-mobile)'), (listRow) => {
    const link = listRow.querySelector('.pl-sm-c > a') ?? listRow.querySelector('a');
    return row('notification', {
      subject: textOf(link),
      date: squash(listRow.querySelector('.starfleet-notification-date')?.textContent),
      href: link?.getAttribute('href') ?? undefined,
    });
  }).filter((found): found is PageRow => isRow(found) && !!found.cells.subject);
}
