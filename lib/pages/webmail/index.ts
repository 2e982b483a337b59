import type { PageKind } from '../page-kind';

/**
 * Webmail tabs (Gmail, Outlook on the web). Never read automatically: the seller captures an
 * open message with one click, through activeTab. Header reading comes with the notices work.
 */
const WEBMAIL_HOSTS = ['mail.google.com', 'outlook.live.com', 'outlook.office.com', 'outlook.office365.com'];

export const webmail: PageKind = {
  id: 'webmail',
  auto: false,
  examples: [
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmNnpqQ',
    'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hZjc',
    'https://outlook.office.com/mail/inbox/id/AAQkAGI2',
  ],
  match: (url) => WEBMAIL_HOSTS.includes(url.hostname),
};
