import { beforeAll, describe, expect, it } from 'vitest';
import type { DomainLists } from '../../lib/domains/lists';
import { loadDomainListsFromDisk } from '../../lib/domains/lists-node';
import { damerauLevenshtein, lookalikeFuzzer } from '../../lib/domains/lookalike';

let lists: DomainLists;
beforeAll(async () => {
  lists = await loadDomainListsFromDisk();
});

describe('lookalikeFuzzer: one row per dnstwist fuzzer', () => {
  it.each([
    ['lumora.co', 'lumora.com', 'tld-swap'],
    ['lumora.shop', 'lumora.com', 'tld-swap'],
    ['lumora.co.uk', 'lumora.com', 'tld-swap'],
    ['lumo.ra.com', 'lumora.com', 'subdomain'],
    ['lum0ra.com', 'lumora.com', 'homoglyph'],
    ['iumora.com', 'lumora.com', 'homoglyph'], // i for l
    ['1umora.com', 'lumora.com', 'homoglyph'], // 1 for l
    ['lurnora.com', 'lumora.com', 'homoglyph'], // rn for m
    ['vvidget.com', 'widget.com', 'homoglyph'], // vv for w
    ['lumorа.com', 'lumora.com', 'homoglyph'], // Cyrillic а
    ['xn--lumor-8ve.com', 'lumora.com', 'homoglyph'], // the same, punycode
    ['lmuora.com', 'lumora.com', 'transposition'],
    ['lumara.com', 'lumora.com', 'vowel-swap'],
    ['lummora.com', 'lumora.com', 'repetition'],
    ['lum-ora.com', 'lumora.com', 'hyphenation'],
    ['lumra.com', 'lumora.com', 'omission'],
    ['lumoras.com', 'lumora.com', 'addition'],
    ['lumoira.com', 'lumora.com', 'insertion'], // i next to o on the keyboard
    ['lumoea.com', 'lumora.com', 'replacement'], // e next to r
    ['lumosa.com', 'lumora.com', 'bitsquatting'], // r (0x72) -> s (0x73)
    ['lumoraah.com', 'lumorabeauty.com', null],
    ['lumorabeuaty.com', 'lumorabeauty.com', 'transposition'],
    ['lumorbeaty.com', 'lumorabeauty.com', 'distance'], // two edits on a long label
    ['lumoxa.com', 'lumora.com', 'distance'],
  ])('%s vs %s -> %s', (candidate, official, fuzzer) => {
    expect(lookalikeFuzzer(candidate, official, lists.confusables)).toBe(fuzzer);
  });

  it.each([
    ['lumora.com', 'lumora.com'],
    ['shop.lumora.com', 'lumora.com'],
    ['amazon.com', 'lumora.com'],
    ['gmail.com', 'lumora.com'],
    ['lumen.com', 'lumora.com'],
    ['abd.co.uk', 'abc.com'], // short label under another suffix
    ['abd.com', 'abc.com'], // short labels: edits are too often innocent
    ['lumorabeauty.de', 'lumora.com'], // a longer name is the brand-named rule's business
  ])('%s is no look-alike of %s', (candidate, official) => {
    expect(lookalikeFuzzer(candidate, official, lists.confusables)).toBeNull();
  });
});

describe('damerauLevenshtein', () => {
  it.each([
    ['lumora', 'lumora', 0],
    ['lumora', 'lmuora', 1],
    ['lumora', 'lumra', 1],
    ['lumora', 'lamorx', 2],
  ])('%s / %s = %i', (a, b, distance) => {
    expect(damerauLevenshtein(a, b)).toBe(distance);
  });
});
