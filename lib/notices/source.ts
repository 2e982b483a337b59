/** Where a notice's text comes from, with whatever the reader knew beside the text. */
export interface NoticeSource {
  text: string;
  origin: 'seller-central' | 'mail' | 'paste';
  /** Mail headers (.eml, webmail); null or absent for pages and pasted text. */
  mail?: {
    from: string | null;
    /** The display name alone, when the reader has it apart from the address (webmail). */
    fromName?: string | null;
    fromAddress?: string | null;
    replyTo?: string | null;
    returnPath?: string | null;
    subject: string | null;
    date: string | null;
  } | null;
  /** Links of the page or mail HTML: the phishing check reads where they lead. */
  links?: { href: string; text: string }[];
  marketplace?: string | null;
  /** The page's language (`<html lang>`, else the browser's): settles slashed dates in a webmail header. */
  lang?: string | null;
  /** The date the page shows for the notice (Performance Notifications, Account Health), epoch ms. */
  pageDate?: number | null;
}
