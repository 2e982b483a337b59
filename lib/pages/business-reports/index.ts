import { readInventoryRows } from '../inventory';
import { onSellerCentral, type PageKind } from '../page-kind';

/**
 * Business Reports (Reports > Business Reports), "Detail Page Sales and Traffic by Child Item":
 * one row per ASIN with its "Featured Offer (Buy Box) Percentage" (推荐报价（购买按钮）百分比).
 * Rows are table rows with an ASIN (parent and child), read like Manage Inventory's, each cell under its header.
 * Seen: the report and its columns in Amazon's Business Reports glossary (hopted.com,
 * docs.openbridge.com) and the report's buyBoxPercentage (selling-partner-api-models);
 * the /business-reports path as Seller Central's Reports menu links it.
 */
export const businessReports: PageKind = {
  id: 'business-reports',
  auto: true,
  match: (url) => onSellerCentral(url, '/business-reports'),
  read: (doc, _url, choice) => ({ rows: readInventoryRows(doc, true, choice?.memo) }),
  rowsOwn: 'kat-table-row',
};

/** Real URL shapes this kind must match; every other kind must reject them (tests only: lib/pages/examples.ts). */
export const BUSINESS_REPORTS_EXAMPLES = [
  'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102%3ADetailSalesTrafficByChildItem&chartCols=&columns=0%2F1%2F2',
  'https://sellercentral.amazon.co.uk/business-reports#/report?id=102%3ADetailSalesTrafficByChildItem',
];
