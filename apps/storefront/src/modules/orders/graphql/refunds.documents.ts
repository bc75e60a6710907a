import { graphql } from '../../../generated';

export const REFUND_DETAILS_QUERY = graphql(`
  query RefundDetails($id: ID!) {
    order(id: $id) {
      id
      orderNo
      shippingFen
      paidFen
      refundedFen
      lines {
        id
        productName
        skuSpec
        quantity
        unitPriceFen
        refundedQuantity
      }
      refunds {
        id
        status
        kind
        amountFen
        lines {
          lineId
          quantity
        }
      }
    }
  }
`);

export const REFUND_ORDER = graphql(`
  mutation RefundOrder($input: RefundOrderInput!) {
    refundOrder(input: $input) {
      id
      status
      amountFen
    }
  }
`);
