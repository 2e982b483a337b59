import type { LabelSet } from './types';

/**
 * French (Amazon.fr). Public copies quote only the greeting "Cher client," and the addresses
 * notice-dispute@amazon.fr / notice@amazon.fr; every label, heading and event below is the
 * natural French form of the English template, written broadly because the real wording was not
 * available. "contrefaçon" means IP infringement in general in French law (not only fakes), so it
 * is an infringement word; counterfeit products are "contrefaits" / "non authentiques".
 */
export const fr: LabelSet = {
  language: 'fr',
  fields: {
    asin: ['ASIN'],
    title: ['Titre', 'Titre du produit'],
    infringementType: ['Type de violation', "Type d'infraction", 'Type de réclamation', 'Type de plainte', 'Type de contrefaçon'],
    complaintId: ['ID de réclamation', 'ID de la réclamation', 'Identifiant de la réclamation', 'ID de plainte', 'ID de la plainte', 'Numéro de réclamation'],
    trademarkNumber: ['Numéro de marque', "Numéro d'enregistrement de la marque", 'Numéro de la marque'],
    patentNumber: ['Numéro de brevet', 'Numéro du brevet'],
    sku: ['SKU', 'SKU vendeur'],
    rightsOwnerName: ['Titulaire des droits', 'Nom du titulaire des droits'],
    rightsOwnerEmail: ['Adresse e-mail', 'E-mail', 'Courriel'],
    rightsOwnerBlock: ['coordonnées du titulaire des droits', 'coordonnées du titulaire de droits'],
    subject: ['Objet'],
    date: ['Date', 'Envoyé'],
  },
  lineStart: ['E-mail', 'Adresse e-mail', 'Courriel', 'Objet', 'Date', 'Envoyé'],
  headings: [
    "Pourquoi cela s'est-il produit ?",
    'Pourquoi cela se produit-il ?',
    'Nous sommes là pour vous aider.',
    'Comment réactiver mon offre ?',
    'Comment puis-je réactiver mon offre ?',
    'Comment soumettre ces informations ?',
    'Vos offres ont-elles été supprimées par erreur ?',
  ],
  greetings: ['Bonjour', 'Cher client', 'Chère cliente', 'Cher vendeur', 'Madame, Monsieur'],
  amazonClaims: ['Amazon Services Europe', 'Équipe Performance Vendeur', 'Service Performance Vendeurs', "L'équipe Amazon", 'Amazon.fr'],
  examplesIntro: ['Exemples de termes inacceptables', 'Exemples de termes acceptables'],
  loginWords: ['connexion', 'se connecter', 'identifiez-vous', 'vérifier', 'vérification', 'mot de passe'],
  vocabulary: {
    trademark: ['droit des marques', 'marque déposée', 'droits de marque', 'marque enregistrée', 'contrefaçon de marque'],
    copyright: ["droit d'auteur", "droits d'auteur"],
    patent: ['brevet', 'brevets'],
    design: ['dessins et modèles', 'dessin ou modèle', 'dessins ou modèles'],
    counterfeit: ['contrefait', 'contrefaits', 'non authentique', 'non authentiques', 'inauthentique'],
    rightsOwner: ['titulaire des droits', 'titulaire de droits', 'ayant droit'],
    infringement: ['propriété intellectuelle', 'enfreindre', 'enfreint', 'enfreignent', 'contrefaçon', 'distribution sélective', 'droits de distribution'],
    policyWarning: ['avertissement relatif aux règles', 'violation des règles', 'violation de nos règles'],
    brandRegistry: ['registre des marques', 'rôle de vente', 'rôles de vente'],
    reporter: ['notification concernant', 'titulaire des droits nous a signalé', 'signalé par le titulaire'],
  },
  events: {
    retraction: ['a retiré sa réclamation', 'retiré sa plainte', 'a été rétablie', 'ont été rétablies', 'avons rétabli', 'a été réactivée', 'ont été réactivées', 'avons réactivé'],
    accountDeactivated: ['compte vendeur a été désactivé', 'désactivé votre compte', 'compte a été suspendu', 'suspendu vos privilèges de vente', 'privilèges de vente ont été'],
    listingRemoved: [
      'supprimé certaines de vos offres', 'offres ont été supprimées', 'offre a été supprimée',
      'désactivé vos offres', 'offres désactivées', 'supprimé votre offre', 'offres ont été désactivées',
    ],
    imagesRemoved: ['supprimé certaines de vos images', 'images ont été supprimées', 'image a été supprimée'],
    warning: ['avertissement'],
    brandRegistry: [],
  },
  meaning: {
    seen: 'notice@amazon.fr as sender; real/fr-*.txt (adieucourtier.com, industrie-etrave.wifeo.com)',
    subjects: {
      account: ['compte', 'comptes'],
      privileges: ['privilège', 'privilèges'],
      listing: ['offre', 'offres', 'annonce', 'annonces', 'fiche', 'fiches', 'asin', 'asins', 'article', 'articles'],
      images: ['image', 'images'],
      rightsOwner: ['titulaire', 'titulaires', 'ayant'],
      buyer: ['acheteur', 'acheteurs', 'client', 'clients'],
    },
    actions: {
      removed: ['supprimé', 'supprimée', 'supprimés', 'supprimées', 'retiré', 'retirée', 'retirés', 'retirées', 'annulé', 'annulée', 'annulés', 'annulées', 'révoqué', 'révoquée', 'révoqués', 'bloqué', 'bloquée', 'bloqués', 'bloquées', 'fermé', 'fermée', 'clôturé'],
      deactivated: ['désactivé', 'désactivée', 'désactivés', 'désactivées'],
      suspended: ['suspendu', 'suspendue', 'suspendus', 'suspendues'],
      inactive: ['inactif', 'inactive', 'inactifs', 'inactives'],
      reinstated: ['réactivé', 'réactivée', 'réactivés', 'réactivées', 'rétabli', 'rétablie', 'rétablis', 'rétablies', 'restauré', 'restaurée'],
      active: ['actif', 'active', 'actifs', 'actives'],
      reported: ['notification', 'signalé', 'signalée', 'plainte', 'plaintes', 'réclamation', 'réclamations', 'signalement'],
    },
    negations: ['pas', 'ne', 'n', 'jamais', 'aucun', 'aucune', 'sans'],
    modals: ['peut', 'peuvent', 'pourrait', 'pourraient', 'pourrons', 'risque', 'risquez', 'entraîner', 'éviter'],
    conditionals: ['si', 's'],
    futures: [],
    remain: ['reste', 'restent', 'toujours', 'demeure', 'demeurent'],
    conjunctions: ['et', 'mais', 'ou'],
    requirements: ['assurez', 'assurer', 'devez', 'doit'],
    sell: ['vendre'],
  },
  months: [
    ['janvier', 'janv'], ['février', 'févr', 'fevrier'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'],
    ['décembre', 'déc', 'decembre'],
  ],
  stopwords: ['le', 'les', 'des', 'vous', 'votre', 'vos', 'nous', 'est', 'une', 'pour', 'avec', 'sur', 'dans', 'pas', 'cette', 'aux', 'ces', 'été', 'sont', 'qui'],
};
