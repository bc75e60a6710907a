import { graphql } from '../../../generated';

export const CART_ITEM_FIELDS = graphql(`
  fragment CartItemFields on CartItem {
    id
    skuId
    quantity
    priceFen
    details {
      productId
      productName
      spec
      supplierId
      supplierName
      currentPriceFen
      sellable
      certified
      thumbUrl
    }
    purchaseLimit
    purchaseLimitRemaining
  }
`);

export const CART_QUOTE_FIELDS = graphql(`
  fragment CartQuoteFields on CartQuote {
    itemCount
    itemsFen
    shippingFen
    totalFen
    unavailableCount
    groups {
      supplierId
      supplierName
      itemIds
      quantity
      itemsFen
      shippingFen
      totalFen
      missingForFreeShippingFen
    }
  }
`);

export const MY_CART_QUERY = graphql(`
  query MyCart {
    myCart {
      ...CartItemFields
    }
    cartQuote {
      ...CartQuoteFields
    }
  }
`);

/** The header's item count: the same root field as the cart page, so the count follows every cart change. */
export const CART_COUNT_QUERY = graphql(`
  query CartCount {
    myCart {
      id
      quantity
    }
  }
`);

export const ADD_TO_CART = graphql(`
  mutation AddToCart($input: CartLineInput!) {
    addToCart(input: $input) {
      ...CartItemFields
    }
  }
`);

export const UPDATE_CART_ITEM = graphql(`
  mutation UpdateCartItem($input: CartLineInput!, $confirmPrice: Boolean) {
    updateCartItem(input: $input, confirmPrice: $confirmPrice) {
      ...CartItemFields
    }
  }
`);

export const REMOVE_FROM_CART = graphql(`
  mutation RemoveFromCart($skuIds: [ID!]!) {
    removeFromCart(skuIds: $skuIds) {
      ...CartItemFields
    }
  }
`);

export const ADDRESS_FIELDS = graphql(`
  fragment AddressFields on Address {
    id
    recipient
    phone
    province
    city
    district
    provinceCode
    cityCode
    countyCode
    detail
    postalCode
    isDefault
  }
`);

export const CHECKOUT_QUERY = graphql(`
  query CheckoutData {
    myCart {
      ...CartItemFields
    }
    cartQuote {
      ...CartQuoteFields
    }
    myAddresses {
      ...AddressFields
    }
    paymentMethods {
      method
      label
      available
      reason
    }
  }
`);

export const SAVE_ADDRESS = graphql(`
  mutation SaveAddress($input: AddressInput!, $id: ID) {
    saveAddress(input: $input, id: $id) {
      ...AddressFields
    }
  }
`);

export const PLACE_ORDER = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      id
      orderNo
      totalFen
    }
  }
`);

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

export const MY_ORDERS_QUERY = graphql(`
  query MyOrders($first: Int, $after: String, $status: OrderStatus) {
    myOrders(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
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
      shipDeadlineDays
      ...OrderShipDeadlineFields
      carrier
      trackingNo
      ...OrderParcelFields
      rating
      ratingComment
      cancelReason
      address {
        recipient
        phone
        province
        city
        district
        detail
      }
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

export const START_PAYMENT = graphql(`
  mutation StartPayment($orderIds: [ID!]!, $device: PayerDevice, $method: PaymentMethod) {
    startPayment(orderIds: $orderIds, device: $device, method: $method) {
      method
      amountFen
      clientSecret
      publishableKey
      paymentIntentId
      codeUrl
      h5Url
      redirectUrl
    }
  }
`);

export const CHECK_PAYMENT = graphql(`
  mutation CheckPayment($orderId: ID!) {
    checkPayment(orderId: $orderId) {
      attemptId
      state
      result
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

export const SUPPLIER_ORDERS_QUERY = graphql(`
  query SupplierOrders($first: Int, $after: String, $status: OrderStatus, $from: String, $to: String, $sort: OrderSort, $direction: SortDirection) {
    supplierOrders(first: $first, after: $after, status: $status, from: $from, to: $to, sort: $sort, direction: $direction) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...OrderSummaryFields
          shipDeadlineDays
          ...OrderShipDeadlineFields
          carrier
          trackingNo
          ...OrderParcelBrief
          address {
            recipient
            phone
            province
            city
            district
            detail
          }
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

/** 到账记录 of the finance desk: one server page, sorted and filtered by the day received. */
export const FINANCE_TRANSFERS_QUERY = graphql(`
  query FinanceTransfers($first: Int, $after: String, $from: String, $to: String, $sort: TransferSort, $direction: SortDirection) {
    bankTransfers(first: $first, after: $after, from: $from, to: $to, sort: $sort, direction: $direction) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
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
  query FinanceOrders($first: Int, $after: String, $search: String, $from: String, $to: String, $sort: OrderSort, $direction: SortDirection) {
    platformOrders(first: $first, after: $after, search: $search, from: $from, to: $to, sort: $sort, direction: $direction) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
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

export const PAYMENT_RECEIPT_QUERY = graphql(`
  query PaymentReceipt($orderId: ID!) {
    paymentReceipt(orderId: $orderId) {
      receiptNo
      orderNo
      remittanceRef
      payerName
      payeeName
      payeeBank
      payeeAccount
      totalFen
      receivedFen
      amountInWords
      issuedAt
      transfers {
        bankTxnNo
        payerName
        payerAccount
        amountFen
        receivedAt
      }
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

export const REFUND_ORDER = graphql(`
  mutation RefundOrder($input: RefundOrderInput!) {
    refundOrder(input: $input) {
      id
      status
      amountFen
    }
  }
`);

export const NOTIFICATIONS_QUERY = graphql(`
  query NotificationCentre {
    myNotifications(first: 50) {
      edges {
        node {
          id
          kind
          title
          body
          refType
          refId
          readAt
          createdAt
        }
      }
    }
    myUnreadNotificationCount
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const BINDING_CHANGE_FIELDS = graphql(`
  fragment BindingChangeFields on BindingChangeRequest {
    id
    orderId
    orderNo
    fromUnitName
    toUnitName
    reason
    status
    createdAt
    decidedAt
  }
`);

export const ORDER_BINDING_QUERY = graphql(`
  query OrderBinding($id: ID!) {
    order(id: $id) {
      id
      unitId
      unitName
      bindingChanges {
        ...BindingChangeFields
      }
    }
  }
`);

export const BINDING_TARGETS_QUERY = graphql(`
  query BindingChangeTargets($orderId: ID!) {
    bindingChangeTargets(orderId: $orderId) {
      id
      name
      current
      parent
    }
  }
`);

export const REQUEST_BINDING_CHANGE = graphql(`
  mutation RequestBindingChange($orderId: ID!, $toUnitId: ID!, $reason: String!) {
    requestBindingChange(orderId: $orderId, toUnitId: $toUnitId, reason: $reason) {
      ...BindingChangeFields
    }
  }
`);

export const PENDING_BINDING_CHANGES_QUERY = graphql(`
  query PendingBindingChanges {
    pendingBindingChanges {
      ...BindingChangeFields
    }
  }
`);

export const DECIDE_BINDING_CHANGE = graphql(`
  mutation DecideBindingChange($requestId: ID!, $approve: Boolean!) {
    decideBindingChange(requestId: $requestId, approve: $approve) {
      ...BindingChangeFields
    }
  }
`);

export const SKU_LIMITS_QUERY = graphql(`
  query SkuPurchaseLimits($productId: ID!) {
    product(id: $productId) {
      id
      skus {
        id
        spec
        purchaseLimit
        purchaseLimitRemaining
      }
    }
  }
`);

/** The supplier's editor: read through productForEdit, so a draft or off-sale product's limits show too. */
export const EDITOR_SKU_LIMITS_QUERY = graphql(`
  query EditorSkuPurchaseLimits($productId: ID!) {
    productForEdit(id: $productId) {
      id
      skus {
        id
        spec
        purchaseLimit
      }
    }
  }
`);

export const SET_PURCHASE_LIMIT = graphql(`
  mutation SetPurchaseLimit($skuId: ID!, $perBuyer: Int) {
    setPurchaseLimit(skuId: $skuId, perBuyer: $perBuyer)
  }
`);

export const ORDER_SHIP_DEADLINE_FIELDS = graphql(`
  fragment OrderShipDeadlineFields on Order {
    id
    shipDueAt
    shipOverdue
  }
`);

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
    }
  }
`);

export const ONLINE_METHODS_QUERY = graphql(`
  query OnlineMethods {
    paymentMethods {
      method
      label
      available
    }
  }
`);
