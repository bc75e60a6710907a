import { graphql } from '../../../generated';

export const REGION_CHILDREN_QUERY = graphql(`
  query CountyPickerRegions($parentCode: String, $level: RegionLevel) {
    regions(parentCode: $parentCode, level: $level) {
      code
      name
      level
    }
  }
`);

export const REGION_NAME_QUERY = graphql(`
  query RegionName($code: String!) {
    region(code: $code) {
      code
      name
      fullName
    }
  }
`);
