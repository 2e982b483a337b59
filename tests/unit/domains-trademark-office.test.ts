import { describe, expect, it } from 'vitest';
import {
  inferOffice,
  inferOfficeDetailed,
  inferOfficeWithContext,
  officeCovers,
  sameTrademark,
} from '../../lib/domains/trademark-office';

describe('inferOffice: by the number alone', () => {
  it.each([
    ['UK00003987412', 'UKIPO'],
    ['UK 0000 3987412', 'UKIPO'],
    ['UK00918234567', 'UKIPO'], // comparable of an EU mark
    ['Trademark number: UK00003987412', 'UKIPO'],
    ['018234567', 'EUIPO'],
    ['EUTM 018234567', 'EUIPO'],
    ['EU018234567', 'EUIPO'],
    ['5,123,456', 'USPTO'],
    ['5123456', 'USPTO'], // assumed: see inferOfficeDetailed
    ['U.S. Reg. No. 5,123,456', 'USPTO'],
    ['US Reg. No. 5123456', 'USPTO'],
    ['97123456', 'USPTO'], // serial number
    ['30 2020 012 345', 'DPMA'],
    ['302020012345', 'DPMA'],
    ['DE 30 2020 012 345.6', 'DPMA'],
    ['JP 1234567', 'JPO'],
    ['CN 12345678', 'CNIPA'],
    ['IR 1234567', 'WIPO'],
    ['WO 1234567', 'WIPO'],
    ['Madrid 1234567', 'WIPO'],
    ['TMA123456', 'CIPO'],
    ['登録第1234567号', 'JPO'],
  ])('%s -> %s', (number, office) => {
    expect(inferOffice(number)).toBe(office);
  });

  it.each(['第1234567号', '123', 'ABC123456', 'not a number', '', '12345', '123456789'])('%s stays unknown', (number) => {
    expect(inferOffice(number)).toBeNull();
  });

  it('says when a bare 7-digit number is only assumed to be US', () => {
    expect(inferOfficeDetailed('5123456')).toEqual({ office: 'USPTO', basis: 'assumed' });
    expect(inferOfficeDetailed('5,123,456')).toEqual({ office: 'USPTO', basis: 'format' });
    expect(inferOfficeDetailed('UK00003987412')).toEqual({ office: 'UKIPO', basis: 'format' });
  });
});

describe('inferOfficeWithContext', () => {
  it.each([
    ['第1234567号', '商標登録第1234567号 の権利者です', 'JPO'],
    ['第12345678号', '我司拥有第12345678号注册商标专用权', 'CNIPA'],
    ['1234567', 'International Registration No. 1234567 (Madrid)', 'WIPO'],
    ['12345678', '商标注册号 12345678', 'CNIPA'],
    ['1234567', '特許庁 登録番号 1234567', 'JPO'],
    ['5123456', 'USPTO registration 5123456', 'USPTO'],
  ])('%s in “%s” -> %s', (number, context, office) => {
    expect(inferOfficeWithContext(number, context)).toBe(office);
  });

  it('gives up when the context names two offices', () => {
    expect(inferOfficeWithContext('第1234567号', '商标 注册 and 商標登録')).toBeNull();
  });
});

describe('officeCovers', () => {
  it.each([
    ['UKIPO', 'UK', true],
    ['UKIPO', 'US', false],
    ['UKIPO', 'GB', true],
    ['EUIPO', 'DE', true],
    ['EUIPO', 'FR', true],
    ['EUIPO', 'PL', true],
    ['EUIPO', 'BE', true],
    ['EUIPO', 'UK', false],
    ['EUIPO', 'US', false],
    ['DPMA', 'DE', true],
    ['DPMA', 'FR', false],
    ['USPTO', 'US', true],
    ['USPTO', 'CA', false],
    ['USPTO', 'MX', false],
    ['JPO', 'JP', true],
    ['CNIPA', 'US', false],
    ['CNIPA', 'JP', false],
    ['CIPO', 'CA', true],
    ['IPAU', 'AU', true],
    ['INDIA', 'IN', true],
    ['WIPO', 'US', null],
    ['OTHER', 'US', null],
    ['USPTO', 'XX', null],
  ] as const)('%s covers %s: %s', (office, marketplace, covers) => {
    expect(officeCovers(office, marketplace)).toBe(covers);
  });
});

describe('sameTrademark', () => {
  it.each([
    [{ number: 'UK00003987412', office: 'UKIPO' }, { number: '3987412', office: 'UKIPO' }, true],
    [{ number: 'EUTM 018234567', office: 'EUIPO' }, { number: '18234567', office: null }, true],
    [{ number: '5,123,456', office: 'USPTO' }, { number: '5123456', office: null }, true],
    [{ number: 'UK00918234567', office: 'UKIPO' }, { number: '018234567', office: 'EUIPO' }, true], // comparable mark
    [{ number: 'UK00003987412', office: 'UKIPO' }, { number: '3,987,412', office: 'USPTO' }, false],
    [{ number: '5123456', office: null }, { number: '5123457', office: null }, false],
  ] as const)('%j = %j: %s', (a, b, same) => {
    expect(sameTrademark(a, b)).toBe(same);
  });
});
