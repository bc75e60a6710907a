import { graphql } from '../../../generated';

/** One level of the 省市区 cascader: the children of a region ('' for the provinces). */
export const REGION_CHILDREN_QUERY = graphql(`
  query RegionChildren($parentCode: String!) {
    regions(parentCode: $parentCode) {
      code
      name
      level
    }
  }
`);

export const CARRIERS_QUERY = graphql(`
  query Carriers {
    carriers {
      code
      name
      shapeHint
      pattern
    }
  }
`);

export const ORDER_PARCEL_FIELDS = graphql(`
  fragment OrderParcelFields on Order {
    parcels {
      id
      carrierCode
      carrierName
      trackingNo
      trackingUrl
      note
      items {
        lineId
        quantity
      }
    }
  }
`);

export const SHIP_ORDER_PARCELS = graphql(`
  mutation ShipOrderParcels($input: ShipParcelsInput!) {
    shipOrderParcels(input: $input) {
      id
      status
      carrier
      trackingNo
      ...OrderParcelFields
    }
  }
`);

/** What the supplier desk's list shows of each parcel (30 orders a page stay under the query-cost cap). */
export const ORDER_PARCEL_BRIEF = graphql(`
  fragment OrderParcelBrief on Order {
    parcels {
      id
      carrierName
      trackingNo
      trackingUrl
    }
  }
`);

export const ADD_ORDER_PARCEL = graphql(`
  mutation AddOrderParcel($input: AddParcelInput!) {
    addOrderParcel(input: $input) {
      id
      ...OrderParcelBrief
    }
  }
`);
