import { graphql } from '../../../generated';

/** 到账记录 of the finance desk: one server page, sorted and filtered by the day received. */
export const FINANCE_TRANSFERS_QUERY = graphql(`
  query FinanceTransfers($first: Int, $after: String, $from: String, $to: String, $sort: TransferSort, $direction: SortDirection) {
    bankTransfers(first: $first, after: $after, from: $from, to: $to, sort: $sort, direction: $direction) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          bankTxnNo
          payerName
          amountFen
          matchedFen
          unmatchedFen
          memo
          receivedAt
          suggestions {
            orderId
            orderNo
            remittanceRef
            owedFen
            amountFen
          }
        }
      }
    }
  }
`);

/** 平台订单 of the finance desk: one server page, searched, sorted and filtered by the day placed. */
export const FINANCE_ORDERS_QUERY = graphql(`
  query FinanceOrders(
    $first: Int
    $after: String
    $search: String
    $from: String
    $to: String
    $sort: OrderSort
    $direction: SortDirection
  ) {
    platformOrders(first: $first, after: $after, search: $search, from: $from, to: $to, sort: $sort, direction: $direction) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          ...OrderSummaryFields
          remittanceRef
          refundedFen
        }
      }
    }
  }
`);

/** What a change on the finance desk refetches (whatever page each table shows). */
export const FINANCE_DESK_QUERIES = [FINANCE_TRANSFERS_QUERY, FINANCE_ORDERS_QUERY];

export const RECORD_TRANSFER = graphql(`
  mutation RecordTransfer($input: RecordTransferInput!) {
    recordBankTransfer(input: $input) {
      id
      bankTxnNo
    }
  }
`);

export const MATCH_TRANSFER = graphql(`
  mutation MatchTransfer($transferId: ID!, $allocations: [TransferAllocationInput!]!) {
    matchBankTransfer(transferId: $transferId, allocations: $allocations) {
      id
      matchedFen
      unmatchedFen
    }
  }
`);

export const PAYMENT_CHECKS_QUERY = graphql(`
  query PaymentChecks {
    paymentsNeedingReview {
      id
      provider
      providerPaymentId
      amountFen
      currency
      receivedFen
      receivedCurrency
      reviewNote
      orderNos
      createdAt
    }
    pendingBankRefunds {
      id
      orderId
      amountFen
      reason
      createdAt
    }
  }
`);

export const REFUND_REVIEWED_PAYMENT = graphql(`
  mutation RefundReviewedPayment($attemptId: ID!) {
    refundReviewedPayment(attemptId: $attemptId) {
      id
      status
    }
  }
`);

export const CONFIRM_BANK_REFUND = graphql(`
  mutation ConfirmBankRefund($refundId: ID!, $bankTxnNo: String!) {
    confirmBankRefund(refundId: $refundId, bankTxnNo: $bankTxnNo) {
      id
      status
    }
  }
`);
