import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Product lists are cursor connections: one cache entry per filter set (every
 * argument except `first` and `after`), pages appended as `fetchMore` loads them.
 * The desks' paged tables (people, orders, transfers) are not listed: each page is its own entry, shown alone.
 */
export const PRODUCT_CONNECTION_KEY_ARGS = ['search', 'countyCode', 'category', 'supplierId', 'certifiedOnly', 'sort'];

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          products: relayStylePagination(PRODUCT_CONNECTION_KEY_ARGS),
          suppliers: relayStylePagination(['countyCode']),
          householdAccessLog: relayStylePagination(['countyCode', 'from', 'to']),
          incomeAlerts: relayStylePagination(['countyCode', 'year']),
          roleAuditLog: relayStylePagination(['userId', 'from', 'to']),
        },
      },
      Region: { keyFields: ['code'] },
      CategorySummary: { keyFields: ['category'] },
      Certification: { keyFields: false },
      ProductImage: { keyFields: false },
      RoleGrant: { keyFields: false },
    },
  });
}
