/**
 * The words one language uses in Amazon's notices. Every string is matched case-insensitively
 * against the notice with all whitespace removed (see ../normalise.ts `squash`), so write them as
 * they read ("Complaint ID", "投诉 ID"): spaces do not matter, which is what lets a PDF-split
 * "Compla int ID" or a "Trademark number :" still match. Apostrophes and quotes are straight.
 */
export type NoticeLanguage = 'en' | 'zh' | 'de' | 'fr' | 'es' | 'it' | 'ja';

/** Fields written as `Label: value` in a notice's field block. */
export type FieldKind =
  | 'asin'
  | 'title'
  | 'infringementType'
  | 'complaintId'
  | 'trademarkNumber'
  | 'patentNumber'
  | 'sku'
  | 'rightsOwnerName'
  | 'rightsOwnerEmail'
  /** "These are the rights owner's contact details:" - the value is the bullet block after it. */
  | 'rightsOwnerBlock'
  /** Header lines of a forwarded or pasted e-mail. */
  | 'subject'
  | 'date';

export interface LabelSet {
  language: NoticeLanguage;
  /**
   * Labels that precede a value, without the colon. The colon is required, except for kinds whose
   * values are validated (ASIN, complaint ID, trademark and patent numbers: "-- Trademark number [##]").
   */
  fields: Partial<Record<FieldKind, readonly string[]>>;
  /** Generic labels ("Name", "Email", "Date") that count only at the start of a line, not inside prose. */
  lineStart: readonly string[];
  /** Section headings of Amazon's templates: they end a value they run into, and they are Amazon's wording. */
  headings: readonly string[];
  /** Opening words of a notice body: where a notice starts inside a page (for the text identity). */
  greetings: readonly string[];
  /** Phrases by which a text presents itself as Amazon's (team names, sign-offs). */
  amazonClaims: readonly string[];
  /** Introduces example terms quoted from help text: what follows is not the complainant (digest 10). */
  examplesIntro: readonly string[];
  /** Link texts or URL words that ask for credentials: sign in, verify, Seller Central. */
  loginWords: readonly string[];
  vocabulary: {
    trademark: readonly string[];
    copyright: readonly string[];
    patent: readonly string[];
    design: readonly string[];
    /** Inauthentic / counterfeit products. */
    counterfeit: readonly string[];
    rightsOwner: readonly string[];
    /** Intellectual property, infringement: says the notice is about IP at all. */
    infringement: readonly string[];
    policyWarning: readonly string[];
    brandRegistry: readonly string[];
  };
  /** What happened, as Amazon reports it (not as its instructions mention it). */
  events: {
    retraction: readonly string[];
    accountDeactivated: readonly string[];
    listingRemoved: readonly string[];
    imagesRemoved: readonly string[];
    warning: readonly string[];
  };
  /** Month names, January first, each with its spellings (full, abbreviated). */
  months: readonly (readonly string[])[];
  /** Frequent function words that only this language uses: language detection for Latin scripts. */
  stopwords: readonly string[];
}
