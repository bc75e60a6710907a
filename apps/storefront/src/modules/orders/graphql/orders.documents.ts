import { graphql } from '../../../generated';

export const ORDER_SUMMARY_FIELDS = graphql(`
  fragment OrderSummaryFields on Order {
    id
    orderNo
    status
    paymentStatus
    paymentMethod
    paymentTerm
    totalFen
    paidFen
    createdAt
    supplierName
    lines {
      id
      productName
      skuSpec
      quantity
      unitPriceFen
    }
  }
`);

/** Where an order ships to, as the order page and the supplier's order list print it (shippingAddressLine). */
export const ORDER_ADDRESS_FIELDS = graphql(`
  fragment OrderAddressFields on OrderAddress {
    recipient
    phone
    province
    city
    district
    detail
  }
`);

/** How and where an order ships (deadline, carrier, address), as the order page and the supplier's order list read it. */
export const ORDER_SHIPPING_FIELDS = graphql(`
  fragment OrderShippingFields on Order {
    shipDeadlineDays
    ...OrderShipDeadlineFields
    carrier
    trackingNo
    address {
      ...OrderAddressFields
    }
  }
`);

export const MY_ORDERS_QUERY = graphql(`
  query MyOrders($first: Int, $after: String, $status: OrderStatus) {
    myOrders(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...OrderSummaryFields
        }
      }
    }
  }
`);

export const ORDER_DETAIL_QUERY = graphql(`
  query OrderDetail($id: ID!) {
    order(id: $id) {
      ...OrderSummaryFields
      buyerId
      supplierId
      purpose
      itemsFen
      shippingFen
      refundedFen
      remittanceRef
      payDeadline
      termExtended
      ...OrderShippingFields
      ...OrderParcelFields
      rating
      ratingComment
      cancelReason
      invoice {
        title
        taxNo
      }
      lines {
        id
        productName
        skuSpec
        quantity
        unitPriceFen
        amountFen
        certified
        refundedQuantity
      }
      timeline {
        id
        action
        fromStatus
        toStatus
        actorRole
        note
        createdAt
      }
      refunds {
        id
        amountFen
        method
        status
        reason
        createdAt
      }
    }
    platformBankAccount {
      accountName
      bankName
      accountNo
    }
  }
`);

export const CANCEL_ORDER = graphql(`
  mutation CancelOrder($orderId: ID!, $reason: String) {
    cancelOrder(orderId: $orderId, reason: $reason) {
      id
      status
    }
  }
`);

export const CONFIRM_RECEIPT = graphql(`
  mutation ConfirmReceipt($orderId: ID!) {
    confirmReceipt(orderId: $orderId) {
      id
      status
    }
  }
`);

export const RATE_ORDER = graphql(`
  mutation RateOrder($input: RateOrderInput!) {
    rateOrder(input: $input) {
      id
      status
      rating
      ratingComment
    }
  }
`);

export const EXTEND_TERM = graphql(`
  mutation ExtendTerm($orderId: ID!) {
    extendPaymentTerm(orderId: $orderId) {
      id
      payDeadline
      termExtended
    }
  }
`);

export const ORDER_SHIP_DEADLINE_FIELDS = graphql(`
  fragment OrderShipDeadlineFields on Order {
    id
    shipDueAt
    shipOverdue
  }
`);
