import type { LabelSet } from './types';

/**
 * German (Amazon.de). Headings "Warum ist das passiert?", "Wir helfen Ihnen gerne weiter.",
 * "Wie kann ich mein Angebot reaktivieren?", "Wie reiche ich diese Informationen ein?" and the
 * IP words (Markenrecht, Urheberrecht, Designnutzungsrecht, nicht authentisch) are quoted in
 * German lawyers' articles on notices. The field labels (Beschwerde-ID, Markennummer...) and event
 * sentences are the natural German forms: no public copy quotes a German field block, so several
 * spellings are listed. "Marke" alone means brand as often as trademark, so it is not a trademark word here.
 */
export const de: LabelSet = {
  language: 'de',
  fields: {
    asin: ['ASIN'],
    title: ['Titel', 'Produkttitel', 'Artikelbezeichnung'],
    infringementType: ['Art der Rechtsverletzung', 'Art der Verletzung', 'Beschwerdetyp', 'Art der Beschwerde', 'Verletzungsart'],
    complaintId: ['Beschwerde-ID', 'Beschwerde ID', 'Beschwerdenummer', 'ID der Beschwerde'],
    trademarkNumber: ['Markennummer', 'Registrierungsnummer der Marke', 'Marken-Registrierungsnummer', 'Markenregistrierungsnummer', 'Registernummer'],
    patentNumber: ['Patentnummer'],
    sku: ['SKU', 'Händler-SKU'],
    rightsOwnerName: ['Rechteinhaber', 'Name des Rechteinhabers'],
    rightsOwnerEmail: ['E-Mail-Adresse', 'E-Mail'],
    rightsOwnerBlock: ['Kontaktdaten des Rechteinhabers', 'Kontaktinformationen des Rechteinhabers'],
    subject: ['Betreff'],
    date: ['Datum', 'Gesendet'],
  },
  lineStart: ['E-Mail', 'E-Mail-Adresse', 'Betreff', 'Datum', 'Gesendet'],
  headings: [
    'Warum ist das passiert?',
    'Warum passiert das?',
    'Wir helfen Ihnen gerne weiter.',
    'Wie kann ich mein Angebot reaktivieren?',
    'Wie kann ich meine Angebote reaktivieren?',
    'Wie reiche ich diese Informationen ein?',
    'Wurden Ihre Angebote irrtümlich entfernt?',
    'Wurde Ihr Angebot irrtümlich entfernt?',
    'Was passiert, wenn ich die angeforderten Informationen nicht sende?',
  ],
  greetings: ['Guten Tag', 'Hallo,', 'Sehr geehrte'],
  amazonClaims: ['Amazon Services Europe', 'Seller Performance Team', 'Team Verkäuferleistung', 'Ihr Amazon-Team', 'Beschwerden zu geistigem Eigentum', 'Amazon.de'],
  examplesIntro: ['Beispiele für unzulässige Begriffe', 'Beispiele für zulässige Begriffe'],
  loginWords: ['anmelden', 'einloggen', 'verifizieren', 'Anmeldung', 'Konto bestätigen', 'Passwort', 'bestätigen'],
  vocabulary: {
    trademark: ['Markenrecht', 'Markenrechte', 'Markenrechts', 'Markenverletzung', 'eingetragene Marke', 'Registrierungsnummer der Marke', 'folgende Marke', 'obige Marke', 'Marke verletzen', 'Marke verletzt', 'Markenzeichen'],
    copyright: ['Urheberrecht', 'Urheberrechte', 'urheberrechtlich'],
    patent: ['Patent', 'Patents', 'Patentrecht'],
    design: ['Designnutzungsrecht', 'Designrecht', 'Geschmacksmuster', 'eingetragenes Design'],
    counterfeit: ['nicht authentisch', 'gefälscht', 'Fälschung', 'Produktfälschung'],
    rightsOwner: ['Rechteinhaber', 'Rechteinhabers', 'Rechteinhaberin'],
    infringement: ['geistigem Eigentum', 'geistigen Eigentums', 'Rechtsverletzung', 'verletzen', 'verletzt'],
    policyWarning: ['Richtlinienwarnung', 'Richtlinienverstoß', 'Verstoß gegen unsere Richtlinien'],
    brandRegistry: ['Markenregistrierung', 'Verkaufsrolle', 'Verkaufsrollen'],
    reporter: ['Meldung von einem Rechteinhaber', 'Rechteinhaber gemeldet', 'Mitteilung von einem Rechteinhaber', 'Nachrichten von Rechteinhabern', 'Beschwerde eines Rechteinhabers'],
  },
  events: {
    retraction: ['Beschwerde zurückgezogen', 'hat die Beschwerde zurückgezogen', 'wieder aktiviert', 'wiederhergestellt', 'wurde reaktiviert', 'wurden reaktiviert', 'haben reaktiviert'],
    accountDeactivated: [
      'Verkäuferkonto deaktiviert', 'Verkäuferkonto wurde deaktiviert', 'Verkaufskonto wurde deaktiviert',
      'Verkaufsberechtigung entzogen', 'Verkaufsrechte entzogen', 'Konto wurde gesperrt', 'Ihr Konto deaktiviert',
    ],
    listingRemoved: [
      'Angebote entfernt', 'Angebot entfernt', 'Angebote deaktiviert', 'Angebot deaktiviert', 'Angebote gesperrt',
      'ASIN gesperrt', 'Produktdetailseite entfernt', 'Angebote wurden entfernt',
    ],
    imagesRemoved: ['Bilder entfernt', 'Bild entfernt', 'Bilder wurden entfernt'],
    warning: ['Richtlinienwarnung', 'Warnung', 'Konto wird derzeit geprüft', 'derzeit geprüft'],
    brandRegistry: [],
  },
  meaning: {
    seen: 'anwalt.de notices quoted by lawyers; real/de-*.txt (rechtsanwaltskanzlei-warai.de, anwalt.de, die-abmahnung.info)',
    subjects: {
      account: ['Konto', '*konto', 'Account', 'Verkäuferkonten', '*konten'],
      privileges: ['Berechtigung', 'Berechtigungen', '*berechtigung', '*berechtigungen', 'Verkaufsrechte'],
      listing: ['Angebot', 'Angebote', '*angebot', '*angebote', 'Listing', 'Listings', 'Listung', 'Listungen', 'ASIN', 'ASINs', 'Produktdetailseite', 'Artikel'],
      images: ['Bild', 'Bilder', '*bild', '*bilder'],
      rightsOwner: ['Rechteinhaber', 'Rechteinhabers', 'Rechteinhabern', 'Rechteinhaberin', 'Markeninhaber', 'Patentinhaber'],
      buyer: ['Käufer', 'Kunden', 'Kunde'],
    },
    actions: {
      removed: ['entfernt', 'gelöscht', 'entzogen', 'geschlossen', 'blockiert', 'storniert'],
      deactivated: ['deaktiviert'],
      suspended: ['gesperrt', 'eingeschränkt'],
      inactive: ['inaktiv'],
      reinstated: ['reaktiviert', 'wiederhergestellt', 'freigeschaltet', 'wieder aktiviert', 'entsperrt'],
      active: ['aktiv'],
      reported: ['Meldung', 'gemeldet', 'Mitteilung', 'Beschwerde', 'Beschwerden', 'Nachrichten', 'behauptet', 'mitgeteilt'],
    },
    negations: ['nicht', 'kein', 'keine', 'keinen', 'nie', 'niemals', 'ohne'],
    modals: ['kann', 'können', 'könnte', 'könnten', 'würde', 'würden', 'dürfen', 'droht', 'drohen', 'Risiko', 'möglicherweise', 'vermeiden', 'sollte'],
    conditionals: ['wenn', 'falls', 'sofern', 'ob'],
    futures: [],
    remain: ['bleibt', 'bleiben', 'weiterhin', 'noch'],
    conjunctions: ['und', 'aber', 'oder', 'sowie'],
    requirements: ['sicherstellen', 'sicher', 'müssen', 'muss'],
    sell: ['verkaufen'],
    awayFrom: ['aus'],
  },
  months: [
    ['januar', 'jan', 'jänner'], ['februar', 'feb'], ['märz', 'mär', 'maerz'], ['april', 'apr'], ['mai'],
    ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'],
    ['november', 'nov'], ['dezember', 'dez'],
  ],
  stopwords: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'wir', 'ihre', 'ihr', 'sie', 'ein', 'eine', 'einen', 'mit', 'für', 'auf', 'dem', 'den', 'wurde', 'wurden', 'haben', 'oder', 'bitte', 'sich', 'zu'],
};
