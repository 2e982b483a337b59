import { describe, expect, it } from 'vitest';
import type { NoticeDraft } from '../../lib/model/notice';
import { parseNoticeStrict } from '../../lib/notices/parse';

/**
 * One behaviour per row: the ways real copies of notices differ from Amazon's template ("Values
 * can be masked ... lines can be glued together ... headings can run into text").
 * Each snippet is a minimal notice in our own words with invented values.
 */
const OPENING = "Hello,\nWe removed some of your listings because a rights owner reported that they may infringe the rights owner's trademark.\n";

const ROWS: [tolerance: string, text: string, expected: Partial<NoticeDraft>][] = [
  ['curly apostrophes and quotes', 'Hello,\nWe removed some of your listings because a rights owner reported that they may infringe the rights owner’s “trademark”.\nThese are the rights owner’s contact details:\n– Lumora Ltd\n– ip@lumora-official.co.uk\nASIN: B0CLMR7X2Q', {
    category: 'ip-complaint', ipType: 'trademark', rightsOwnerName: 'Lumora Ltd', rightsOwnerEmail: 'ip@lumora-official.co.uk',
  }],
  ['"--" bullets', `${OPENING}These are the rights owner's contact details:\n-- Lumora Ltd\n-- ip@lumora-official.co.uk`, { rightsOwnerName: 'Lumora Ltd', rightsOwnerEmail: 'ip@lumora-official.co.uk' }],
  ['"—" bullets', `${OPENING}These are the rights owner's contact details:\n— Lumora Ltd\n— ip@lumora-official.co.uk`, { rightsOwnerName: 'Lumora Ltd', rightsOwnerEmail: 'ip@lumora-official.co.uk' }],
  ['contact lines separated by blank lines (<br> rendered as blocks)', `${OPENING}These are the rights owner's contact details:\n\nLumora Ltd\n\n– ip@lumora-official.co.uk\n\nWe accept retractions only from the rights owner.`, {
    rightsOwnerName: 'Lumora Ltd', rightsOwnerEmail: 'ip@lumora-official.co.uk',
  }],
  ['name and address on one bullet', `${OPENING}These are the rights owner's contact details:\n-- Lumora Ltd, ip@lumora-official.co.uk`, { rightsOwnerName: 'Lumora Ltd', rightsOwnerEmail: 'ip@lumora-official.co.uk' }],
  ['masked with *', `${OPENING}These are the rights owner's contact details: *********\nASIN: ********** Complaint ID: 12*******`, { asins: [], complaintIds: [], rightsOwnerName: null }],
  ['masked with x and X', `${OPENING}ASIN: B0XXXXXXXX\nTrademark number: xxxxxxx\nComplaint ID: 64XXXXXXXX\n-- xxxx xxxx,xxxxxxx@xxxxx.com`, {
    asins: [], trademarkNumbers: [], complaintIds: [], rightsOwnerEmail: null, rightsOwnerName: null,
  }],
  ['masked with 。', `${OPENING}ASIN: 。。。。。。。。。。\nComplaint ID: 。。。。。。。。。`, { asins: [], complaintIds: [] }],
  ['fields glued onto one line', `${OPENING}ASIN: B0CLMR7X2Q Title: Lumora Tea Towels Infringement type: Trademark Complaint ID: 1234567890`, {
    asins: ['B0CLMR7X2Q'], titles: ['Lumora Tea Towels'], complaintIds: ['1234567890'], ipType: 'trademark',
  }],
  ['fields glued without spaces', `${OPENING}ASIN: B0CLMR7X2QTitle: Lumora Tea TowelsInfringement type: CopyrightComplaint ID: 1234567890`, {
    asins: ['B0CLMR7X2Q'], titles: ['Lumora Tea Towels'], complaintIds: ['1234567890'], ipType: 'copyright',
  }],
  ['full-width colons', `${OPENING}ASIN：B0CLMR7X2Q\nComplaint ID：1234567890\nTrademark number：UK00003987412`, {
    asins: ['B0CLMR7X2Q'], complaintIds: ['1234567890'], trademarkNumbers: ['UK00003987412'],
  }],
  ['heading run into a value', `${OPENING}–Trademark number :UK00003987412Why did this happen?We're here to help.`, { trademarkNumbers: ['UK00003987412'] }],
  ['space before the colon', `${OPENING}Trademark number :5,123,456\nComplaint ID : 1234567890`, { trademarkNumbers: ['5,123,456'], complaintIds: ['1234567890'] }],
  ['label without a colon (old template bullet)', `${OPENING}-- Trademark number 018234567`, { trademarkNumbers: ['018234567'] }],
  ['PDF-split words', 'He llo,\nA r ights o wner reported that your listing may infringe their trade mark.\nCompla int ID: 1234567890\nAS IN: B0CLMR7X2Q', {
    category: 'ip-complaint', ipType: 'trademark', complaintIds: ['1234567890'], asins: ['B0CLMR7X2Q'],
  }],
  ['ASINs comma-separated', `${OPENING}ASIN: B0CLMR7X2Q, B0CLMR8Y3R,B0CLMR9Z4S`, { asins: ['B0CLMR7X2Q', 'B0CLMR8Y3R', 'B0CLMR9Z4S'] }],
  ['ASINs space-separated', `${OPENING}ASIN: B0CLMR7X2Q B0CLMR8Y3R`, { asins: ['B0CLMR7X2Q', 'B0CLMR8Y3R'] }],
  ['ASINs run together', `${OPENING}ASIN: B0CLMR7X2QB0CLMR8Y3R`, { asins: ['B0CLMR7X2Q', 'B0CLMR8Y3R'] }],
  ['ASINs without a label', `${OPENING}Removed listings:\nB0CLMR7X2Q\nB0CLMR8Y3R`, { asins: ['B0CLMR7X2Q', 'B0CLMR8Y3R'] }],
  ['ISBN-10 ASIN', `${OPENING}ASIN: 0306406152`, { asins: ['0306406152'] }],
  ['ASIN - title on one line', `${OPENING}ASIN: B0CLMR7X2Q - Lumora Pour-Over Kettle, 1 l`, { asins: ['B0CLMR7X2Q'], titles: ['Lumora Pour-Over Kettle, 1 l'] }],
  ['value on the line after its label', `${OPENING}ASIN:\nB0CLMR7X2Q\nComplaint ID:\n1234567890`, { asins: ['B0CLMR7X2Q'], complaintIds: ['1234567890'] }],
  ['"[email protected]" placeholders', `${OPENING}Send the retraction to [email protected].\n-- [email protected]`, { rightsOwnerEmail: null, rightsOwnerName: null }],
  ['URLs elided with " ... "', `${OPENING}Sign in: https://sellercentral.amazon.c ... hboard\nASIN: B0CLMR7X2Q`, { suspiciousLinks: [] }],
  ['examples quoted from help text', `Hello,\nA rights owner reported trademark infringement on your detail page.\nExamples of unacceptable terms:\n-- AmazonBasics cable\n-- Pinzon towels, contact pinzon-example@pinzon-example.com\n\nASIN: B0CLMR7X2Q\nComplaint ID: 1234567890`, {
    rightsOwnerName: null, rightsOwnerEmail: null, complaintIds: ['1234567890'],
  }],
  ['several complaint IDs, smallest first not required', `${OPENING}Complaint ID: 98765432101, 123456789`, { complaintIds: ['98765432101', '123456789'] }],
  ['US patent number with commas and kind code', `Hello,\nA rights owner reported that your listing may infringe their utility patent.\n-- Patent number: US 10,123,456 B2\nASIN: B0CLMR7X2Q`, {
    ipType: 'patent', patentNumbers: ['US10123456B2'],
  }],
  ['patent number without a label', `Hello,\nA rights owner reported that your listing may infringe their utility patent US 9,876,543 B1.\nASIN: B0CLMR7X2Q\nComplaint ID: 1234567890`, {
    ipType: 'patent', patentNumbers: ['US9876543B1'],
  }],
  ['design patent is a design right', `Hello,\nA rights owner reported that your listing may infringe their design patent.\nASIN: B0CLMR7X2Q\nComplaint ID: 1234567890`, { ipType: 'design' }],
  ['odd Unicode: zero-width and no-break spaces, full-width digits', `${OPENING}ASIN:\u00a0B0CLMR7X2Q\u200b\nComplaint\u00a0ID: １２３４５６７８９０`, {
    asins: ['B0CLMR7X2Q'], complaintIds: ['1234567890'],
  }],
];

describe('notice text tolerances', () => {
  for (const [tolerance, text, expected] of ROWS) {
    it(tolerance, () => {
      expect(parseNoticeStrict({ text, origin: 'paste' })).toMatchObject(expected);
    });
  }
});
