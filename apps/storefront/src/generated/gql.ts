/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUserFields on User {\n    id\n    displayName\n    username\n    phone\n    email\n    createdAt\n    roles {\n      role\n      scopeLabel\n      unitId\n      supplierId\n      regionCode\n    }\n    unit {\n      id\n      name\n      headcount\n      region {\n        code\n        name\n        fullName\n      }\n    }\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  fragment ProductCardFields on Product {\n    id\n    name\n    category\n    priceFen\n    coverImageUrl\n    certified\n    stockState\n    salesCount\n    county {\n      code\n      name\n    }\n    supplier {\n      id\n      name\n    }\n  }\n": typeof types.ProductCardFieldsFragmentDoc,
    "\n  query Home {\n    featured: products(sort: sales, first: 8) {\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n    }\n    categories {\n      category\n      productCount\n    }\n    counties: regions(level: county) {\n      code\n      name\n      fullName\n      productCount\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query SearchFilters {\n    categories {\n      category\n      productCount\n    }\n    counties: regions(level: county) {\n      code\n      name\n      productCount\n    }\n  }\n": typeof types.SearchFiltersDocument,
    "\n  query SearchProducts(\n    $search: String\n    $countyCode: String\n    $category: ProductCategory\n    $certifiedOnly: Boolean\n    $sort: ProductSort\n    $first: Int\n    $after: String\n  ) {\n    products(\n      search: $search\n      countyCode: $countyCode\n      category: $category\n      certifiedOnly: $certifiedOnly\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchProductsDocument,
    "\n  query ProductPage($id: ID!) {\n    product(id: $id) {\n      id\n      name\n      category\n      description\n      priceFen\n      stockState\n      certified\n      salesCount\n      coverImageUrl\n      certification {\n        certificateNo\n        issuedBy\n        batch\n        validFrom\n        validTo\n      }\n      images {\n        url\n        thumbUrl\n        alt\n      }\n      skus {\n        id\n        spec\n        unit\n        priceFen\n        available\n        stockState\n      }\n      county {\n        code\n        name\n        fullName\n      }\n      origin {\n        code\n        name\n        fullName\n      }\n      supplier {\n        id\n        name\n        kind\n        enterpriseLevel\n        productCount\n        county {\n          code\n          name\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.ProductPageDocument,
    "\n  query SupplierPage($id: ID!) {\n    supplier(id: $id) {\n      id\n      name\n      kind\n      enterpriseLevel\n      story\n      productCount\n      county {\n        code\n        name\n        fullName\n      }\n      village {\n        code\n        name\n        fullName\n      }\n      products(first: 48) {\n        ...ProductCardFields\n      }\n    }\n  }\n": typeof types.SupplierPageDocument,
    "\n  fragment CartItemFields on CartItem {\n    id\n    skuId\n    quantity\n    priceFen\n    details {\n      productId\n      productName\n      spec\n      supplierId\n      supplierName\n      currentPriceFen\n      sellable\n      certified\n    }\n  }\n": typeof types.CartItemFieldsFragmentDoc,
    "\n  query MyCart {\n    myCart {\n      ...CartItemFields\n    }\n  }\n": typeof types.MyCartDocument,
    "\n  mutation AddToCart($input: CartLineInput!) {\n    addToCart(input: $input) {\n      ...CartItemFields\n    }\n  }\n": typeof types.AddToCartDocument,
    "\n  mutation UpdateCartItem($input: CartLineInput!, $confirmPrice: Boolean) {\n    updateCartItem(input: $input, confirmPrice: $confirmPrice) {\n      ...CartItemFields\n    }\n  }\n": typeof types.UpdateCartItemDocument,
    "\n  mutation RemoveFromCart($skuIds: [ID!]!) {\n    removeFromCart(skuIds: $skuIds) {\n      ...CartItemFields\n    }\n  }\n": typeof types.RemoveFromCartDocument,
    "\n  fragment AddressFields on Address {\n    id\n    recipient\n    phone\n    province\n    city\n    district\n    detail\n    postalCode\n    isDefault\n  }\n": typeof types.AddressFieldsFragmentDoc,
    "\n  query CheckoutData {\n    myCart {\n      ...CartItemFields\n    }\n    myAddresses {\n      ...AddressFields\n    }\n    paymentMethods {\n      method\n      label\n      available\n      reason\n    }\n  }\n": typeof types.CheckoutDataDocument,
    "\n  mutation SaveAddress($input: AddressInput!, $id: ID) {\n    saveAddress(input: $input, id: $id) {\n      ...AddressFields\n    }\n  }\n": typeof types.SaveAddressDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n      orderNo\n      totalFen\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  fragment OrderSummaryFields on Order {\n    id\n    orderNo\n    status\n    paymentStatus\n    paymentMethod\n    paymentTerm\n    totalFen\n    paidFen\n    createdAt\n    supplierName\n    lines {\n      id\n      productName\n      skuSpec\n      quantity\n      unitPriceFen\n    }\n  }\n": typeof types.OrderSummaryFieldsFragmentDoc,
    "\n  query MyOrders($first: Int, $after: String, $status: OrderStatus) {\n    myOrders(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrderSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.MyOrdersDocument,
    "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      ...OrderSummaryFields\n      buyerId\n      supplierId\n      purpose\n      itemsFen\n      shippingFen\n      refundedFen\n      remittanceRef\n      payDeadline\n      termExtended\n      carrier\n      trackingNo\n      rating\n      ratingComment\n      cancelReason\n      address {\n        recipient\n        phone\n        province\n        city\n        district\n        detail\n      }\n      invoice {\n        title\n        taxNo\n      }\n      lines {\n        id\n        productName\n        skuSpec\n        quantity\n        unitPriceFen\n        amountFen\n        certified\n        refundedQuantity\n      }\n      timeline {\n        id\n        action\n        fromStatus\n        toStatus\n        actorRole\n        note\n        createdAt\n      }\n      refunds {\n        id\n        amountFen\n        method\n        status\n        reason\n        createdAt\n      }\n    }\n    platformBankAccount {\n      accountName\n      bankName\n      accountNo\n    }\n  }\n": typeof types.OrderDetailDocument,
    "\n  mutation StartPayment($orderIds: [ID!]!) {\n    startPayment(orderIds: $orderIds) {\n      method\n      amountFen\n      clientSecret\n      publishableKey\n      paymentIntentId\n    }\n  }\n": typeof types.StartPaymentDocument,
    "\n  mutation CancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CancelOrderDocument,
    "\n  mutation ConfirmReceipt($orderId: ID!) {\n    confirmReceipt(orderId: $orderId) {\n      id\n      status\n    }\n  }\n": typeof types.ConfirmReceiptDocument,
    "\n  mutation RateOrder($input: RateOrderInput!) {\n    rateOrder(input: $input) {\n      id\n      status\n      rating\n    }\n  }\n": typeof types.RateOrderDocument,
    "\n  mutation ExtendTerm($orderId: ID!) {\n    extendPaymentTerm(orderId: $orderId) {\n      id\n      payDeadline\n      termExtended\n    }\n  }\n": typeof types.ExtendTermDocument,
    "\n  query SupplierOrders($first: Int, $after: String, $status: OrderStatus) {\n    supplierOrders(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrderSummaryFields\n          shipDeadlineDays\n          carrier\n          trackingNo\n          address {\n            recipient\n            phone\n            province\n            city\n            district\n            detail\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupplierOrdersDocument,
    "\n  mutation ShipOrder($input: ShipOrderInput!) {\n    shipOrder(input: $input) {\n      id\n      status\n      carrier\n      trackingNo\n    }\n  }\n": typeof types.ShipOrderDocument,
    "\n  query FinanceDesk($search: String) {\n    bankTransfers(first: 50) {\n      id\n      bankTxnNo\n      payerName\n      amountFen\n      matchedFen\n      unmatchedFen\n      memo\n      receivedAt\n    }\n    platformOrders(first: 50, search: $search) {\n      totalCount\n      edges {\n        node {\n          ...OrderSummaryFields\n          remittanceRef\n          refundedFen\n        }\n      }\n    }\n  }\n": typeof types.FinanceDeskDocument,
    "\n  mutation RecordTransfer($input: RecordTransferInput!) {\n    recordBankTransfer(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordTransferDocument,
    "\n  mutation ImportStatement($csv: String!) {\n    importBankStatement(csv: $csv) {\n      imported\n      duplicates\n      autoMatched\n      errors\n    }\n  }\n": typeof types.ImportStatementDocument,
    "\n  mutation MatchTransfer($transferId: ID!, $allocations: [TransferAllocationInput!]!) {\n    matchBankTransfer(transferId: $transferId, allocations: $allocations) {\n      id\n      matchedFen\n      unmatchedFen\n    }\n  }\n": typeof types.MatchTransferDocument,
    "\n  mutation RefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      id\n      status\n      amountFen\n    }\n  }\n": typeof types.RefundOrderDocument,
    "\n  query MyNotifications {\n    myNotifications(first: 50) {\n      id\n      title\n      body\n      orderId\n      readAt\n      createdAt\n    }\n    unreadNotificationCount\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": typeof types.MarkNotificationsReadDocument,
};
const documents: Documents = {
    "\n  fragment SessionUserFields on User {\n    id\n    displayName\n    username\n    phone\n    email\n    createdAt\n    roles {\n      role\n      scopeLabel\n      unitId\n      supplierId\n      regionCode\n    }\n    unit {\n      id\n      name\n      headcount\n      region {\n        code\n        name\n        fullName\n      }\n    }\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  fragment ProductCardFields on Product {\n    id\n    name\n    category\n    priceFen\n    coverImageUrl\n    certified\n    stockState\n    salesCount\n    county {\n      code\n      name\n    }\n    supplier {\n      id\n      name\n    }\n  }\n": types.ProductCardFieldsFragmentDoc,
    "\n  query Home {\n    featured: products(sort: sales, first: 8) {\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n    }\n    categories {\n      category\n      productCount\n    }\n    counties: regions(level: county) {\n      code\n      name\n      fullName\n      productCount\n    }\n  }\n": types.HomeDocument,
    "\n  query SearchFilters {\n    categories {\n      category\n      productCount\n    }\n    counties: regions(level: county) {\n      code\n      name\n      productCount\n    }\n  }\n": types.SearchFiltersDocument,
    "\n  query SearchProducts(\n    $search: String\n    $countyCode: String\n    $category: ProductCategory\n    $certifiedOnly: Boolean\n    $sort: ProductSort\n    $first: Int\n    $after: String\n  ) {\n    products(\n      search: $search\n      countyCode: $countyCode\n      category: $category\n      certifiedOnly: $certifiedOnly\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchProductsDocument,
    "\n  query ProductPage($id: ID!) {\n    product(id: $id) {\n      id\n      name\n      category\n      description\n      priceFen\n      stockState\n      certified\n      salesCount\n      coverImageUrl\n      certification {\n        certificateNo\n        issuedBy\n        batch\n        validFrom\n        validTo\n      }\n      images {\n        url\n        thumbUrl\n        alt\n      }\n      skus {\n        id\n        spec\n        unit\n        priceFen\n        available\n        stockState\n      }\n      county {\n        code\n        name\n        fullName\n      }\n      origin {\n        code\n        name\n        fullName\n      }\n      supplier {\n        id\n        name\n        kind\n        enterpriseLevel\n        productCount\n        county {\n          code\n          name\n          fullName\n        }\n      }\n    }\n  }\n": types.ProductPageDocument,
    "\n  query SupplierPage($id: ID!) {\n    supplier(id: $id) {\n      id\n      name\n      kind\n      enterpriseLevel\n      story\n      productCount\n      county {\n        code\n        name\n        fullName\n      }\n      village {\n        code\n        name\n        fullName\n      }\n      products(first: 48) {\n        ...ProductCardFields\n      }\n    }\n  }\n": types.SupplierPageDocument,
    "\n  fragment CartItemFields on CartItem {\n    id\n    skuId\n    quantity\n    priceFen\n    details {\n      productId\n      productName\n      spec\n      supplierId\n      supplierName\n      currentPriceFen\n      sellable\n      certified\n    }\n  }\n": types.CartItemFieldsFragmentDoc,
    "\n  query MyCart {\n    myCart {\n      ...CartItemFields\n    }\n  }\n": types.MyCartDocument,
    "\n  mutation AddToCart($input: CartLineInput!) {\n    addToCart(input: $input) {\n      ...CartItemFields\n    }\n  }\n": types.AddToCartDocument,
    "\n  mutation UpdateCartItem($input: CartLineInput!, $confirmPrice: Boolean) {\n    updateCartItem(input: $input, confirmPrice: $confirmPrice) {\n      ...CartItemFields\n    }\n  }\n": types.UpdateCartItemDocument,
    "\n  mutation RemoveFromCart($skuIds: [ID!]!) {\n    removeFromCart(skuIds: $skuIds) {\n      ...CartItemFields\n    }\n  }\n": types.RemoveFromCartDocument,
    "\n  fragment AddressFields on Address {\n    id\n    recipient\n    phone\n    province\n    city\n    district\n    detail\n    postalCode\n    isDefault\n  }\n": types.AddressFieldsFragmentDoc,
    "\n  query CheckoutData {\n    myCart {\n      ...CartItemFields\n    }\n    myAddresses {\n      ...AddressFields\n    }\n    paymentMethods {\n      method\n      label\n      available\n      reason\n    }\n  }\n": types.CheckoutDataDocument,
    "\n  mutation SaveAddress($input: AddressInput!, $id: ID) {\n    saveAddress(input: $input, id: $id) {\n      ...AddressFields\n    }\n  }\n": types.SaveAddressDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n      orderNo\n      totalFen\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  fragment OrderSummaryFields on Order {\n    id\n    orderNo\n    status\n    paymentStatus\n    paymentMethod\n    paymentTerm\n    totalFen\n    paidFen\n    createdAt\n    supplierName\n    lines {\n      id\n      productName\n      skuSpec\n      quantity\n      unitPriceFen\n    }\n  }\n": types.OrderSummaryFieldsFragmentDoc,
    "\n  query MyOrders($first: Int, $after: String, $status: OrderStatus) {\n    myOrders(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrderSummaryFields\n        }\n      }\n    }\n  }\n": types.MyOrdersDocument,
    "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      ...OrderSummaryFields\n      buyerId\n      supplierId\n      purpose\n      itemsFen\n      shippingFen\n      refundedFen\n      remittanceRef\n      payDeadline\n      termExtended\n      carrier\n      trackingNo\n      rating\n      ratingComment\n      cancelReason\n      address {\n        recipient\n        phone\n        province\n        city\n        district\n        detail\n      }\n      invoice {\n        title\n        taxNo\n      }\n      lines {\n        id\n        productName\n        skuSpec\n        quantity\n        unitPriceFen\n        amountFen\n        certified\n        refundedQuantity\n      }\n      timeline {\n        id\n        action\n        fromStatus\n        toStatus\n        actorRole\n        note\n        createdAt\n      }\n      refunds {\n        id\n        amountFen\n        method\n        status\n        reason\n        createdAt\n      }\n    }\n    platformBankAccount {\n      accountName\n      bankName\n      accountNo\n    }\n  }\n": types.OrderDetailDocument,
    "\n  mutation StartPayment($orderIds: [ID!]!) {\n    startPayment(orderIds: $orderIds) {\n      method\n      amountFen\n      clientSecret\n      publishableKey\n      paymentIntentId\n    }\n  }\n": types.StartPaymentDocument,
    "\n  mutation CancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CancelOrderDocument,
    "\n  mutation ConfirmReceipt($orderId: ID!) {\n    confirmReceipt(orderId: $orderId) {\n      id\n      status\n    }\n  }\n": types.ConfirmReceiptDocument,
    "\n  mutation RateOrder($input: RateOrderInput!) {\n    rateOrder(input: $input) {\n      id\n      status\n      rating\n    }\n  }\n": types.RateOrderDocument,
    "\n  mutation ExtendTerm($orderId: ID!) {\n    extendPaymentTerm(orderId: $orderId) {\n      id\n      payDeadline\n      termExtended\n    }\n  }\n": types.ExtendTermDocument,
    "\n  query SupplierOrders($first: Int, $after: String, $status: OrderStatus) {\n    supplierOrders(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrderSummaryFields\n          shipDeadlineDays\n          carrier\n          trackingNo\n          address {\n            recipient\n            phone\n            province\n            city\n            district\n            detail\n          }\n        }\n      }\n    }\n  }\n": types.SupplierOrdersDocument,
    "\n  mutation ShipOrder($input: ShipOrderInput!) {\n    shipOrder(input: $input) {\n      id\n      status\n      carrier\n      trackingNo\n    }\n  }\n": types.ShipOrderDocument,
    "\n  query FinanceDesk($search: String) {\n    bankTransfers(first: 50) {\n      id\n      bankTxnNo\n      payerName\n      amountFen\n      matchedFen\n      unmatchedFen\n      memo\n      receivedAt\n    }\n    platformOrders(first: 50, search: $search) {\n      totalCount\n      edges {\n        node {\n          ...OrderSummaryFields\n          remittanceRef\n          refundedFen\n        }\n      }\n    }\n  }\n": types.FinanceDeskDocument,
    "\n  mutation RecordTransfer($input: RecordTransferInput!) {\n    recordBankTransfer(input: $input) {\n      id\n    }\n  }\n": types.RecordTransferDocument,
    "\n  mutation ImportStatement($csv: String!) {\n    importBankStatement(csv: $csv) {\n      imported\n      duplicates\n      autoMatched\n      errors\n    }\n  }\n": types.ImportStatementDocument,
    "\n  mutation MatchTransfer($transferId: ID!, $allocations: [TransferAllocationInput!]!) {\n    matchBankTransfer(transferId: $transferId, allocations: $allocations) {\n      id\n      matchedFen\n      unmatchedFen\n    }\n  }\n": types.MatchTransferDocument,
    "\n  mutation RefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      id\n      status\n      amountFen\n    }\n  }\n": types.RefundOrderDocument,
    "\n  query MyNotifications {\n    myNotifications(first: 50) {\n      id\n      title\n      body\n      orderId\n      readAt\n      createdAt\n    }\n    unreadNotificationCount\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": types.MarkNotificationsReadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    displayName\n    username\n    phone\n    email\n    createdAt\n    roles {\n      role\n      scopeLabel\n      unitId\n      supplierId\n      regionCode\n    }\n    unit {\n      id\n      name\n      headcount\n      region {\n        code\n        name\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    displayName\n    username\n    phone\n    email\n    createdAt\n    roles {\n      role\n      scopeLabel\n      unitId\n      supplierId\n      regionCode\n    }\n    unit {\n      id\n      name\n      headcount\n      region {\n        code\n        name\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCardFields on Product {\n    id\n    name\n    category\n    priceFen\n    coverImageUrl\n    certified\n    stockState\n    salesCount\n    county {\n      code\n      name\n    }\n    supplier {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProductCardFields on Product {\n    id\n    name\n    category\n    priceFen\n    coverImageUrl\n    certified\n    stockState\n    salesCount\n    county {\n      code\n      name\n    }\n    supplier {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    featured: products(sort: sales, first: 8) {\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n    }\n    categories {\n      category\n      productCount\n    }\n    counties: regions(level: county) {\n      code\n      name\n      fullName\n      productCount\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    featured: products(sort: sales, first: 8) {\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n    }\n    categories {\n      category\n      productCount\n    }\n    counties: regions(level: county) {\n      code\n      name\n      fullName\n      productCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFilters {\n    categories {\n      category\n      productCount\n    }\n    counties: regions(level: county) {\n      code\n      name\n      productCount\n    }\n  }\n"): (typeof documents)["\n  query SearchFilters {\n    categories {\n      category\n      productCount\n    }\n    counties: regions(level: county) {\n      code\n      name\n      productCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchProducts(\n    $search: String\n    $countyCode: String\n    $category: ProductCategory\n    $certifiedOnly: Boolean\n    $sort: ProductSort\n    $first: Int\n    $after: String\n  ) {\n    products(\n      search: $search\n      countyCode: $countyCode\n      category: $category\n      certifiedOnly: $certifiedOnly\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchProducts(\n    $search: String\n    $countyCode: String\n    $category: ProductCategory\n    $certifiedOnly: Boolean\n    $sort: ProductSort\n    $first: Int\n    $after: String\n  ) {\n    products(\n      search: $search\n      countyCode: $countyCode\n      category: $category\n      certifiedOnly: $certifiedOnly\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPage($id: ID!) {\n    product(id: $id) {\n      id\n      name\n      category\n      description\n      priceFen\n      stockState\n      certified\n      salesCount\n      coverImageUrl\n      certification {\n        certificateNo\n        issuedBy\n        batch\n        validFrom\n        validTo\n      }\n      images {\n        url\n        thumbUrl\n        alt\n      }\n      skus {\n        id\n        spec\n        unit\n        priceFen\n        available\n        stockState\n      }\n      county {\n        code\n        name\n        fullName\n      }\n      origin {\n        code\n        name\n        fullName\n      }\n      supplier {\n        id\n        name\n        kind\n        enterpriseLevel\n        productCount\n        county {\n          code\n          name\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductPage($id: ID!) {\n    product(id: $id) {\n      id\n      name\n      category\n      description\n      priceFen\n      stockState\n      certified\n      salesCount\n      coverImageUrl\n      certification {\n        certificateNo\n        issuedBy\n        batch\n        validFrom\n        validTo\n      }\n      images {\n        url\n        thumbUrl\n        alt\n      }\n      skus {\n        id\n        spec\n        unit\n        priceFen\n        available\n        stockState\n      }\n      county {\n        code\n        name\n        fullName\n      }\n      origin {\n        code\n        name\n        fullName\n      }\n      supplier {\n        id\n        name\n        kind\n        enterpriseLevel\n        productCount\n        county {\n          code\n          name\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierPage($id: ID!) {\n    supplier(id: $id) {\n      id\n      name\n      kind\n      enterpriseLevel\n      story\n      productCount\n      county {\n        code\n        name\n        fullName\n      }\n      village {\n        code\n        name\n        fullName\n      }\n      products(first: 48) {\n        ...ProductCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplierPage($id: ID!) {\n    supplier(id: $id) {\n      id\n      name\n      kind\n      enterpriseLevel\n      story\n      productCount\n      county {\n        code\n        name\n        fullName\n      }\n      village {\n        code\n        name\n        fullName\n      }\n      products(first: 48) {\n        ...ProductCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CartItemFields on CartItem {\n    id\n    skuId\n    quantity\n    priceFen\n    details {\n      productId\n      productName\n      spec\n      supplierId\n      supplierName\n      currentPriceFen\n      sellable\n      certified\n    }\n  }\n"): (typeof documents)["\n  fragment CartItemFields on CartItem {\n    id\n    skuId\n    quantity\n    priceFen\n    details {\n      productId\n      productName\n      spec\n      supplierId\n      supplierName\n      currentPriceFen\n      sellable\n      certified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCart {\n    myCart {\n      ...CartItemFields\n    }\n  }\n"): (typeof documents)["\n  query MyCart {\n    myCart {\n      ...CartItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToCart($input: CartLineInput!) {\n    addToCart(input: $input) {\n      ...CartItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddToCart($input: CartLineInput!) {\n    addToCart(input: $input) {\n      ...CartItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCartItem($input: CartLineInput!, $confirmPrice: Boolean) {\n    updateCartItem(input: $input, confirmPrice: $confirmPrice) {\n      ...CartItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCartItem($input: CartLineInput!, $confirmPrice: Boolean) {\n    updateCartItem(input: $input, confirmPrice: $confirmPrice) {\n      ...CartItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromCart($skuIds: [ID!]!) {\n    removeFromCart(skuIds: $skuIds) {\n      ...CartItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveFromCart($skuIds: [ID!]!) {\n    removeFromCart(skuIds: $skuIds) {\n      ...CartItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AddressFields on Address {\n    id\n    recipient\n    phone\n    province\n    city\n    district\n    detail\n    postalCode\n    isDefault\n  }\n"): (typeof documents)["\n  fragment AddressFields on Address {\n    id\n    recipient\n    phone\n    province\n    city\n    district\n    detail\n    postalCode\n    isDefault\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutData {\n    myCart {\n      ...CartItemFields\n    }\n    myAddresses {\n      ...AddressFields\n    }\n    paymentMethods {\n      method\n      label\n      available\n      reason\n    }\n  }\n"): (typeof documents)["\n  query CheckoutData {\n    myCart {\n      ...CartItemFields\n    }\n    myAddresses {\n      ...AddressFields\n    }\n    paymentMethods {\n      method\n      label\n      available\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAddress($input: AddressInput!, $id: ID) {\n    saveAddress(input: $input, id: $id) {\n      ...AddressFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAddress($input: AddressInput!, $id: ID) {\n    saveAddress(input: $input, id: $id) {\n      ...AddressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n      orderNo\n      totalFen\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n      orderNo\n      totalFen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderSummaryFields on Order {\n    id\n    orderNo\n    status\n    paymentStatus\n    paymentMethod\n    paymentTerm\n    totalFen\n    paidFen\n    createdAt\n    supplierName\n    lines {\n      id\n      productName\n      skuSpec\n      quantity\n      unitPriceFen\n    }\n  }\n"): (typeof documents)["\n  fragment OrderSummaryFields on Order {\n    id\n    orderNo\n    status\n    paymentStatus\n    paymentMethod\n    paymentTerm\n    totalFen\n    paidFen\n    createdAt\n    supplierName\n    lines {\n      id\n      productName\n      skuSpec\n      quantity\n      unitPriceFen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrders($first: Int, $after: String, $status: OrderStatus) {\n    myOrders(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrderSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrders($first: Int, $after: String, $status: OrderStatus) {\n    myOrders(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrderSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      ...OrderSummaryFields\n      buyerId\n      supplierId\n      purpose\n      itemsFen\n      shippingFen\n      refundedFen\n      remittanceRef\n      payDeadline\n      termExtended\n      carrier\n      trackingNo\n      rating\n      ratingComment\n      cancelReason\n      address {\n        recipient\n        phone\n        province\n        city\n        district\n        detail\n      }\n      invoice {\n        title\n        taxNo\n      }\n      lines {\n        id\n        productName\n        skuSpec\n        quantity\n        unitPriceFen\n        amountFen\n        certified\n        refundedQuantity\n      }\n      timeline {\n        id\n        action\n        fromStatus\n        toStatus\n        actorRole\n        note\n        createdAt\n      }\n      refunds {\n        id\n        amountFen\n        method\n        status\n        reason\n        createdAt\n      }\n    }\n    platformBankAccount {\n      accountName\n      bankName\n      accountNo\n    }\n  }\n"): (typeof documents)["\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      ...OrderSummaryFields\n      buyerId\n      supplierId\n      purpose\n      itemsFen\n      shippingFen\n      refundedFen\n      remittanceRef\n      payDeadline\n      termExtended\n      carrier\n      trackingNo\n      rating\n      ratingComment\n      cancelReason\n      address {\n        recipient\n        phone\n        province\n        city\n        district\n        detail\n      }\n      invoice {\n        title\n        taxNo\n      }\n      lines {\n        id\n        productName\n        skuSpec\n        quantity\n        unitPriceFen\n        amountFen\n        certified\n        refundedQuantity\n      }\n      timeline {\n        id\n        action\n        fromStatus\n        toStatus\n        actorRole\n        note\n        createdAt\n      }\n      refunds {\n        id\n        amountFen\n        method\n        status\n        reason\n        createdAt\n      }\n    }\n    platformBankAccount {\n      accountName\n      bankName\n      accountNo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPayment($orderIds: [ID!]!) {\n    startPayment(orderIds: $orderIds) {\n      method\n      amountFen\n      clientSecret\n      publishableKey\n      paymentIntentId\n    }\n  }\n"): (typeof documents)["\n  mutation StartPayment($orderIds: [ID!]!) {\n    startPayment(orderIds: $orderIds) {\n      method\n      amountFen\n      clientSecret\n      publishableKey\n      paymentIntentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmReceipt($orderId: ID!) {\n    confirmReceipt(orderId: $orderId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmReceipt($orderId: ID!) {\n    confirmReceipt(orderId: $orderId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateOrder($input: RateOrderInput!) {\n    rateOrder(input: $input) {\n      id\n      status\n      rating\n    }\n  }\n"): (typeof documents)["\n  mutation RateOrder($input: RateOrderInput!) {\n    rateOrder(input: $input) {\n      id\n      status\n      rating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendTerm($orderId: ID!) {\n    extendPaymentTerm(orderId: $orderId) {\n      id\n      payDeadline\n      termExtended\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendTerm($orderId: ID!) {\n    extendPaymentTerm(orderId: $orderId) {\n      id\n      payDeadline\n      termExtended\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierOrders($first: Int, $after: String, $status: OrderStatus) {\n    supplierOrders(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrderSummaryFields\n          shipDeadlineDays\n          carrier\n          trackingNo\n          address {\n            recipient\n            phone\n            province\n            city\n            district\n            detail\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplierOrders($first: Int, $after: String, $status: OrderStatus) {\n    supplierOrders(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrderSummaryFields\n          shipDeadlineDays\n          carrier\n          trackingNo\n          address {\n            recipient\n            phone\n            province\n            city\n            district\n            detail\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipOrder($input: ShipOrderInput!) {\n    shipOrder(input: $input) {\n      id\n      status\n      carrier\n      trackingNo\n    }\n  }\n"): (typeof documents)["\n  mutation ShipOrder($input: ShipOrderInput!) {\n    shipOrder(input: $input) {\n      id\n      status\n      carrier\n      trackingNo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceDesk($search: String) {\n    bankTransfers(first: 50) {\n      id\n      bankTxnNo\n      payerName\n      amountFen\n      matchedFen\n      unmatchedFen\n      memo\n      receivedAt\n    }\n    platformOrders(first: 50, search: $search) {\n      totalCount\n      edges {\n        node {\n          ...OrderSummaryFields\n          remittanceRef\n          refundedFen\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinanceDesk($search: String) {\n    bankTransfers(first: 50) {\n      id\n      bankTxnNo\n      payerName\n      amountFen\n      matchedFen\n      unmatchedFen\n      memo\n      receivedAt\n    }\n    platformOrders(first: 50, search: $search) {\n      totalCount\n      edges {\n        node {\n          ...OrderSummaryFields\n          remittanceRef\n          refundedFen\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTransfer($input: RecordTransferInput!) {\n    recordBankTransfer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTransfer($input: RecordTransferInput!) {\n    recordBankTransfer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportStatement($csv: String!) {\n    importBankStatement(csv: $csv) {\n      imported\n      duplicates\n      autoMatched\n      errors\n    }\n  }\n"): (typeof documents)["\n  mutation ImportStatement($csv: String!) {\n    importBankStatement(csv: $csv) {\n      imported\n      duplicates\n      autoMatched\n      errors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchTransfer($transferId: ID!, $allocations: [TransferAllocationInput!]!) {\n    matchBankTransfer(transferId: $transferId, allocations: $allocations) {\n      id\n      matchedFen\n      unmatchedFen\n    }\n  }\n"): (typeof documents)["\n  mutation MatchTransfer($transferId: ID!, $allocations: [TransferAllocationInput!]!) {\n    matchBankTransfer(transferId: $transferId, allocations: $allocations) {\n      id\n      matchedFen\n      unmatchedFen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      id\n      status\n      amountFen\n    }\n  }\n"): (typeof documents)["\n  mutation RefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      id\n      status\n      amountFen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications {\n    myNotifications(first: 50) {\n      id\n      title\n      body\n      orderId\n      readAt\n      createdAt\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query MyNotifications {\n    myNotifications(first: 50) {\n      id\n      title\n      body\n      orderId\n      readAt\n      createdAt\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;