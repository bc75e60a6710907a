import { graphql } from '../../../generated';

export const SUPPLIER_ORDERS_QUERY = graphql(`
  query SupplierOrders(
    $first: Int
    $after: String
    $status: OrderStatus
    $from: String
    $to: String
    $sort: OrderSort
    $direction: SortDirection
  ) {
    supplierOrders(first: $first, after: $after, status: $status, from: $from, to: $to, sort: $sort, direction: $direction) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...OrderSummaryFields
          ...OrderShippingFields
          ...OrderParcelBrief
        }
      }
    }
  }
`);

export const SHIP_ORDER = graphql(`
  mutation ShipOrder($input: ShipOrderInput!) {
    shipOrder(input: $input) {
      id
      status
      carrier
      trackingNo
    }
  }
`);
