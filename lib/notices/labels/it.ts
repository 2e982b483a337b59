import type { LabelSet } from './types';

/**
 * Italian (Amazon.it). No public copy of an Italian notice was found: every label, heading and event
 * below is the natural Italian form of the English template, written broadly. "contraffazione"
 * covers both fakes and infringement in Italian, so it is an infringement word; fakes are
 * "contraffatti" / "non autentici".
 */
export const it: LabelSet = {
  language: 'it',
  fields: {
    asin: ['ASIN'],
    title: ['Titolo', 'Titolo del prodotto'],
    infringementType: ['Tipo di violazione', 'Tipo di reclamo', 'Tipo di segnalazione'],
    complaintId: ['ID reclamo', 'ID del reclamo', 'Numero del reclamo', 'ID della segnalazione', 'ID segnalazione'],
    trademarkNumber: ['Numero di marchio', 'Numero del marchio', 'Numero di registrazione del marchio'],
    patentNumber: ['Numero di brevetto', 'Numero del brevetto'],
    sku: ['SKU'],
    rightsOwnerName: ['Titolare dei diritti', 'Titolare del diritto'],
    rightsOwnerEmail: ['Indirizzo e-mail', 'E-mail'],
    rightsOwnerBlock: ['dati di contatto del titolare dei diritti', 'informazioni di contatto del titolare dei diritti', 'recapiti del titolare dei diritti'],
    subject: ['Oggetto'],
    date: ['Data', 'Inviato'],
  },
  lineStart: ['E-mail', 'Indirizzo e-mail', 'Oggetto', 'Data', 'Inviato'],
  headings: [
    'Perché è successo?',
    'Perché si è verificato questo problema?',
    'Siamo qui per aiutarti.',
    'Come posso riattivare la mia offerta?',
    'Come posso inviare queste informazioni?',
    'Le tue offerte sono state rimosse per errore?',
  ],
  greetings: ['Gentile venditore', 'Gentile cliente', 'Buongiorno', 'Salve,'],
  amazonClaims: ['Amazon Services Europe', 'Team Performance Venditore', 'Il team di Amazon', 'Amazon.it'],
  examplesIntro: ['Esempi di termini non accettabili', 'Esempi di termini accettabili'],
  loginWords: ['accedi', 'accesso', 'verifica', 'verificare', 'password'],
  vocabulary: {
    trademark: ['marchio', 'marchi registrati', 'marchio registrato'],
    copyright: ["diritto d'autore", "diritti d'autore"],
    patent: ['brevetto', 'brevetti'],
    design: ['disegno o modello', 'disegni e modelli', 'design registrato', 'modello ornamentale'],
    counterfeit: ['contraffatto', 'contraffatti', 'non autentico', 'non autentici'],
    rightsOwner: ['titolare dei diritti', 'titolare del diritto'],
    infringement: ['proprietà intellettuale', 'violare', 'violano', 'violazione', 'contraffazione'],
    policyWarning: ['avviso relativo alle politiche', 'violazione delle politiche', 'violazione delle nostre politiche'],
    brandRegistry: ['registro dei marchi', 'ruolo di vendita', 'ruoli di vendita'],
    reporter: ['segnalazione da parte del titolare', 'segnalazione del titolare', 'reclamo del titolare'],
  },
  events: {
    retraction: ['ha ritirato il reclamo', 'ritirato la segnalazione', 'è stata ripristinata', 'sono state ripristinate', 'abbiamo ripristinato', 'abbiamo riattivato', 'è stata riattivata', 'sono state riattivate'],
    accountDeactivated: ['account venditore è stato disattivato', 'disattivato il tuo account', 'privilegi di vendita sono stati'],
    listingRemoved: [
      'rimosso alcune delle tue offerte', 'offerte sono state rimosse', 'offerta è stata rimossa',
      'disattivato le tue offerte', 'offerte sono state disattivate',
    ],
    imagesRemoved: ['rimosso alcune delle tue immagini', 'immagini sono state rimosse', 'immagine è stata rimossa'],
    // "al momento stiamo esaminando il tuo account": real/it-account-in-revisione-autenticita.txt (pianodiazione.it).
    warning: ['avvertenza', 'avviso', 'stiamo esaminando il tuo account', 'account è in fase di revisione'],
    brandRegistry: [],
  },
  meaning: {
    seen: 'real/it-*.txt (iustlab.org, crowcompanylimited.it, pianodiazione.it)',
    subjects: {
      account: ['account'],
      privileges: ['privilegi', 'privilegio'],
      listing: ['offerta', 'offerte', 'inserzione', 'inserzioni', 'annuncio', 'annunci', 'asin', 'prodotti', 'articoli'],
      images: ['immagine', 'immagini'],
      rightsOwner: ['titolare', 'titolari'],
      buyer: ['acquirente', 'acquirenti', 'cliente', 'clienti'],
    },
    actions: {
      removed: ['rimosso', 'rimossa', 'rimossi', 'rimosse', 'eliminato', 'eliminata', 'eliminati', 'eliminate', 'cancellato', 'cancellata', 'cancellati', 'cancellate', 'revocato', 'revocati', 'ritirato', 'ritirata', 'ritirati', 'ritirate', 'bloccato', 'bloccata', 'bloccati', 'chiuso'],
      deactivated: ['disattivato', 'disattivata', 'disattivati', 'disattivate'],
      suspended: ['sospeso', 'sospesa', 'sospesi', 'sospese'],
      inactive: ['inattivo', 'inattiva', 'inattivi', 'inattive'],
      reinstated: ['riattivato', 'riattivata', 'riattivati', 'riattivate', 'ripristinato', 'ripristinata', 'ripristinati', 'ripristinate'],
      active: ['attivo', 'attiva', 'attivi', 'attive'],
      reported: ['segnalazione', 'segnalazioni', 'segnalato', 'reclamo', 'reclami', 'notifica'],
    },
    negations: ['non', 'mai', 'nessun', 'nessuna', 'senza'],
    modals: ['può', 'possono', 'potrebbe', 'potrebbero', 'potremmo', 'rischio', 'evitare'],
    conditionals: ['se', 'qualora'],
    futures: [],
    remain: ['rimane', 'rimangono', 'resta', 'restano', 'ancora'],
    conjunctions: ['e', 'ed', 'ma', 'o'],
    requirements: ['assicurati', 'assicurarsi', 'deve', 'devono'],
    sell: ['vendere'],
    awayFrom: ['da', 'dal', 'dalla'],
  },
  months: [
    ['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'],
    ['giugno', 'giu'], ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set'], ['ottobre', 'ott'],
    ['novembre', 'nov'], ['dicembre', 'dic'],
  ],
  stopwords: ['il', 'della', 'che', 'gli', 'delle', 'sono', 'nostro', 'abbiamo', 'tuo', 'tue', 'tuoi', 'dei', 'questo', 'questa', 'per', 'alla', 'degli', 'nel', 'stato', 'stata'],
};
