import { graphql } from '../../../generated';

/** Where a paged list stands: whether there is a next page, and the cursor to ask for it with (every connection's pageInfo). */
export const PAGE_INFO_FIELDS = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);
