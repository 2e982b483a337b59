import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../lib/notices/html-text';
import { fill } from '../helpers/adversarial';

describe('htmlToText', () => {
  // Each case's text as the earlier, slower version of htmlToText gave it: the faster scan and
  // whitespace pass must not change a character.
  it.each([
    ['<<!--', '<'],
    ['-->a<<!-- tail', '-->a<'],
    ['a < b and c > d', 'a < b and c > d'],
    ['1 <2> 3', '1 <2> 3'],
    ['<P>One</P><BR/>Two', 'One\n\nTwo'],
    ['x</ y>z', 'x</ y>z'],
    ['<?xml version="1.0"?><p>Hi</p>', 'Hi'],
    ['<!DOCTYPE html><p>a</p>', 'a'],
    ['<script>var a = "<p>";</script>After', 'After'],
    ['<style>p{}', 'p{}'],
    ['a<td>b</td><td>c', 'a b c'],
    ['a \n \n \n b', 'a\n\nb'],
    ['a\u00a0\t b', 'a b'],
    [' \n x \n\n\n y \n ', 'x\n\ny'],
    ['<<<<p>>', '<<<\n>'],
    ['a</</</b>', 'a</</'],
  ])('%j reads as %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('keeps every "<" that starts no tag, however many come before a ">"', () => {
    const html = `${fill('<', 100_000)}>`;
    expect(htmlToText(html)).toBe(html);
    expect(htmlToText(`${fill('</', 10_000)}b>after`)).toBe(`${fill('</', 10_000).slice(0, -2)}after`);
  });

  it('makes one blank line of any run of blank lines and spaces', () => {
    expect(htmlToText(`a${fill('\n \n', 100_000)}b`)).toBe('a\n\nb');
    expect(htmlToText(`a${fill('\n\u2013 ', 30_000)}`)).toBe(`a${fill('\n\u2013 ', 30_000)}`.trim().replace(/ \n/g, '\n'));
  });
});
