import type { LabelSet } from './types';

/**
 * English: the language of most notices. Labels and headings are exact
 * where public copies quote them; event phrases are the natural ways Amazon reports an outcome and
 * are deliberately worded so that its instructions ("ask the rights owner for a retraction",
 * "Have your listings been removed in error?") do not match them.
 */
export const en: LabelSet = {
  language: 'en',
  fields: {
    asin: ['ASIN', 'ASINs', 'ASIN(s)', 'Affected ASIN', 'Affected ASINs'],
    title: ['Title', 'Product title', 'Listing title', 'Item name', 'Product name'],
    // "Complaint Type:" is the older and buyer-complaint label.
    infringementType: ['Infringement type', 'Complaint type', 'Type of infringement', 'Violation type'],
    complaintId: ['Complaint ID', 'Complaint IDs', 'Complaint ID(s)', 'Complaint number', 'Complaint No'],
    trademarkNumber: [
      'Trademark number', 'Trademark numbers', 'Trademark registration number', 'Trademark Reg. No',
      'Trademark No', 'Trade mark number', 'Registration number', 'Trademark registration',
    ],
    patentNumber: ['Patent number', 'Patent numbers', 'Patent No'],
    sku: ['SKU', 'SKUs', 'Seller SKU', 'Merchant SKU'],
    rightsOwnerName: ['Rights owner', 'Rights owner name', 'Name', 'Complainant', 'Contact name'],
    rightsOwnerEmail: ['Rights owner email', 'Email', 'E-mail', 'Email address', 'Contact email'],
    rightsOwnerBlock: [
      "rights owner's contact details", 'rights owner contact details', "rights owner's contact information",
      'rights owner contact information', 'contact information for the rights owner',
      'contact details of the rights owner', "rights owner's contact info",
    ],
    subject: ['Subject'],
    date: ['Date', 'Sent'],
  },
  lineStart: ['Name', 'Email', 'E-mail', 'Email address', 'Complainant', 'Contact name', 'Contact email', 'Subject', 'Date', 'Sent'],
  headings: [
    'Why did this happen?',
    'Why is this happening?',
    "We're here to help.",
    'How do I reactivate my listing?',
    'How do I reactivate my listings?',
    'How do I reactivate my image?',
    'How do I reactivate my account?',
    'How do I submit this information?',
    'Have your listings been removed in error?',
    'Has your listing been removed in error?',
    'What happens if I do not send the requested information?',
    'What you can do',
    'What happens next',
    'Still have questions?',
    'How do I appeal?',
  ],
  greetings: ['Hello,', 'Dear Seller', 'Dear seller,', 'Greetings from Amazon'],
  amazonClaims: [
    'Seller Performance Team', 'Seller Performance', 'Amazon Services', 'Amazon Seller Services',
    'Sincerely, Amazon', 'Amazon Services Europe', 'Amazon Brand Registry', 'Seller Support',
    'The Amazon Team', 'Thank you for selling on Amazon', 'Amazon Notice Dispute', 'notice-dispute@amazon',
    'notice-retraction@amazon', 'seller-performance-policy@amazon', "Amazon's Intellectual Property Policy",
    'Performance Notifications', 'Account Health',
  ],
  examplesIntro: ['Examples of unacceptable terms', 'Examples of acceptable terms'],
  loginWords: [
    'sign in', 'signin', 'sign-in', 'log in', 'login', 'log-in', 'logon', 'verify', 'verification',
    'Seller Central', 'sellercentral', 'password', 'account health', 'appeal', 'reactivate', 'unlock',
    'confirm your account', 'update your account',
  ],
  vocabulary: {
    // A phrase of another group hides the words inside it (../vocabulary.ts): list the sub-reason here too.
    trademark: ['trademark', 'trade mark', 'registered mark', 'trademarked', 'Potential Trademark Text Misuse'],
    copyright: ['copyright', 'copyrighted', 'unauthorized reproduction', 'unauthorised reproduction', 'pirated'],
    // "design patent" is a design right: the overlap rule in ../vocabulary.ts keeps the longer phrase.
    patent: ['patent', 'utility patent', 'patents'],
    design: ['design patent', 'design right', 'registered design', 'industrial design', 'community design'],
    counterfeit: ['inauthentic', 'counterfeit', 'not authentic', 'Counterfeit without a Test Buy'],
    rightsOwner: ['rights owner', 'rights holder', 'right owner', 'patent owner', 'trademark owner', 'copyright owner'],
    infringement: ['infringe', 'intellectual property', 'infringing', 'infringement'],
    policyWarning: [
      'Policy Warning', 'policy violation', 'violates our policy', 'violate our policies', 'listing policy',
      'restricted product', 'Potential Trademark Text Misuse', 'Suspected Intellectual Property Violation',
      'Product Policy Compliance',
    ],
    brandRegistry: [
      'Brand Registry', 'selling role', 'selling roles', 'Brand Representative', 'Registered Agent',
      'brand relationships', 'Manage selling roles', 'Brand Owner Authorization', 'Report a Violation', 'Selling Role', 'User Permissions',
    ],
    reporter: [
      'report from a rights owner', 'report from the rights owner', 'rights owner reported', 'rights owner has reported',
      'rights owner complaint', 'rights owner complaints', 'report from a patent owner', 'Rights Owner Notice of Infringement',
      'rights owner alleging', 'rights owner is asserting',
    ],
  },
  events: {
    retraction: [
      'has retracted', 'have retracted', 'retracted their complaint', 'retracted its complaint',
      'retracted the complaint', 'withdrawn their complaint', 'withdrew their complaint',
      'withdrawn the complaint', 'withdrawn its complaint', 'received a retraction', 'retraction has been accepted',
      'accepted the retraction', 'have reinstated', 'has been reinstated', 'have been reinstated',
      'we reinstated', 'listing reinstated', 'listings reinstated', 'has been reactivated',
      'have been reactivated', 'we have reactivated', 'we reactivated', 'violation has been cleared',
      'violations have been cleared', 'has been restored', 'have been restored', 'we have restored', 'decided to reinstate', 'welcome back to selling',
    ],
    accountDeactivated: [
      'deactivated your selling account', 'selling account has been deactivated',
      'account has been deactivated', 'deactivated your account', 'your account is deactivated',
      'selling privileges have been removed', 'removed your selling privileges',
      'selling privileges have been deactivated', 'deactivated your selling privileges',
      'suspended your selling privileges', 'selling privileges are suspended',
      'selling privileges have been suspended', 'account has been suspended', 'suspended your account',
      'may no longer sell on', 'currently may not sell on', 'no longer use this selling account',
    ],
    listingRemoved: [
      'removed some of your listings', 'removed your listing', 'taken down some of your listings',
      'taken down your listing', 'removed some of your product listings', 'removed the listing', 'listings removed',
      'listing removed', 'listings have been removed', 'listing has been removed',
      'deactivated the product listing', 'deactivated your listing', 'deactivated some of your listings',
      'listings have been deactivated', 'listing has been deactivated', 'listing deactivated',
      'detail page removed', 'detail page has been removed', 'suspended your listing',
      'listings have been suspended', 'listing is inactive', 'listings are inactive',
      'content has been removed', 'content removed', 'removed the content',
    ],
    imagesRemoved: [
      'removed some of your images', 'removed your image', 'removed the image', 'images have been removed',
      'image has been removed', 'images removed', 'image removed', 'reactivate my image',
    ],
    // real/en-br-*.txt: sellercentral.amazon.in (brand removed), sellercentral.amazon.ca (selling role invitation), sitruna.com (authorised user).
    brandRegistry: [
      'removed from Amazon Brand Registry', 'removed from Brand Registry', 'invited your selling account', 'now an authorised user',
      'now an authorized user', 'accepted the invitation to join the brand', 'access to the Report a Violation tool was revoked',
    ],
    warning: ['Policy Warning', 'at risk', 'risk of deactivation', 'this is a warning', 'buyer complaint', 'customer complaint', 'account is under review', 'currently reviewing your account'],
  },
  meaning: {
    seen: 'notices quoted on 88bfru.com, wearesellers.com, cascadia-seller-solutions.teachable.com, bbs.ichuanglan.com and Seller Central forums; real/en-*.txt (seller forums sellercentral.amazon.com, .in, .ca, .co.uk, wearesellers.com, 88bfru.com, seller-union.com, sellersglobal.com, sitruna.com)',
    subjects: {
      account: ['account', 'accounts'],
      privileges: ['privileges', 'privilege'],
      listing: ['listing', 'listings', 'offer', 'offers', 'asin', 'asins', 'product listing', 'detail page', 'content'],
      images: ['image', 'images', 'photo', 'photos'],
      rightsOwner: ['owner', 'owners', 'holder', 'holders', 'rightsowner'],
      buyer: ['buyer', 'buyers', 'customer', 'customers'],
      // Brand Registry e-mails (real/en-br-*.txt): what happened to a brand or a role in it.
      brand: ['brand', 'brands', 'role', 'roles'],
    },
    actions: {
      removed: ['removed', 'taken down', 'took down', 'deleted', 'canceled', 'cancelled', 'revoked', 'terminated', 'closed', 'blocked'],
      deactivated: ['deactivated', 'disabled'],
      suspended: ['suspended', 'restricted'],
      inactive: ['inactive'],
      reinstated: ['reinstated', 'reactivated', 'restored', 'unblocked'],
      granted: ['granted', 'assigned', 'invited', 'approved', 'enrolled'],
      active: ['active'],
      reported: ['report', 'reported', 'reports', 'complaint', 'complaints', 'alleging', 'alleged', 'asserting', 'claims', 'claiming', 'notified', 'told', 'informed', 'believes'],
    },
    negations: ['not', 'no', 'never', 'nor', 'neither', 'without', 'isn', 'aren', 'wasn', 'weren', 'hasn', 'haven', 'didn', 'don', 'doesn', 'won'],
    modals: ['may', 'might', 'could', 'would', 'can', 'cannot', 'should', 'must', 'risk', 'result', 'lead', 'being', 'avoid', 'prevent', 'keep', 'whether', 'unless'],
    conditionals: ['if', 'unless', 'whether', 'once'],
    futures: ['will', 'shall', 'll'],
    remain: ['remain', 'remains', 'still', 'stay', 'stays'],
    conjunctions: ['and', 'but', 'or', 'while'],
    sell: ['sell'],
    awayFrom: ['from'],
    requirements: ['ensure', 'sure', 'must', 'required', 'requirements'],
    notSubjects: ['account health', 'account specialist', 'account manager', 'account settings', 'account info', 'account information'],
  },
  months: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'],
    ['november', 'nov'], ['december', 'dec'],
  ],
  stopwords: ['the', 'and', 'your', 'you', 'we', 'have', 'this', 'that', 'with', 'are', 'our', 'please', 'been', 'from', 'will', 'these', 'which', 'of'],
};
