import { graphql } from '../../../generated';

export const REGION_NAME_QUERY = graphql(`
  query RegionName($code: String!) {
    region(code: $code) {
      code
      name
      fullName
    }
  }
`);
