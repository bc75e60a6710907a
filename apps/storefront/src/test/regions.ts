import { REGION_NAME_QUERY } from '../modules/app/graphql/region.documents';

/** The API's answer to REGION_NAME_QUERY for 汾西县 (141034), the county the live pages start with; answers up to five times. */
export const FENXI_NAME = {
  request: { query: REGION_NAME_QUERY, variables: { code: '141034' } },
  result: {
    data: {
      __typename: 'Query' as const,
      region: { __typename: 'Region' as const, code: '141034', name: '汾西县', fullName: '山西省临汾市汾西县' },
    },
  },
  maxUsageCount: 5,
};
