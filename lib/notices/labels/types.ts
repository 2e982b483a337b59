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
  /** Introduces example terms quoted from help text: what follows is not the complainant. */
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
    /**
     * A rights owner who reported, as one phrase ("report from a rights owner"): the fallback for
     * text whose spaces are lost, where ./meaning cannot see words. `meaning` reads the same by words.
     */
    reporter: readonly string[];
  };
  /** Recognition by meaning (../events.ts): what happened, read from words near each other. */
  meaning: Meaning;
  /** What happened, as Amazon reports it (not as its instructions mention it). */
  events: {
    retraction: readonly string[];
    accountDeactivated: readonly string[];
    listingRemoved: readonly string[];
    imagesRemoved: readonly string[];
    warning: readonly string[];
    /**
     * Brand Registry telling what happened to a brand or a role ("your brand has been removed from
     * Amazon Brand Registry", "invited your selling account"). Empty where no such e-mail was seen.
     */
    brandRegistry: readonly string[];
  };
  /** Month names, January first, each with its spellings (full, abbreviated). */
  months: readonly (readonly string[])[];
  /** Frequent function words that only this language uses: language detection for Latin scripts. */
  stopwords: readonly string[];
}

/**
 * Word classes for recognition by meaning. An event is a subject class and an action class within
 * a few words of each other in one clause, in either order, so that the active ("we removed some
 * of your listings"), the passive with auxiliaries ("Ihr Angebot wurde ... entfernt", "è stato
 * disattivato") and inserted words ("your Amazon selling account has been permanently
 * deactivated") all read alike.
 *
 * Latin-script patterns are whole words, lower case: 'word', 'prefix*', '*suffix' (German
 * compounds: '*konto' is Verkäuferkonto and Händlerkonto), or two words 'taken down' read in
 * order. CJK patterns are substrings (no spaces to find words by). Actions are the forms that
 * report an outcome (participles, past tense, 〜しました, 已…): "to reactivate your listing" is
 * an instruction, not an event, and is not listed.
 */
export interface Meaning {
  /** Where these words were seen: public pages (their URLs are in the fixtures of tests/fixtures/notices/real/). */
  seen: string;
  subjects: Partial<Record<SubjectClass, readonly string[]>>;
  actions: Partial<Record<ActionClass, readonly string[]>>;
  /** "not", "nicht", "ne ... pas", 未, ません: the event did not happen. */
  negations: readonly string[];
  /** "may", "could", "risk", 可能, 可能性: the event might happen. */
  modals: readonly string[];
  /** "if", "wenn", "si", 如果, 場合: the clause is a condition (checked from the clause start). */
  conditionals: readonly string[];
  /** "will", "shall": a future event, unless it is a lasting state ("will remain inactive"). */
  futures: readonly string[];
  /** "remain", "still", "bleibt": a state that lasts; with "active" it is no removal. */
  remain: readonly string[];
  /** "and", "und", "y": a subject across one belongs to the next clause ("deactivated, and your listings"). */
  conjunctions: readonly string[];
  /** "from", "aus": the subject after it is where something was removed from ("removed from your account"). */
  awayFrom?: readonly string[];
  /** "sell", "verkaufen": just after a negation ("may no longer sell") the selling privileges are gone. */
  sell?: readonly string[];
  /** Words that contain a subject word but name something else (出品者, the seller, contains 出品). */
  notSubjects?: readonly string[];
  /**
   * "make sure", "ensure", "must": a line ending in a colon with one of these (or a modal or a
   * condition) introduces a list of requirements, and the bullet items under it are no events
   * ("please make sure that: • Your selling account is reactivated").
   */
  requirements?: readonly string[];
}

export type SubjectClass = 'account' | 'privileges' | 'listing' | 'images' | 'rightsOwner' | 'buyer' | 'brand';
export type ActionClass = 'removed' | 'deactivated' | 'suspended' | 'inactive' | 'reinstated' | 'active' | 'reported' | 'granted';
