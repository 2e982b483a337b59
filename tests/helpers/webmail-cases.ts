/**
 * The webmail fixtures (tests/fixtures/pages/webmail/) and what each open message must read as:
 * shared by the reader's unit test, the `inspect` CLI test and the browser test, so the extension
 * and the CLI are held to the same answers. Messages are listed newest first (the order the
 * reader offers them in); `spoofed` says whether a spoofed-notice flag must follow.
 */
export interface WebmailCaseMessage {
  sender: string;
  name: string;
  subject: string;
  /** The day the message was sent, YYYY-MM-DD. */
  day: string;
  complaintId: string;
  spoofed: boolean;
  /** A word of the body that no other message of the thread has. */
  bodyWord: string;
}

export interface WebmailCase {
  fixture: string;
  url: string;
  host: string;
  language: string;
  messages: WebmailCaseMessage[];
}

export const WEBMAIL_CASES: readonly WebmailCase[] = [
  {
    fixture: 'pages/webmail/gmail-thread-en.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTQkLmNpqRsTvWxYz',
    host: 'mail.google.com',
    language: 'en',
    messages: [
      { sender: 'seller-performance@amazon-account-review.example', name: 'Amazon Seller Performance', subject: 'Action required: listings removed after a trademark complaint', day: '2026-09-17', complaintId: '5544332211', spoofed: true, bodyWord: 'confirm your identity' },
      { sender: 'notice-dispute@amazon.com', name: 'Amazon Seller Performance', subject: 'Action required: listings removed after a trademark complaint', day: '2026-09-16', complaintId: '7766554433', spoofed: false, bodyWord: 'Marlow Goods Ltd' },
    ],
  },
  {
    fixture: 'pages/webmail/outlook-live-en-us.html',
    url: 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hZjcAZS0wMAItMDAKABAA',
    host: 'outlook.live.com',
    language: 'en-US',
    messages: [
      { sender: 'notice-dispute@amazon.com.seller-verify.example', name: 'Amazon Seller Central', subject: 'Notice: Policy Warning', day: '2026-09-17', complaintId: '4433221100', spoofed: true, bodyWord: 'verify the account owner' },
      { sender: 'notice-dispute@amazon.com', name: 'Amazon Seller Performance', subject: 'Notice: Policy Warning', day: '2026-09-08', complaintId: '3322110099', spoofed: false, bodyWord: 'Halden Brands LLC' },
    ],
  },
  {
    fixture: 'pages/webmail/outlook-office-en-gb.html',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkAGI2NTdlLWIwMmYtNDcwZS1hNGE2',
    host: 'outlook.office.com',
    language: 'en-GB',
    messages: [
      { sender: 'noreply@amaz0n-uk.example', name: 'Amazon.co.uk Seller Support', subject: 'Your listings are at risk', day: '2026-05-18', complaintId: '2211009988', spoofed: true, bodyWord: 'payment details' },
      { sender: 'seller-performance@amazon.co.uk', name: 'Amazon.co.uk', subject: 'Your listings are at risk', day: '2026-05-07', complaintId: '1100998877', spoofed: false, bodyWord: 'Brightwell Homeware Ltd' },
    ],
  },
  {
    fixture: 'pages/webmail/outlook-office365-fr.html',
    url: 'https://outlook.office365.com/mail/inbox/id/AAQkADk3ZmQ5LTg0',
    host: 'outlook.office365.com',
    language: 'fr-FR',
    messages: [
      { sender: 'notice-dispute@amazon.fr', name: 'Amazon.fr', subject: "Suppression d'offres : droit d'auteur", day: '2026-09-17', complaintId: '3344556677', spoofed: false, bodyWord: 'Atelier Vernet SARL' },
      { sender: 'service@amazon-fr-vendeurs.example', name: 'Amazon.fr Service Vendeurs', subject: "Suppression d'offres : droit d'auteur", day: '2026-09-08', complaintId: '6655443322', spoofed: true, bodyWord: 'connectez-vous' },
    ],
  },
  {
    fixture: 'pages/webmail/outlook-cloud-ja.html',
    url: 'https://outlook.cloud.microsoft/mail/inbox/id/AAQkAGE1ZjI0LWM3',
    host: 'outlook.cloud.microsoft',
    language: 'ja',
    messages: [
      { sender: 'notice-dispute@amazon.co.jp', name: 'Amazon.co.jp', subject: '出品情報の削除に関するお知らせ', day: '2026-09-17', complaintId: '9988776655', spoofed: false, bodyWord: '商標を侵害' },
      { sender: 'info@amazon-co-jp.example', name: 'Amazon.co.jp 出品者サポート', subject: '出品情報の削除に関するお知らせ', day: '2026-09-03', complaintId: '1122334455', spoofed: true, bodyWord: '本人確認' },
    ],
  },
];
