// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { PageRead } from '../../lib/model/page-read';
import { readPage } from '../../lib/pages/read-page';
import { findPageKind } from '../../lib/pages/registry';
import { fixture } from '../helpers/fixtures';

const EDITOR_URL =
  'https://sellercentral.amazon.com/abis/listing/edit/product_details?marketplaceID=ATVPDKIKX0DER&sku=LUM-POUR-01&asin=B0CLMR7X2Q&productType=KITCHEN';

function load(html: string) {
  document.open();
  document.write(html);
  document.close();
  attachDeclarativeShadowRoots(document);
}

/** happy-dom 21 does not parse `<template shadowrootmode>`: attach those roots as Chromium's parser would. */
function attachDeclarativeShadowRoots(root: ParentNode) {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]')) as HTMLTemplateElement[]) {
    const host = template.parentElement!;
    const shadow = host.attachShadow({ mode: template.getAttribute('shadowrootmode') as ShadowRootMode });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

function read(url = EDITOR_URL) {
  const parsed = new URL(url);
  return PageRead.parse(readPage(document, parsed, findPageKind(parsed)));
}

describe('listing-editor reader', () => {
  beforeEach(() => load(fixture('pages/listing-editor.html')));

  it('reads every <attribute>-<index>-value field, light DOM and shadow roots alike', () => {
    const page = read();
    expect(page.pageKind).toBe('listing-editor');
    const byName = Object.fromEntries(page.fields.map((field) => [field.name, field]));
    expect(byName['item_name-0-value']).toEqual({ name: 'item_name-0-value', value: 'Lumora Ceramic Pour-Over Coffee Set, 600 ml', disabled: false });
    expect(byName['main_product_image_locator-0-value']?.value).toBe('https://m.media-amazon.com/images/I/lumora-main-01.jpg');
    expect(byName['rtip_product_description-0-value']?.value).toContain('small batches');
    expect(byName['list_price-0-value']).toEqual({ name: 'list_price-0-value', value: '34.99', disabled: false });
    expect(byName['item_type_keyword-0-value']?.value).toBe('pour-over-coffee-makers');
    expect(byName['is_expiration_dated_product-0-value']?.value).toBe('true');
    expect(byName['bullet_point-2-value']?.value).toBe('');
    expect(byName['search-value']).toBeUndefined();
  });

  it('marks locked fields: a lock icon beside it, readonly, aria-disabled', () => {
    const locked = read().fields.filter((field) => field.disabled).map((field) => field.name).sort();
    expect(locked).toEqual(['brand-0-value', 'country_of_origin-0-value', 'manufacturer-0-value']);
  });

  it('reads the value property over the attribute, and the native control in a shadow root', () => {
    const title = document.querySelector('[name="item_name-0-value"]') as HTMLElement & { value?: string };
    title.value = 'Edited title';
    const brand = document.querySelector('[name="brand-0-value"]')!;
    brand.removeAttribute('value');
    // What a content script sees of a Katal field: no visible `value` property, a native input inside.
    brand.attachShadow({ mode: 'open' }).innerHTML = '<input disabled>';
    (brand.shadowRoot!.querySelector('input') as HTMLInputElement).value = 'Lumora Home Goods';
    const byName = Object.fromEntries(read().fields.map((field) => [field.name, field]));
    expect(byName['item_name-0-value']?.value).toBe('Edited title');
    expect(byName['brand-0-value']).toEqual({ name: 'brand-0-value', value: 'Lumora Home Goods', disabled: true });
  });

  it('reads alert texts once each, skipping hidden ones', () => {
    const { alerts } = read();
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toContain('There is a problem with this listing');
    expect(alerts[0]).toContain('Error 8541');
    expect(alerts[1]).toContain("item_package_quantity (Merchant: '2' / Amazon: '1')");
    expect(alerts.join(' ')).not.toContain('no longer shown');
  });

  it('reads nothing but does not fail on the ASIN-only stub', () => {
    document.body.innerHTML = '<div id="abis-app"><kat-spinner></kat-spinner></div>';
    const page = read('https://sellercentral.amazon.com/abis/listing/edit?asin=B0CLMR7X2Q');
    expect(page.pageKind).toBe('listing-editor');
    expect(page.fields).toEqual([]);
    expect(page.alerts).toEqual([]);
  });
});
