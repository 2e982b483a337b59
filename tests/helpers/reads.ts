import { PageRead, type PageReadInput } from '../../lib/model/page-read';

/** A PageRead as a reader would send it, with only what a test cares about. */
export function pageRead(overrides: Partial<PageReadInput> = {}): PageRead {
  return PageRead.parse({
    url: 'https://sellercentral.amazon.com/performance/dashboard',
    title: 'Account Health',
    pageKind: 'account-health',
    marketplace: 'US',
    lang: 'en-US',
    text: 'Account Health\nReceived Intellectual Property Complaints (2)',
    ...overrides,
  });
}
