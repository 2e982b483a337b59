import { onSellerCentral, type PageKind } from '../page-kind';

/**
 * Performance Notifications: the list of every performance and IP e-mail Amazon sends, and the
 * open message, whose body sits in `iframe.starfleet-sanitized-iframe` (digest 44). The
 * message body is read through the same-origin iframe by the generic walker.
 */
export const performanceNotifications: PageKind = {
  id: 'performance-notifications',
  auto: true,
  examples: [
    'https://sellercentral.amazon.com/performance/notifications',
    'https://sellercentral.amazon.de/performance/notifications?ref=xx_perfnot_dnav_xx',
    'https://sellercentral.amazon.com/performance/notifications/detail?notificationId=ABC123',
    'https://sellercentral.amazon.com/gp/customer-experience/perf-notifications.html',
  ],
  match: (url) =>
    onSellerCentral(url, '/performance/notifications') ||
    onSellerCentral(url, '/gp/customer-experience/perf-notifications.html'),
};
