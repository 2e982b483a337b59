/**
 * Adversarial inputs for the parsers: what an attacker writes to make a linear parser slow or a
 * backtracking one hang. Runs of separators, dots, `<`, `@`, combining marks and label soup,
 * each with a twist at its end so a trailing trim or an anchored match cannot succeed early,
 * at any size (100 kB, 1 MB). Deterministic. For the fuzz test and `npm run bench`.
 */
export interface Adversarial {
  name: string;
  text: string;
}

/** A genuine-looking notice (the shape of Amazon's takedown notices), repeated to `size`: the benign input of the same size. */
export function benignText(size: number): string {
  const notice =
    'Hello,\n\nWe removed some of your listings because a rights owner reported that they may infringe the rights owner\u2019s trademark.\n\n' +
    'These are the rights owner\u2019s contact details:\n\u2013 Lumora Brand Holdings Ltd\n\u2013 ipteam@lumora-official.co.uk\n\n' +
    'ASIN: B0CLMR7X2Q\nTitle: Lumora Ceramic Pour-Over Set\nInfringement type: Trademark\nTrademark number: UK00003987412\nComplaint ID: 1472583690\n\n' +
    'Amazon takes intellectual property rights seriously and works with rights owners and sellers to keep the store trustworthy. Please review the listings below before you list similar products again.\n\n';
  return fill(notice, size);
}

/** The named attacks, each `size` characters (about). */
export function adversarialTexts(size: number): Adversarial[] {
  const head = 'Hello,\nWe removed some of your listings.\n';
  const run = (unit: string, end = 'x') => `${head}${fill(unit, size - head.length - end.length)}${end}`;
  return [
    { name: 'separators in a value', text: `${head}ASIN: B0CLMR7X2Q${fill(' ,', size - 80)}x\nComplaint ID: 1472583690` },
    { name: 'separators in a number', text: `${head}Trademark number: UK00003987412${fill(' .,;:', size - 80)}x\n` },
    { name: 'separators after a name', text: `${head}These are the rights owner's contact details:\n\u2013 Lumora${fill(' ,;:|/-', size - 120)}x\n\u2013 ip@lumora.co.uk\n` },
    { name: 'separators in a subject', text: `Subject: Notice${fill(' ,;', size - 60)}x\n${head}` },
    { name: 'separators, one line', text: run(' .,;:-\t') },
    { name: 'dots', text: run('.') },
    { name: 'dots in a URL', text: `${head}https://a${fill('.', size - 60)}b/signin` },
    { name: 'dots and dashes in an address', text: `${head}Email: ip@a${fill('.-', size - 60)}1` },
    { name: 'angle brackets', text: run('<') },
    { name: 'angle brackets before one >', text: run('<', '>') },
    { name: 'open tags', text: run('<a ') },
    { name: 'unclosed links, scripts and comments', text: run('<a href="https://x.example"><script><!--<p') },
    { name: 'at signs', text: run('@') },
    { name: 'at signs and dots', text: run('a@b.') },
    { name: 'combining marks', text: run('a\u0301\u0301\u0301') },
    { name: 'whitespace', text: run(' \t') },
    { name: 'blank lines', text: run('\n \n') },
    { name: 'one long word', text: run('B0CLMR7X2Q') },
    { name: 'digits', text: run('1') },
    { name: 'colons', text: run(':') },
    { name: 'labels without values', text: run('ASIN: Complaint ID: Title: ') },
    { name: 'label soup lines', text: run('ASIN:\nComplaint ID:\n') },
    { name: 'contact dashes', text: run('\n\u2013 ') },
    { name: 'asterisks', text: run('*') },
    { name: 'CJK separators', text: run('\uff1a\u3002\u3001') },
    { name: 'quotes and brackets', text: run('"(<[') },
    { name: 'letters then a digit', text: run('a', '1') },
    { name: 'From line', text: `From: ${fill('"<a@b.', size - 60)}>\n${head}` },
  ];
}

/** An HTML-only mail body made of one character class: `<` (the postal-mime / HTML-to-text path). */
export function adversarialEml(body: string): string {
  return `From: "Amazon" <notice@amazon.com>\r\nSubject: Notice\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${body}`;
}

/** `unit` repeated to exactly `size` characters. */
export function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, Math.max(0, size));
}
