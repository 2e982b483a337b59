import { describe, expect, it } from 'vitest';
import { checkedRow } from '../../lib/background/checked-row';
import { complainantFlag, listingState } from './evidence-fixture';

describe('derived rows are checked by their table schema before they are written', () => {
  it('passes a valid row through as it is', () => {
    expect(checkedRow('flags', complainantFlag)).toBe(complainantFlag);
    expect(checkedRow('listingStates', listingState)).toBe(listingState);
  });

  it('refuses a row its table would not accept, naming the table and the field', () => {
    expect(() => checkedRow('flags', { ...complainantFlag, severity: 'urgent' })).toThrow(/A flags row fails its schema at "severity"/);
    expect(() => checkedRow('listingStates', { ...listingState, firstSeenAt: 'yesterday' })).toThrow(/A listingStates row fails its schema at "firstSeenAt"/);
    expect(() => checkedRow('nope', {})).toThrow(/No row schema for table "nope"/);
  });
});
