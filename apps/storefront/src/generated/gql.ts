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
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
    "\n  query RegionName($code: String!) {\n    region(code: $code) {\n      code\n      name\n      fullName\n    }\n  }\n": typeof types.RegionNameDocument,
    "\n  fragment ReportRowFields on ReportRow {\n    key\n    label\n    households\n    people\n    amountFen\n  }\n": typeof types.ReportRowFieldsFragmentDoc,
    "\n  fragment HouseholdSummaryFields on HouseholdView {\n    id\n    householdNo\n    headNameMasked\n    villageName\n    members\n    category\n  }\n": typeof types.HouseholdSummaryFieldsFragmentDoc,
    "\n  query AttributionReport($regionCode: String!, $year: Int) {\n    attributionReport(regionCode: $regionCode, year: $year) {\n      regionCode\n      regionName\n      year\n      households\n      people\n      totalFen\n      averagePerHouseholdFen\n      sentence\n      basis\n      byCategory {\n        ...ReportRowFields\n      }\n      byVillage {\n        ...ReportRowFields\n      }\n      bySupplier {\n        ...ReportRowFields\n      }\n      byProduct {\n        ...ReportRowFields\n      }\n      byUnit {\n        ...ReportRowFields\n      }\n      bySession {\n        ...ReportRowFields\n      }\n      byMonth {\n        ...ReportRowFields\n      }\n    }\n  }\n": typeof types.AttributionReportDocument,
    "\n  query IncomeAlerts($countyCode: String!, $year: Int, $first: Int, $after: String) {\n    incomeAlerts(countyCode: $countyCode, year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          status\n          perCapitaFen\n          recordedPerCapitaFen\n          attributedFen\n          otherIncomeFen\n          household {\n            ...HouseholdSummaryFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.IncomeAlertsDocument,
    "\n  mutation ExportAttributionReport($regionCode: String!, $year: Int) {\n    exportAttributionReport(regionCode: $regionCode, year: $year) {\n      filename\n      contentBase64\n    }\n  }\n": typeof types.ExportAttributionReportDocument,
    "\n  query Households($countyCode: String!, $search: String, $first: Int, $after: String) {\n    households(countyCode: $countyCode, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...HouseholdSummaryFields\n          idNumberMasked\n          incomePerCapitaFen\n          helpers\n        }\n      }\n    }\n  }\n": typeof types.HouseholdsDocument,
    "\n  mutation ExportHouseholds($countyCode: String!) {\n    exportHouseholds(countyCode: $countyCode) {\n      filename\n      contentBase64\n    }\n  }\n": typeof types.ExportHouseholdsDocument,
    "\n  mutation RevealHousehold($id: ID!, $reason: String!) {\n    revealHousehold(id: $id, reason: $reason) {\n      id\n      headName\n      idNumber\n    }\n  }\n": typeof types.RevealHouseholdDocument,
    "\n  query HouseholdIncome($id: ID!, $year: Int) {\n    householdIncome(id: $id, year: $year) {\n      year\n      attributedFen\n      otherIncomeFen\n      totalFen\n      recordedPerCapitaFen\n      addedPerCapitaFen\n      perCapitaFen\n      basis\n      povertyLinePerCapitaFen\n      monitoringLinePerCapitaFen\n      status\n      byMonth {\n        key\n        amountFen\n      }\n      recentEntries {\n        id\n        orderNo\n        amountFen\n        reversesId\n        month\n      }\n      otherIncome {\n        id\n        kind\n        amountFen\n        note\n      }\n      household {\n        ...HouseholdSummaryFields\n        idNumberMasked\n        helpers\n      }\n    }\n  }\n": typeof types.HouseholdIncomeDocument,
    "\n  mutation RecordOtherIncome($input: OtherIncomeInput!) {\n    recordOtherIncome(input: $input) {\n      id\n      amountFen\n    }\n  }\n": typeof types.RecordOtherIncomeDocument,
    "\n  query HouseholdAccessLog($countyCode: String!, $first: Int, $after: String, $from: String, $to: String) {\n    householdAccessLog(countyCode: $countyCode, first: $first, after: $after, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          action\n          householdId\n          householdNo\n          userName\n          detail\n          ip\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.HouseholdAccessLogDocument,
    "\n  query ExportHouseholdAccessLog($countyCode: String!, $from: String, $to: String) {\n    exportHouseholdAccessLog(countyCode: $countyCode, from: $from, to: $to) {\n      filename\n      contentBase64\n    }\n  }\n": typeof types.ExportHouseholdAccessLogDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    displayName\n    username\n    phone\n    email\n    createdAt\n    roles {\n      role\n      scopeLabel\n      unitId\n      supplierId\n      regionCode\n    }\n    unit {\n      id\n      name\n      headcount\n      region {\n        code\n        name\n        fullName\n      }\n    }\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  fragment AuthSessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...SessionUserFields\n    }\n  }\n": typeof types.AuthSessionFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query SmsAvailable {\n    smsAvailable\n  }\n": typeof types.SmsAvailableDocument,
    "\n  mutation RequestSmsCode($input: RequestSmsCodeInput!) {\n    requestSmsCode(input: $input) {\n      phone\n      validSeconds\n      resendAfterSeconds\n    }\n  }\n": typeof types.RequestSmsCodeDocument,
    "\n  mutation SmsCaptcha {\n    smsCaptcha {\n      id\n      svg\n    }\n  }\n": typeof types.SmsCaptchaDocument,
    "\n  mutation LoginBySms($input: SmsLoginInput!) {\n    loginBySms(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n": typeof types.LoginBySmsDocument,
    "\n  mutation RegisterBySms($input: RegisterBySmsInput!) {\n    registerBySms(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n": typeof types.RegisterBySmsDocument,
    "\n  mutation ResetPasswordBySms($input: ResetPasswordBySmsInput!) {\n    resetPasswordBySms(input: $input)\n  }\n": typeof types.ResetPasswordBySmsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ChangePhone($input: ChangePhoneInput!) {\n    changePhone(input: $input) {\n      ...SessionUserFields\n    }\n  }\n": typeof types.ChangePhoneDocument,
    "\n  fragment ProductCardFields on Product {\n    id\n    name\n    category\n    priceFen\n    coverImageUrl\n    certified\n    stockState\n    salesCount\n    county {\n      code\n      name\n    }\n    supplier {\n      id\n      name\n    }\n  }\n": typeof types.ProductCardFieldsFragmentDoc,
    "\n  query Home {\n    featured: products(sort: sales, first: 8) {\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n    }\n    categories {\n      category\n      productCount\n    }\n    counties: regions(level: county, served: true) {\n      code\n      name\n      fullName\n      productCount\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query SearchFilters {\n    counties: regions(level: county, served: true) {\n      code\n      name\n      productCount\n    }\n  }\n": typeof types.SearchFiltersDocument,
    "\n  query SearchProducts(\n    $search: String\n    $countyCode: String\n    $category: ProductCategory\n    $certifiedOnly: Boolean\n    $sort: ProductSort\n    $first: Int\n    $after: String\n    $withCounts: Boolean! = true\n  ) {\n    products(\n      search: $search\n      countyCode: $countyCode\n      category: $category\n      certifiedOnly: $certifiedOnly\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      categoryCounts @include(if: $withCounts) {\n        category\n        productCount\n      }\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.SearchProductsDocument,
    "\n  query ProductRatings($productId: ID!) {\n    productRatings(productId: $productId, first: 10) {\n      count\n      average\n      items {\n        id\n        rating\n        comment\n        spec\n        ratedAt\n      }\n    }\n  }\n": typeof types.ProductRatingsDocument,
    "\n  query ProductPage($id: ID!) {\n    product(id: $id) {\n      id\n      name\n      category\n      description\n      priceFen\n      stockState\n      certified\n      salesCount\n      coverImageUrl\n      certification {\n        certificateNo\n        issuedBy\n        batch\n        validFrom\n        validTo\n      }\n      images {\n        url\n        thumbUrl\n        alt\n      }\n      skus {\n        id\n        spec\n        unit\n        priceFen\n        available\n        stockState\n      }\n      county {\n        code\n        name\n        fullName\n      }\n      origin {\n        code\n        name\n        fullName\n      }\n      supplier {\n        id\n        name\n        kind\n        enterpriseLevel\n        productCount\n        county {\n          code\n          name\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.ProductPageDocument,
    "\n  query SupplierPage($id: ID!) {\n    supplier(id: $id) {\n      id\n      name\n      kind\n      enterpriseLevel\n      story\n      productCount\n      county {\n        code\n        name\n        fullName\n      }\n      village {\n        code\n        name\n        fullName\n      }\n      products(first: 48) {\n        ...ProductCardFields\n      }\n    }\n  }\n": typeof types.SupplierPageDocument,
    "\n  fragment OrderInvoiceFields on OrderInvoice {\n    kind\n    title\n    taxNo\n    bankName\n    bankAccount\n    address\n    phone\n  }\n": typeof types.OrderInvoiceFieldsFragmentDoc,
    "\n  query OrderInvoice($id: ID!) {\n    order(id: $id) {\n      id\n      orderNo\n      status\n      buyerId\n      unitId\n      invoice {\n        ...OrderInvoiceFields\n      }\n      issuedInvoice {\n        id\n        invoiceNo\n        kind\n        format\n        issuedAt\n      }\n    }\n  }\n": typeof types.OrderInvoiceDocument,
    "\n  mutation RequestInvoice($orderId: ID!, $input: InvoiceInput!) {\n    requestInvoice(orderId: $orderId, input: $input) {\n      id\n      invoice {\n        ...OrderInvoiceFields\n      }\n    }\n  }\n": typeof types.RequestInvoiceDocument,
    "\n  query InvoiceRequests {\n    invoiceProviderAvailable\n    invoiceRequests {\n      id\n      orderNo\n      status\n      totalFen\n      createdAt\n      invoice {\n        ...OrderInvoiceFields\n      }\n    }\n  }\n": typeof types.InvoiceRequestsDocument,
    "\n  mutation IssueInvoiceThroughProvider($orderId: ID!) {\n    issueInvoiceThroughProvider(orderId: $orderId) {\n      id\n      invoiceNo\n    }\n  }\n": typeof types.IssueInvoiceThroughProviderDocument,
    "\n  query ProcurementListPage($orderId: ID, $unitId: ID, $month: String) {\n    procurementList(orderId: $orderId, unitId: $unitId, month: $month) {\n      title\n      unitName\n      month\n      totalFen\n      totalUppercase\n      generatedAt\n      orders {\n        orderId\n        orderNo\n        placedOn\n        supplierName\n        shippingFen\n        totalFen\n        refundedFen\n        netFen\n        invoiceNo\n        invoiceStatus\n        countingStatus\n        lines {\n          productName\n          spec\n          quantity\n          unitPriceFen\n          amountFen\n        }\n      }\n    }\n  }\n": typeof types.ProcurementListPageDocument,
    "\n  query ProcurementListXlsx($orderId: ID, $unitId: ID, $month: String) {\n    procurementListXlsx(orderId: $orderId, unitId: $unitId, month: $month) {\n      filename\n      contentBase64\n    }\n  }\n": typeof types.ProcurementListXlsxDocument,
    "\n  query UnitInvoices($unitId: ID!, $month: String!) {\n    unitInvoices(unitId: $unitId, month: $month) {\n      orderId\n      orderNo\n      supplierName\n      invoiceNo\n      kind\n      title\n      totalFen\n      issuedAt\n    }\n  }\n": typeof types.UnitInvoicesDocument,
    "\n  fragment LiveSessionFields on LiveSession {\n    id\n    title\n    hostName\n    hostTitle\n    kind\n    countyCode\n    countyName\n    status\n    startsAt\n    startedAt\n    endedAt\n    coverUrl\n    streamUrl\n    externalRoomUrl\n    replayUrl\n    seq\n    orderCount\n    placedCount\n    itemCount\n    salesFen\n    likeCount\n    viewerCount\n    canManage\n    currentOfferId\n  }\n": typeof types.LiveSessionFieldsFragmentDoc,
    "\n  fragment LiveTickerFields on LiveTickerItem {\n    id\n    orderId\n    status\n    text\n    at\n  }\n": typeof types.LiveTickerFieldsFragmentDoc,
    "\n  fragment LiveCommentFields on LiveCommentItem {\n    id\n    userId\n    authorName\n    body\n    createdAt\n  }\n": typeof types.LiveCommentFieldsFragmentDoc,
    "\n  query LiveSessions($status: LiveSessionStatus, $first: Int, $after: String) {\n    liveSessions(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...LiveSessionFields\n        }\n      }\n    }\n  }\n": typeof types.LiveSessionsDocument,
    "\n  query LiveRoom($id: ID!, $includeUnpinned: Boolean) {\n    liveSession(id: $id) {\n      ...LiveSessionFields\n      offers(includeUnpinned: $includeUnpinned) {\n        id\n        productId\n        skuId\n        livePriceFen\n        stockCap\n        stockLeft\n        perBuyerLimit\n        offerStartsAt\n        offerEndsAt\n        pinned\n        claimed\n        sortOrder\n        product {\n          id\n          name\n          coverImageUrl\n          priceFen\n        }\n        sku {\n          id\n          spec\n          priceFen\n        }\n      }\n      recentOrders(first: 20) {\n        ...LiveTickerFields\n      }\n      recentComments(first: 50) {\n        ...LiveCommentFields\n      }\n    }\n  }\n": typeof types.LiveRoomDocument,
    "\n  subscription LiveUpdates($sessionId: ID!) {\n    liveUpdates(sessionId: $sessionId) {\n      sessionId\n      seq\n      status\n      orderCount\n      placedCount\n      itemCount\n      salesFen\n      likeCount\n      viewerCount\n      coalesced\n      currentOfferId\n      offers {\n        skuId\n        pinned\n        claimed\n        stockLeft\n      }\n      orders {\n        ...LiveTickerFields\n      }\n      comments {\n        ...LiveCommentFields\n      }\n      deletedCommentIds\n    }\n  }\n": typeof types.LiveUpdatesDocument,
    "\n  mutation ScheduleLiveSession($input: ScheduleLiveSessionInput!) {\n    scheduleLiveSession(input: $input) {\n      ...LiveSessionFields\n    }\n  }\n": typeof types.ScheduleLiveSessionDocument,
    "\n  mutation UpdateLiveSessionLinks($id: ID!, $input: UpdateLiveSessionInput!) {\n    updateLiveSession(id: $id, input: $input) {\n      ...LiveSessionFields\n    }\n  }\n": typeof types.UpdateLiveSessionLinksDocument,
    "\n  mutation StartLiveSession($id: ID!) {\n    startLiveSession(id: $id) {\n      id\n      status\n      startedAt\n    }\n  }\n": typeof types.StartLiveSessionDocument,
    "\n  mutation EndLiveSession($id: ID!, $replayUrl: String) {\n    endLiveSession(id: $id, replayUrl: $replayUrl) {\n      id\n      status\n      endedAt\n      replayUrl\n    }\n  }\n": typeof types.EndLiveSessionDocument,
    "\n  mutation PinLiveProduct($input: PinLiveProductInput!) {\n    pinLiveProduct(input: $input) {\n      id\n      pinned\n    }\n  }\n": typeof types.PinLiveProductDocument,
    "\n  mutation UnpinLiveProduct($sessionId: ID!, $skuId: ID!) {\n    unpinLiveProduct(sessionId: $sessionId, skuId: $skuId)\n  }\n": typeof types.UnpinLiveProductDocument,
    "\n  mutation PostLiveComment($input: PostLiveCommentInput!) {\n    postLiveComment(input: $input) {\n      ...LiveCommentFields\n    }\n  }\n": typeof types.PostLiveCommentDocument,
    "\n  mutation DeleteLiveComment($id: ID!) {\n    deleteLiveComment(id: $id)\n  }\n": typeof types.DeleteLiveCommentDocument,
    "\n  mutation MuteLiveViewer($sessionId: ID!, $userId: ID!) {\n    muteLiveViewer(sessionId: $sessionId, userId: $userId)\n  }\n": typeof types.MuteLiveViewerDocument,
    "\n  mutation LikeLiveSession($sessionId: ID!) {\n    likeLiveSession(sessionId: $sessionId)\n  }\n": typeof types.LikeLiveSessionDocument,
    "\n  query LiveProductPicker($search: String) {\n    products(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          priceFen\n          skus {\n            id\n            spec\n            priceFen\n          }\n        }\n      }\n    }\n  }\n": typeof types.LiveProductPickerDocument,
    "\n  query LivePeriodReport($countyCode: String!, $from: DateTime!, $to: DateTime!) {\n    livePeriodReport(countyCode: $countyCode, from: $from, to: $to) {\n      hosts\n      sessions\n      salesSessions\n      tourismSessions\n      orders\n      items\n      salesFen\n      summary\n      byHost {\n        hostName\n        hostTitle\n        salesSessions\n        tourismSessions\n        orders\n        salesFen\n      }\n      bySession {\n        sessionId\n        title\n        hostName\n        kind\n        startsAt\n        orders\n        items\n        paidSalesFen\n        pendingSalesFen\n        buyers\n        buyerUnits\n        uniqueViewers\n        peakViewers\n        conversion\n        averageOrderFen\n        topProducts {\n          name\n          quantity\n          salesFen\n        }\n      }\n    }\n  }\n": typeof types.LivePeriodReportDocument,
    "\n  query LivePeriodReportXlsx($countyCode: String!, $from: DateTime!, $to: DateTime!) {\n    livePeriodReportXlsx(countyCode: $countyCode, from: $from, to: $to)\n  }\n": typeof types.LivePeriodReportXlsxDocument,
    "\n  query LiveCheckout {\n    myAddresses {\n      ...AddressFields\n    }\n    paymentMethods {\n      ...PaymentMethodFields\n    }\n  }\n": typeof types.LiveCheckoutDocument,
    "\n  fragment FollowFields on Follow {\n    targetKind\n    targetId\n    name\n  }\n": typeof types.FollowFieldsFragmentDoc,
    "\n  query MyFollows {\n    myFollows {\n      ...FollowFields\n    }\n  }\n": typeof types.MyFollowsDocument,
    "\n  mutation FollowSupplier($supplierId: ID!) {\n    followSupplier(supplierId: $supplierId) {\n      ...FollowFields\n    }\n  }\n": typeof types.FollowSupplierDocument,
    "\n  mutation UnfollowSupplier($supplierId: ID!) {\n    unfollowSupplier(supplierId: $supplierId)\n  }\n": typeof types.UnfollowSupplierDocument,
    "\n  mutation FollowCounty($countyCode: String!) {\n    followCounty(countyCode: $countyCode) {\n      ...FollowFields\n    }\n  }\n": typeof types.FollowCountyDocument,
    "\n  mutation UnfollowCounty($countyCode: String!) {\n    unfollowCounty(countyCode: $countyCode)\n  }\n": typeof types.UnfollowCountyDocument,
    "\n  mutation RequestLiveOffer($input: RequestLiveOfferInput!) {\n    requestLiveOffer(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestLiveOfferDocument,
    "\n  query LiveOfferRequestsOfSession($id: ID!) {\n    liveSession(id: $id) {\n      id\n      offerRequests {\n        id\n        status\n        requestedPriceFen\n        requestedStockCap\n        approvedPriceFen\n        approvedStockCap\n        declineReason\n        product {\n          id\n          name\n        }\n        sku {\n          id\n          spec\n        }\n      }\n    }\n  }\n": typeof types.LiveOfferRequestsOfSessionDocument,
    "\n  query LiveRunOfShow($id: ID!) {\n    liveSession(id: $id) {\n      id\n      offers(includeUnpinned: true) {\n        id\n        placedOrderCount\n        paidOrderCount\n      }\n    }\n  }\n": typeof types.LiveRunOfShowDocument,
    "\n  mutation SetLiveCurrentOffer($sessionId: ID!, $offerId: ID) {\n    setLiveCurrentOffer(sessionId: $sessionId, offerId: $offerId) {\n      id\n      currentOfferId\n      seq\n    }\n  }\n": typeof types.SetLiveCurrentOfferDocument,
    "\n  mutation UpdateLiveCover($id: ID!, $coverUrl: String) {\n    updateLiveSession(id: $id, input: { coverUrl: $coverUrl }) {\n      id\n      coverUrl\n    }\n  }\n": typeof types.UpdateLiveCoverDocument,
    "\n  query NotificationCentre {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          refType\n          refId\n          readAt\n          createdAt\n        }\n      }\n    }\n    myUnreadNotificationCount\n  }\n": typeof types.NotificationCentreDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment BindingChangeFields on BindingChangeRequest {\n    id\n    orderId\n    orderNo\n    fromUnitName\n    toUnitName\n    reason\n    status\n    createdAt\n    decidedAt\n  }\n": typeof types.BindingChangeFieldsFragmentDoc,
    "\n  query OrderBinding($id: ID!) {\n    order(id: $id) {\n      id\n      unitId\n      unitName\n      bindingChanges {\n        ...BindingChangeFields\n      }\n    }\n  }\n": typeof types.OrderBindingDocument,
    "\n  query BindingChangeTargets($orderId: ID!) {\n    bindingChangeTargets(orderId: $orderId) {\n      id\n      name\n      current\n      parent\n    }\n  }\n": typeof types.BindingChangeTargetsDocument,
    "\n  mutation RequestBindingChange($orderId: ID!, $toUnitId: ID!, $reason: String!) {\n    requestBindingChange(orderId: $orderId, toUnitId: $toUnitId, reason: $reason) {\n      ...BindingChangeFields\n    }\n  }\n": typeof types.RequestBindingChangeDocument,
    "\n  query PendingBindingChanges {\n    pendingBindingChanges {\n      ...BindingChangeFields\n    }\n  }\n": typeof types.PendingBindingChangesDocument,
    "\n  mutation DecideBindingChange($requestId: ID!, $approve: Boolean!) {\n    decideBindingChange(requestId: $requestId, approve: $approve) {\n      ...BindingChangeFields\n    }\n  }\n": typeof types.DecideBindingChangeDocument,
    "\n  fragment CartItemFields on CartItem {\n    id\n    skuId\n    quantity\n    priceFen\n    details {\n      productId\n      productName\n      spec\n      supplierId\n      supplierName\n      currentPriceFen\n      sellable\n      certified\n      thumbUrl\n    }\n    purchaseLimit\n    purchaseLimitRemaining\n  }\n": typeof types.CartItemFieldsFragmentDoc,
    "\n  fragment CartQuoteFields on CartQuote {\n    itemCount\n    itemsFen\n    shippingFen\n    totalFen\n    unavailableCount\n    groups {\n      supplierId\n      supplierName\n      itemIds\n      quantity\n      itemsFen\n      shippingFen\n      totalFen\n      missingForFreeShippingFen\n    }\n  }\n": typeof types.CartQuoteFieldsFragmentDoc,
    "\n  query MyCart {\n    myCart {\n      ...CartItemFields\n    }\n    cartQuote {\n      ...CartQuoteFields\n    }\n  }\n": typeof types.MyCartDocument,
    "\n  query CartCount {\n    myCart {\n      id\n      quantity\n    }\n  }\n": typeof types.CartCountDocument,
    "\n  mutation AddToCart($input: CartLineInput!) {\n    addToCart(input: $input) {\n      ...CartItemFields\n    }\n  }\n": typeof types.AddToCartDocument,
    "\n  mutation UpdateCartItem($input: CartLineInput!, $confirmPrice: Boolean) {\n    updateCartItem(input: $input, confirmPrice: $confirmPrice) {\n      ...CartItemFields\n    }\n  }\n": typeof types.UpdateCartItemDocument,
    "\n  mutation RemoveFromCart($skuIds: [ID!]!) {\n    removeFromCart(skuIds: $skuIds) {\n      ...CartItemFields\n    }\n  }\n": typeof types.RemoveFromCartDocument,
    "\n  fragment AddressFields on Address {\n    id\n    recipient\n    phone\n    province\n    city\n    district\n    provinceCode\n    cityCode\n    countyCode\n    detail\n    postalCode\n    isDefault\n  }\n": typeof types.AddressFieldsFragmentDoc,
    "\n  fragment PaymentMethodFields on PaymentMethodInfo {\n    method\n    label\n    available\n    reason\n  }\n": typeof types.PaymentMethodFieldsFragmentDoc,
    "\n  query CheckoutData {\n    myCart {\n      ...CartItemFields\n    }\n    cartQuote {\n      ...CartQuoteFields\n    }\n    myAddresses {\n      ...AddressFields\n    }\n    paymentMethods {\n      ...PaymentMethodFields\n    }\n  }\n": typeof types.CheckoutDataDocument,
    "\n  mutation SaveAddress($input: AddressInput!, $id: ID) {\n    saveAddress(input: $input, id: $id) {\n      ...AddressFields\n    }\n  }\n": typeof types.SaveAddressDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n      orderNo\n      totalFen\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  query FinanceTransfers($first: Int, $after: String, $from: String, $to: String, $sort: TransferSort, $direction: SortDirection) {\n    bankTransfers(first: $first, after: $after, from: $from, to: $to, sort: $sort, direction: $direction) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          bankTxnNo\n          payerName\n          amountFen\n          matchedFen\n          unmatchedFen\n          memo\n          receivedAt\n          suggestions {\n            orderId\n            orderNo\n            remittanceRef\n            owedFen\n            amountFen\n          }\n        }\n      }\n    }\n  }\n": typeof types.FinanceTransfersDocument,
    "\n  query FinanceOrders(\n    $first: Int\n    $after: String\n    $search: String\n    $from: String\n    $to: String\n    $sort: OrderSort\n    $direction: SortDirection\n  ) {\n    platformOrders(first: $first, after: $after, search: $search, from: $from, to: $to, sort: $sort, direction: $direction) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          ...OrderSummaryFields\n          remittanceRef\n          refundedFen\n        }\n      }\n    }\n  }\n": typeof types.FinanceOrdersDocument,
    "\n  mutation RecordTransfer($input: RecordTransferInput!) {\n    recordBankTransfer(input: $input) {\n      id\n      bankTxnNo\n    }\n  }\n": typeof types.RecordTransferDocument,
    "\n  mutation MatchTransfer($transferId: ID!, $allocations: [TransferAllocationInput!]!) {\n    matchBankTransfer(transferId: $transferId, allocations: $allocations) {\n      id\n      matchedFen\n      unmatchedFen\n    }\n  }\n": typeof types.MatchTransferDocument,
    "\n  query PaymentChecks {\n    paymentsNeedingReview {\n      id\n      provider\n      providerPaymentId\n      amountFen\n      currency\n      receivedFen\n      receivedCurrency\n      reviewNote\n      orderNos\n      createdAt\n    }\n    pendingBankRefunds {\n      id\n      orderId\n      amountFen\n      reason\n      createdAt\n    }\n  }\n": typeof types.PaymentChecksDocument,
    "\n  mutation RefundReviewedPayment($attemptId: ID!) {\n    refundReviewedPayment(attemptId: $attemptId) {\n      id\n      status\n    }\n  }\n": typeof types.RefundReviewedPaymentDocument,
    "\n  mutation ConfirmBankRefund($refundId: ID!, $bankTxnNo: String!) {\n    confirmBankRefund(refundId: $refundId, bankTxnNo: $bankTxnNo) {\n      id\n      status\n    }\n  }\n": typeof types.ConfirmBankRefundDocument,
    "\n  fragment OrderSummaryFields on Order {\n    id\n    orderNo\n    status\n    paymentStatus\n    paymentMethod\n    paymentTerm\n    totalFen\n    paidFen\n    createdAt\n    supplierName\n    lines {\n      id\n      productName\n      skuSpec\n      quantity\n      unitPriceFen\n    }\n  }\n": typeof types.OrderSummaryFieldsFragmentDoc,
    "\n  fragment OrderAddressFields on OrderAddress {\n    recipient\n    phone\n    province\n    city\n    district\n    detail\n  }\n": typeof types.OrderAddressFieldsFragmentDoc,
    "\n  fragment OrderShippingFields on Order {\n    shipDeadlineDays\n    ...OrderShipDeadlineFields\n    carrier\n    trackingNo\n    address {\n      ...OrderAddressFields\n    }\n  }\n": typeof types.OrderShippingFieldsFragmentDoc,
    "\n  query MyOrders($first: Int, $after: String, $status: OrderStatus) {\n    myOrders(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...OrderSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.MyOrdersDocument,
    "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      ...OrderSummaryFields\n      buyerId\n      supplierId\n      purpose\n      itemsFen\n      shippingFen\n      refundedFen\n      remittanceRef\n      payDeadline\n      termExtended\n      ...OrderShippingFields\n      ...OrderParcelFields\n      rating\n      ratingComment\n      cancelReason\n      invoice {\n        title\n        taxNo\n      }\n      lines {\n        id\n        productName\n        skuSpec\n        quantity\n        unitPriceFen\n        amountFen\n        certified\n        refundedQuantity\n      }\n      timeline {\n        id\n        action\n        fromStatus\n        toStatus\n        actorRole\n        note\n        createdAt\n      }\n      refunds {\n        id\n        amountFen\n        method\n        status\n        reason\n        createdAt\n      }\n    }\n    platformBankAccount {\n      accountName\n      bankName\n      accountNo\n    }\n  }\n": typeof types.OrderDetailDocument,
    "\n  mutation CancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CancelOrderDocument,
    "\n  mutation ConfirmReceipt($orderId: ID!) {\n    confirmReceipt(orderId: $orderId) {\n      id\n      status\n    }\n  }\n": typeof types.ConfirmReceiptDocument,
    "\n  mutation RateOrder($input: RateOrderInput!) {\n    rateOrder(input: $input) {\n      id\n      status\n      rating\n      ratingComment\n    }\n  }\n": typeof types.RateOrderDocument,
    "\n  mutation ExtendTerm($orderId: ID!) {\n    extendPaymentTerm(orderId: $orderId) {\n      id\n      payDeadline\n      termExtended\n    }\n  }\n": typeof types.ExtendTermDocument,
    "\n  fragment OrderShipDeadlineFields on Order {\n    id\n    shipDueAt\n    shipOverdue\n  }\n": typeof types.OrderShipDeadlineFieldsFragmentDoc,
    "\n  query OnlineMethods {\n    paymentMethods {\n      method\n      label\n      available\n    }\n  }\n": typeof types.OnlineMethodsDocument,
    "\n  mutation StartPayment($orderIds: [ID!]!, $device: PayerDevice, $method: PaymentMethod) {\n    startPayment(orderIds: $orderIds, device: $device, method: $method) {\n      method\n      amountFen\n      clientSecret\n      publishableKey\n      paymentIntentId\n      codeUrl\n      h5Url\n      redirectUrl\n    }\n  }\n": typeof types.StartPaymentDocument,
    "\n  mutation CheckPayment($orderId: ID!) {\n    checkPayment(orderId: $orderId) {\n      attemptId\n      state\n      result\n    }\n  }\n": typeof types.CheckPaymentDocument,
    "\n  query PaymentReceipt($orderId: ID!) {\n    paymentReceipt(orderId: $orderId) {\n      receiptNo\n      orderNo\n      remittanceRef\n      payerName\n      payeeName\n      payeeBank\n      payeeAccount\n      totalFen\n      receivedFen\n      amountInWords\n      issuedAt\n      transfers {\n        bankTxnNo\n        payerName\n        payerAccount\n        amountFen\n        receivedAt\n      }\n    }\n  }\n": typeof types.PaymentReceiptDocument,
    "\n  fragment SkuLimitFields on ProductSku {\n    id\n    spec\n    purchaseLimit\n  }\n": typeof types.SkuLimitFieldsFragmentDoc,
    "\n  query SkuPurchaseLimits($productId: ID!) {\n    product(id: $productId) {\n      id\n      skus {\n        ...SkuLimitFields\n        purchaseLimitRemaining\n      }\n    }\n  }\n": typeof types.SkuPurchaseLimitsDocument,
    "\n  query EditorSkuPurchaseLimits($productId: ID!) {\n    productForEdit(id: $productId) {\n      id\n      skus {\n        ...SkuLimitFields\n      }\n    }\n  }\n": typeof types.EditorSkuPurchaseLimitsDocument,
    "\n  mutation SetPurchaseLimit($skuId: ID!, $perBuyer: Int) {\n    setPurchaseLimit(skuId: $skuId, perBuyer: $perBuyer)\n  }\n": typeof types.SetPurchaseLimitDocument,
    "\n  query RefundDetails($id: ID!) {\n    order(id: $id) {\n      id\n      orderNo\n      shippingFen\n      paidFen\n      refundedFen\n      lines {\n        id\n        productName\n        skuSpec\n        quantity\n        unitPriceFen\n        refundedQuantity\n      }\n      refunds {\n        id\n        status\n        kind\n        amountFen\n        lines {\n          lineId\n          quantity\n        }\n      }\n    }\n  }\n": typeof types.RefundDetailsDocument,
    "\n  mutation RefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      id\n      status\n      amountFen\n    }\n  }\n": typeof types.RefundOrderDocument,
    "\n  query RegionChildren($parentCode: String!) {\n    regions(parentCode: $parentCode) {\n      code\n      name\n      level\n    }\n  }\n": typeof types.RegionChildrenDocument,
    "\n  query Carriers {\n    carriers {\n      code\n      name\n      shapeHint\n      pattern\n    }\n  }\n": typeof types.CarriersDocument,
    "\n  fragment OrderParcelFields on Order {\n    parcels {\n      id\n      carrierCode\n      carrierName\n      trackingNo\n      trackingUrl\n      note\n      items {\n        lineId\n        quantity\n      }\n    }\n  }\n": typeof types.OrderParcelFieldsFragmentDoc,
    "\n  mutation ShipOrderParcels($input: ShipParcelsInput!) {\n    shipOrderParcels(input: $input) {\n      id\n      status\n      carrier\n      trackingNo\n      ...OrderParcelFields\n    }\n  }\n": typeof types.ShipOrderParcelsDocument,
    "\n  fragment OrderParcelBrief on Order {\n    parcels {\n      id\n      carrierName\n      trackingNo\n      trackingUrl\n    }\n  }\n": typeof types.OrderParcelBriefFragmentDoc,
    "\n  mutation AddOrderParcel($input: AddParcelInput!) {\n    addOrderParcel(input: $input) {\n      id\n      ...OrderParcelBrief\n    }\n  }\n": typeof types.AddOrderParcelDocument,
    "\n  query SupplierOrders(\n    $first: Int\n    $after: String\n    $status: OrderStatus\n    $from: String\n    $to: String\n    $sort: OrderSort\n    $direction: SortDirection\n  ) {\n    supplierOrders(first: $first, after: $after, status: $status, from: $from, to: $to, sort: $sort, direction: $direction) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...OrderSummaryFields\n          ...OrderShippingFields\n          ...OrderParcelBrief\n        }\n      }\n    }\n  }\n": typeof types.SupplierOrdersDocument,
    "\n  mutation ShipOrder($input: ShipOrderInput!) {\n    shipOrder(input: $input) {\n      id\n      status\n      carrier\n      trackingNo\n    }\n  }\n": typeof types.ShipOrderDocument,
    "\n  query ProviderReconciliation {\n    providerReconciliation {\n      runs {\n        id\n        provider\n        day\n        trigger\n        finishedAt\n        attemptsChecked\n        refundsChecked\n        differenceCount\n        error\n      }\n      differences {\n        id\n        provider\n        kind\n        kindLabel\n        providerRef\n        orderNos\n        oursFen\n        theirsFen\n        oursState\n        theirsState\n        action\n      }\n    }\n  }\n": typeof types.ProviderReconciliationDocument,
    "\n  mutation RunProviderReconciliation($day: String) {\n    runProviderReconciliation(day: $day) {\n      id\n      provider\n      differenceCount\n    }\n  }\n": typeof types.RunProviderReconciliationDocument,
    "\n  query PaymentProviderStatus {\n    paymentProviderStatus {\n      name\n      label\n      live\n      reconciles\n      lastNotificationAt\n      lastReconciliationAt\n      lastReconciliationDifferences\n      lastReconciliationError\n    }\n  }\n": typeof types.PaymentProviderStatusDocument,
    "\n  fragment PersonFields on Person {\n    id\n    displayName\n    maskedPhone\n    unitName\n    suspended\n    roles {\n      id\n      role\n      scopeLabel\n      unitId\n      supplierId\n      regionCode\n    }\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  query People($search: String, $role: Role, $first: Int, $after: String) {\n    people(search: $search, role: $role, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query RoleHolders($scope: RoleScopeInput!) {\n    roleHolders(scope: $scope) {\n      ...PersonFields\n    }\n  }\n": typeof types.RoleHoldersDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation WithdrawRole($input: WithdrawRoleInput!) {\n    withdrawRole(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.WithdrawRoleDocument,
    "\n  mutation SuspendAccount($input: AccountStatusInput!) {\n    suspendAccount(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.SuspendAccountDocument,
    "\n  mutation RestoreAccount($input: AccountStatusInput!) {\n    restoreAccount(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.RestoreAccountDocument,
    "\n  query RoleAuditLog($userId: ID, $first: Int, $after: String, $from: String, $to: String) {\n    roleAuditLog(userId: $userId, first: $first, after: $after, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorName\n          actorRole\n          targetName\n          role\n          scopeLabel\n          reason\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.RoleAuditLogDocument,
    "\n  query ExportRoleAuditLog($userId: ID, $from: String, $to: String) {\n    exportRoleAuditLog(userId: $userId, from: $from, to: $to) {\n      filename\n      contentBase64\n    }\n  }\n": typeof types.ExportRoleAuditLogDocument,
    "\n  query ScopeChoices {\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ScopeChoicesDocument,
    "\n  query UnitChoices($search: String!) {\n    searchWorkUnits(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          regionName\n        }\n      }\n    }\n  }\n": typeof types.UnitChoicesDocument,
    "\n  query UnitQuotaDashboard($unitId: ID!, $year: Int!) {\n    unitQuotaDashboard(unitId: $unitId, year: $year) {\n      unitId\n      unitName\n      year\n      targetFen\n      targetProvisional\n      filingStatus\n      orderedFen\n      completedFen\n      remainingFen\n      rate\n      pace\n      status\n      daysLeft\n      rolledUp {\n        unitCount\n        targetFen\n        orderedFen\n        completedFen\n      }\n      months {\n        month\n        orderedFen\n        completedFen\n      }\n      topProducts {\n        id\n        name\n        orderedFen\n      }\n      topSuppliers {\n        id\n        name\n        orderedFen\n      }\n      members {\n        userId\n        displayName\n        orderedFen\n        completedFen\n      }\n    }\n    myQuotaReminders {\n      id\n      message\n      readAt\n      createdAt\n    }\n    myUnreadQuotaReminderCount\n  }\n": typeof types.UnitQuotaDashboardDocument,
    "\n  mutation MarkQuotaReminderRead($id: ID!) {\n    markQuotaReminderRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkQuotaReminderReadDocument,
    "\n  mutation MarkAllQuotaRemindersRead {\n    markAllQuotaRemindersRead\n  }\n": typeof types.MarkAllQuotaRemindersReadDocument,
    "\n  fragment QuotaTotalsFields on QuotaTotals {\n    targetFen\n    orderedFen\n    completedFen\n    rate\n  }\n": typeof types.QuotaTotalsFieldsFragmentDoc,
    "\n  fragment BulletinRowFields on QuotaRankingRow {\n    unitId\n    name\n    parentName\n    hasCanteen\n    targetFen\n    orderedFen\n    completedFen\n    rate\n    rank\n    tied\n  }\n": typeof types.BulletinRowFieldsFragmentDoc,
    "\n  query JurisdictionRanking(\n    $regionCode: String!\n    $year: Int!\n    $sort: RankingSort\n    $descending: Boolean\n    $status: PaceStatus\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    jurisdictionRanking(\n      regionCode: $regionCode\n      year: $year\n      sort: $sort\n      descending: $descending\n      status: $status\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      regionCode\n      year\n      pace\n      totalCount\n      totals {\n        ...QuotaTotalsFields\n      }\n      rows {\n        ...BulletinRowFields\n        targetProvisional\n        filingStatus\n        filingOverdue\n        status\n        rolledUp {\n          unitCount\n          targetFen\n          orderedFen\n          completedFen\n          rate\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.JurisdictionRankingDocument,
    "\n  query BulletinRanking($regionCode: String!, $year: Int!, $first: Int, $after: String) {\n    jurisdictionRanking(regionCode: $regionCode, year: $year, first: $first, after: $after) {\n      totalCount\n      totals {\n        ...QuotaTotalsFields\n      }\n      rows {\n        ...BulletinRowFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.BulletinRankingDocument,
    "\n  query QuotaBulletin($regionCode: String!, $year: Int!, $format: BulletinFormat!) {\n    quotaBulletin(regionCode: $regionCode, year: $year, format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.QuotaBulletinDocument,
    "\n  mutation SendQuotaReminders($regionCode: String!, $year: Int!) {\n    sendQuotaReminders(regionCode: $regionCode, year: $year)\n  }\n": typeof types.SendQuotaRemindersDocument,
    "\n  fragment QuotaFilingFields on QuotaFiling {\n    id\n    status\n    headcount\n    canteenMode\n    canteenBudgetFen\n    ratioPercent\n    unionBudgetFen\n    targetFen\n    returnReason\n  }\n": typeof types.QuotaFilingFieldsFragmentDoc,
    "\n  query QuotaFiling($unitId: ID!, $year: Int!) {\n    quotaFiling(unitId: $unitId, year: $year) {\n      ...QuotaFilingFields\n    }\n  }\n": typeof types.QuotaFilingDocument,
    "\n  mutation FileQuota($input: FileQuotaInput!) {\n    fileQuota(input: $input) {\n      ...QuotaFilingFields\n    }\n  }\n": typeof types.FileQuotaDocument,
    "\n  query QuotaFilings($regionCode: String!, $year: Int!, $status: String, $first: Int, $after: String) {\n    quotaFilings(regionCode: $regionCode, year: $year, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          unitId\n          unitName\n          status\n          headcount\n          canteenMode\n          canteenBudgetFen\n          targetFen\n          filedAt\n        }\n      }\n    }\n  }\n": typeof types.QuotaFilingsDocument,
    "\n  mutation ReviewQuotaFiling($filingId: ID!, $approve: Boolean!, $reason: String) {\n    reviewQuotaFiling(filingId: $filingId, approve: $approve, reason: $reason) {\n      id\n      status\n      returnReason\n    }\n  }\n": typeof types.ReviewQuotaFilingDocument,
    "\n  query ReconciliationStatus {\n    reconciliationStatus {\n      ranAt\n      clean\n      differenceCount\n    }\n  }\n": typeof types.ReconciliationStatusDocument,
    "\n  mutation RunReconciliation {\n    runReconciliation {\n      id\n      clean\n      differenceCount\n    }\n  }\n": typeof types.RunReconciliationDocument,
    "\n  query EventDeadLetters {\n    eventDeadLetters {\n      consumer\n      eventId\n      eventType\n      orderNo\n      attempts\n      lastError\n      lastFailedAt\n      nextAttemptAt\n      parkedAt\n      waitingBehind\n    }\n  }\n": typeof types.EventDeadLettersDocument,
    "\n  mutation RetryDeadLetterEvent($consumer: String!, $eventId: ID!) {\n    retryDeadLetterEvent(consumer: $consumer, eventId: $eventId) {\n      delivered\n    }\n  }\n": typeof types.RetryDeadLetterEventDocument,
    "\n  query SupplierReviewQueue($status: SupplierStatus, $first: Int, $after: String) {\n    # each card asks for ~40 fields: 20 a page stays within the query cost limit (50 cost 2,120 > 2,000)\n    supplierReviewQueue(status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...SupplierStatusFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.SupplierReviewQueueDocument,
    "\n  query CertificationReviewQueue {\n    certificationReviewQueue {\n      id\n      certificateNo\n      issuedBy\n      batch\n      validFrom\n      validTo\n      evidenceImageUrl\n      product {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CertificationReviewQueueDocument,
    "\n  mutation RecommendSupplier($input: SupplierDecisionInput!) {\n    recommendSupplier(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RecommendSupplierDocument,
    "\n  mutation CountyRejectSupplier($input: SupplierDecisionInput!) {\n    countyRejectSupplier(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CountyRejectSupplierDocument,
    "\n  mutation ApproveSupplier($input: SupplierDecisionInput!) {\n    approveSupplier(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveSupplierDocument,
    "\n  mutation PlatformRejectSupplier($input: SupplierDecisionInput!) {\n    platformRejectSupplier(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PlatformRejectSupplierDocument,
    "\n  mutation SuspendSupplier($input: SupplierDecisionInput!) {\n    suspendSupplier(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SuspendSupplierDocument,
    "\n  mutation ReinstateSupplier($input: SupplierDecisionInput!) {\n    reinstateSupplier(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReinstateSupplierDocument,
    "\n  mutation VerifyCertification($input: CertificationDecisionInput!) {\n    verifyCertification(input: $input) {\n      id\n    }\n  }\n": typeof types.VerifyCertificationDocument,
    "\n  mutation RejectCertification($input: CertificationDecisionInput!) {\n    rejectCertification(input: $input) {\n      id\n    }\n  }\n": typeof types.RejectCertificationDocument,
    "\n  fragment SupplierStatusFields on Supplier {\n    id\n    name\n    kind\n    enterpriseLevel\n    status\n    county {\n      code\n      name\n      fullName\n    }\n    application {\n      supplierId\n      creditCode\n      contactName\n      contactPhone\n      bankName\n      bankAccountName\n      bankAccountNo\n      licenseImageUrl\n      benefitDescription\n      appliedAt\n    }\n    nextStep {\n      text\n      countyHasReviewer\n    }\n    reviewSteps {\n      id\n      action\n      fromStatus\n      toStatus\n      reason\n      actorName\n      createdAt\n    }\n  }\n": typeof types.SupplierStatusFieldsFragmentDoc,
    "\n  query MySuppliers {\n    mySuppliers {\n      ...SupplierStatusFields\n    }\n  }\n": typeof types.MySuppliersDocument,
    "\n  mutation ApplyAsSupplier($input: SupplierApplicationInput!) {\n    applyAsSupplier(input: $input) {\n      ...SupplierStatusFields\n    }\n  }\n": typeof types.ApplyAsSupplierDocument,
    "\n  query ApplyCounties {\n    counties: regions(level: county, served: true) {\n      code\n      fullName\n    }\n  }\n": typeof types.ApplyCountiesDocument,
    "\n  fragment EditorProductFields on Product {\n    id\n    supplierId\n    name\n    category\n    description\n    shelfStatus\n    offShelfReason\n    certified\n    images {\n      url\n      thumbUrl\n    }\n    skus {\n      id\n      spec\n      unit\n      priceFen\n      available\n      reserved\n      weightGrams\n    }\n  }\n": typeof types.EditorProductFieldsFragmentDoc,
    "\n  query SupplierProducts($supplierId: ID!, $after: String) {\n    supplierProducts(supplierId: $supplierId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...EditorProductFields\n        }\n      }\n    }\n    lowStockSkus(supplierId: $supplierId) {\n      productId\n      productName\n      sku {\n        id\n        spec\n        available\n      }\n    }\n  }\n": typeof types.SupplierProductsDocument,
    "\n  query ProductForEdit($id: ID!) {\n    productForEdit(id: $id) {\n      ...EditorProductFields\n    }\n    productCertifications(productId: $id) {\n      id\n      certificateNo\n      issuedBy\n      batch\n      validFrom\n      validTo\n      verifiedAt\n      rejectedReason\n      current\n    }\n  }\n": typeof types.ProductForEditDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...EditorProductFields\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      ...EditorProductFields\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  mutation SetProductStatus($input: SetProductStatusInput!) {\n    setProductStatus(input: $input) {\n      id\n      shelfStatus\n      offShelfReason\n    }\n  }\n": typeof types.SetProductStatusDocument,
    "\n  mutation AdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) {\n      id\n      available\n      reserved\n    }\n  }\n": typeof types.AdjustStockDocument,
    "\n  query StockMovements($skuId: ID!) {\n    stockMovements(skuId: $skuId, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          availableDelta\n          reservedDelta\n          reason\n          refType\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.StockMovementsDocument,
    "\n  mutation SubmitCertification($input: SubmitCertificationInput!) {\n    submitCertification(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitCertificationDocument,
    "\n  query ProductImportJob($id: ID!) {\n    productImportJob(id: $id) {\n      id\n      fileName\n      status\n      totalRows\n      validRows\n      processedRows\n      importedProducts\n      errorCount\n      failureMessage\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.ProductImportJobDocument,
    "\n  mutation ConfirmProductImport($id: ID!) {\n    confirmProductImport(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConfirmProductImportDocument,
    "\n  query MyNotifications {\n    myNotifications(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          readAt\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  query LiveOfferRequests($status: LiveOfferRequestStatus) {\n    liveOfferRequests(status: $status, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          requestedPriceFen\n          requestedStockCap\n          note\n          createdAt\n          session {\n            id\n            title\n            hostName\n            startsAt\n          }\n          product {\n            id\n            name\n          }\n          sku {\n            id\n            spec\n            priceFen\n          }\n        }\n      }\n    }\n  }\n": typeof types.LiveOfferRequestsDocument,
    "\n  mutation AnswerLiveOfferRequest($input: AnswerLiveOfferRequestInput!) {\n    answerLiveOfferRequest(input: $input) {\n      id\n      status\n      approvedPriceFen\n      approvedStockCap\n    }\n  }\n": typeof types.AnswerLiveOfferRequestDocument,
    "\n  query UnitInvitePreview($code: String!) {\n    unitInvitePreview(input: { code: $code }) {\n      code\n      unitId\n      unitName\n      regionCode\n      expiresAt\n    }\n  }\n": typeof types.UnitInvitePreviewDocument,
    "\n  mutation JoinUnitByCode($code: String!) {\n    joinUnitByCode(input: { code: $code }) {\n      id\n      name\n    }\n  }\n": typeof types.JoinUnitByCodeDocument,
    "\n  mutation LeaveUnit {\n    leaveUnit\n  }\n": typeof types.LeaveUnitDocument,
    "\n  query ActiveUnitInvite($unitId: ID!) {\n    activeUnitInvite(unitId: $unitId) {\n      id\n      code\n      link\n      expiresAt\n    }\n  }\n": typeof types.ActiveUnitInviteDocument,
    "\n  mutation CreateUnitInvite($unitId: ID!) {\n    createUnitInvite(input: { unitId: $unitId }) {\n      id\n      code\n      link\n      expiresAt\n    }\n  }\n": typeof types.CreateUnitInviteDocument,
    "\n  query UnitJoinRequests($unitId: ID!) {\n    unitJoinRequests(unitId: $unitId) {\n      id\n      userId\n      userDisplayName\n      status\n      createdAt\n    }\n  }\n": typeof types.UnitJoinRequestsDocument,
    "\n  mutation DecideUnitJoinRequest($requestId: ID!, $approve: Boolean!, $reason: String) {\n    decideUnitJoinRequest(requestId: $requestId, approve: $approve, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n": typeof types.DecideUnitJoinRequestDocument,
    "\n  query UnitMembers($unitId: ID!) {\n    unitMembers(unitId: $unitId) {\n      id\n      displayName\n    }\n  }\n": typeof types.UnitMembersDocument,
    "\n  mutation RemoveUnitMember($unitId: ID!, $userId: ID!) {\n    removeUnitMember(unitId: $unitId, userId: $userId)\n  }\n": typeof types.RemoveUnitMemberDocument,
    "\n  query SearchWorkUnits($search: String!, $first: Int, $after: String) {\n    searchWorkUnits(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          regionCode\n          regionName\n          parentName\n        }\n      }\n    }\n  }\n": typeof types.SearchWorkUnitsDocument,
    "\n  mutation RequestToJoinUnit($unitId: ID!) {\n    requestToJoinUnit(input: { unitId: $unitId }) {\n      id\n      status\n    }\n  }\n": typeof types.RequestToJoinUnitDocument,
    "\n  query MyUnitJoinRequests {\n    myUnitJoinRequests {\n      id\n      unitId\n      unitName\n      status\n      reason\n      createdAt\n      decidedAt\n    }\n  }\n": typeof types.MyUnitJoinRequestsDocument,
    "\n  mutation WithdrawUnitJoinRequest($requestId: ID!) {\n    withdrawUnitJoinRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawUnitJoinRequestDocument,
};
const documents: Documents = {
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PageInfoFieldsFragmentDoc,
    "\n  query RegionName($code: String!) {\n    region(code: $code) {\n      code\n      name\n      fullName\n    }\n  }\n": types.RegionNameDocument,
    "\n  fragment ReportRowFields on ReportRow {\n    key\n    label\n    households\n    people\n    amountFen\n  }\n": types.ReportRowFieldsFragmentDoc,
    "\n  fragment HouseholdSummaryFields on HouseholdView {\n    id\n    householdNo\n    headNameMasked\n    villageName\n    members\n    category\n  }\n": types.HouseholdSummaryFieldsFragmentDoc,
    "\n  query AttributionReport($regionCode: String!, $year: Int) {\n    attributionReport(regionCode: $regionCode, year: $year) {\n      regionCode\n      regionName\n      year\n      households\n      people\n      totalFen\n      averagePerHouseholdFen\n      sentence\n      basis\n      byCategory {\n        ...ReportRowFields\n      }\n      byVillage {\n        ...ReportRowFields\n      }\n      bySupplier {\n        ...ReportRowFields\n      }\n      byProduct {\n        ...ReportRowFields\n      }\n      byUnit {\n        ...ReportRowFields\n      }\n      bySession {\n        ...ReportRowFields\n      }\n      byMonth {\n        ...ReportRowFields\n      }\n    }\n  }\n": types.AttributionReportDocument,
    "\n  query IncomeAlerts($countyCode: String!, $year: Int, $first: Int, $after: String) {\n    incomeAlerts(countyCode: $countyCode, year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          status\n          perCapitaFen\n          recordedPerCapitaFen\n          attributedFen\n          otherIncomeFen\n          household {\n            ...HouseholdSummaryFields\n          }\n        }\n      }\n    }\n  }\n": types.IncomeAlertsDocument,
    "\n  mutation ExportAttributionReport($regionCode: String!, $year: Int) {\n    exportAttributionReport(regionCode: $regionCode, year: $year) {\n      filename\n      contentBase64\n    }\n  }\n": types.ExportAttributionReportDocument,
    "\n  query Households($countyCode: String!, $search: String, $first: Int, $after: String) {\n    households(countyCode: $countyCode, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...HouseholdSummaryFields\n          idNumberMasked\n          incomePerCapitaFen\n          helpers\n        }\n      }\n    }\n  }\n": types.HouseholdsDocument,
    "\n  mutation ExportHouseholds($countyCode: String!) {\n    exportHouseholds(countyCode: $countyCode) {\n      filename\n      contentBase64\n    }\n  }\n": types.ExportHouseholdsDocument,
    "\n  mutation RevealHousehold($id: ID!, $reason: String!) {\n    revealHousehold(id: $id, reason: $reason) {\n      id\n      headName\n      idNumber\n    }\n  }\n": types.RevealHouseholdDocument,
    "\n  query HouseholdIncome($id: ID!, $year: Int) {\n    householdIncome(id: $id, year: $year) {\n      year\n      attributedFen\n      otherIncomeFen\n      totalFen\n      recordedPerCapitaFen\n      addedPerCapitaFen\n      perCapitaFen\n      basis\n      povertyLinePerCapitaFen\n      monitoringLinePerCapitaFen\n      status\n      byMonth {\n        key\n        amountFen\n      }\n      recentEntries {\n        id\n        orderNo\n        amountFen\n        reversesId\n        month\n      }\n      otherIncome {\n        id\n        kind\n        amountFen\n        note\n      }\n      household {\n        ...HouseholdSummaryFields\n        idNumberMasked\n        helpers\n      }\n    }\n  }\n": types.HouseholdIncomeDocument,
    "\n  mutation RecordOtherIncome($input: OtherIncomeInput!) {\n    recordOtherIncome(input: $input) {\n      id\n      amountFen\n    }\n  }\n": types.RecordOtherIncomeDocument,
    "\n  query HouseholdAccessLog($countyCode: String!, $first: Int, $after: String, $from: String, $to: String) {\n    householdAccessLog(countyCode: $countyCode, first: $first, after: $after, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          action\n          householdId\n          householdNo\n          userName\n          detail\n          ip\n          createdAt\n        }\n      }\n    }\n  }\n": types.HouseholdAccessLogDocument,
    "\n  query ExportHouseholdAccessLog($countyCode: String!, $from: String, $to: String) {\n    exportHouseholdAccessLog(countyCode: $countyCode, from: $from, to: $to) {\n      filename\n      contentBase64\n    }\n  }\n": types.ExportHouseholdAccessLogDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    displayName\n    username\n    phone\n    email\n    createdAt\n    roles {\n      role\n      scopeLabel\n      unitId\n      supplierId\n      regionCode\n    }\n    unit {\n      id\n      name\n      headcount\n      region {\n        code\n        name\n        fullName\n      }\n    }\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  fragment AuthSessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...SessionUserFields\n    }\n  }\n": types.AuthSessionFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query SmsAvailable {\n    smsAvailable\n  }\n": types.SmsAvailableDocument,
    "\n  mutation RequestSmsCode($input: RequestSmsCodeInput!) {\n    requestSmsCode(input: $input) {\n      phone\n      validSeconds\n      resendAfterSeconds\n    }\n  }\n": types.RequestSmsCodeDocument,
    "\n  mutation SmsCaptcha {\n    smsCaptcha {\n      id\n      svg\n    }\n  }\n": types.SmsCaptchaDocument,
    "\n  mutation LoginBySms($input: SmsLoginInput!) {\n    loginBySms(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n": types.LoginBySmsDocument,
    "\n  mutation RegisterBySms($input: RegisterBySmsInput!) {\n    registerBySms(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n": types.RegisterBySmsDocument,
    "\n  mutation ResetPasswordBySms($input: ResetPasswordBySmsInput!) {\n    resetPasswordBySms(input: $input)\n  }\n": types.ResetPasswordBySmsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ChangePhone($input: ChangePhoneInput!) {\n    changePhone(input: $input) {\n      ...SessionUserFields\n    }\n  }\n": types.ChangePhoneDocument,
    "\n  fragment ProductCardFields on Product {\n    id\n    name\n    category\n    priceFen\n    coverImageUrl\n    certified\n    stockState\n    salesCount\n    county {\n      code\n      name\n    }\n    supplier {\n      id\n      name\n    }\n  }\n": types.ProductCardFieldsFragmentDoc,
    "\n  query Home {\n    featured: products(sort: sales, first: 8) {\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n    }\n    categories {\n      category\n      productCount\n    }\n    counties: regions(level: county, served: true) {\n      code\n      name\n      fullName\n      productCount\n    }\n  }\n": types.HomeDocument,
    "\n  query SearchFilters {\n    counties: regions(level: county, served: true) {\n      code\n      name\n      productCount\n    }\n  }\n": types.SearchFiltersDocument,
    "\n  query SearchProducts(\n    $search: String\n    $countyCode: String\n    $category: ProductCategory\n    $certifiedOnly: Boolean\n    $sort: ProductSort\n    $first: Int\n    $after: String\n    $withCounts: Boolean! = true\n  ) {\n    products(\n      search: $search\n      countyCode: $countyCode\n      category: $category\n      certifiedOnly: $certifiedOnly\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      categoryCounts @include(if: $withCounts) {\n        category\n        productCount\n      }\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.SearchProductsDocument,
    "\n  query ProductRatings($productId: ID!) {\n    productRatings(productId: $productId, first: 10) {\n      count\n      average\n      items {\n        id\n        rating\n        comment\n        spec\n        ratedAt\n      }\n    }\n  }\n": types.ProductRatingsDocument,
    "\n  query ProductPage($id: ID!) {\n    product(id: $id) {\n      id\n      name\n      category\n      description\n      priceFen\n      stockState\n      certified\n      salesCount\n      coverImageUrl\n      certification {\n        certificateNo\n        issuedBy\n        batch\n        validFrom\n        validTo\n      }\n      images {\n        url\n        thumbUrl\n        alt\n      }\n      skus {\n        id\n        spec\n        unit\n        priceFen\n        available\n        stockState\n      }\n      county {\n        code\n        name\n        fullName\n      }\n      origin {\n        code\n        name\n        fullName\n      }\n      supplier {\n        id\n        name\n        kind\n        enterpriseLevel\n        productCount\n        county {\n          code\n          name\n          fullName\n        }\n      }\n    }\n  }\n": types.ProductPageDocument,
    "\n  query SupplierPage($id: ID!) {\n    supplier(id: $id) {\n      id\n      name\n      kind\n      enterpriseLevel\n      story\n      productCount\n      county {\n        code\n        name\n        fullName\n      }\n      village {\n        code\n        name\n        fullName\n      }\n      products(first: 48) {\n        ...ProductCardFields\n      }\n    }\n  }\n": types.SupplierPageDocument,
    "\n  fragment OrderInvoiceFields on OrderInvoice {\n    kind\n    title\n    taxNo\n    bankName\n    bankAccount\n    address\n    phone\n  }\n": types.OrderInvoiceFieldsFragmentDoc,
    "\n  query OrderInvoice($id: ID!) {\n    order(id: $id) {\n      id\n      orderNo\n      status\n      buyerId\n      unitId\n      invoice {\n        ...OrderInvoiceFields\n      }\n      issuedInvoice {\n        id\n        invoiceNo\n        kind\n        format\n        issuedAt\n      }\n    }\n  }\n": types.OrderInvoiceDocument,
    "\n  mutation RequestInvoice($orderId: ID!, $input: InvoiceInput!) {\n    requestInvoice(orderId: $orderId, input: $input) {\n      id\n      invoice {\n        ...OrderInvoiceFields\n      }\n    }\n  }\n": types.RequestInvoiceDocument,
    "\n  query InvoiceRequests {\n    invoiceProviderAvailable\n    invoiceRequests {\n      id\n      orderNo\n      status\n      totalFen\n      createdAt\n      invoice {\n        ...OrderInvoiceFields\n      }\n    }\n  }\n": types.InvoiceRequestsDocument,
    "\n  mutation IssueInvoiceThroughProvider($orderId: ID!) {\n    issueInvoiceThroughProvider(orderId: $orderId) {\n      id\n      invoiceNo\n    }\n  }\n": types.IssueInvoiceThroughProviderDocument,
    "\n  query ProcurementListPage($orderId: ID, $unitId: ID, $month: String) {\n    procurementList(orderId: $orderId, unitId: $unitId, month: $month) {\n      title\n      unitName\n      month\n      totalFen\n      totalUppercase\n      generatedAt\n      orders {\n        orderId\n        orderNo\n        placedOn\n        supplierName\n        shippingFen\n        totalFen\n        refundedFen\n        netFen\n        invoiceNo\n        invoiceStatus\n        countingStatus\n        lines {\n          productName\n          spec\n          quantity\n          unitPriceFen\n          amountFen\n        }\n      }\n    }\n  }\n": types.ProcurementListPageDocument,
    "\n  query ProcurementListXlsx($orderId: ID, $unitId: ID, $month: String) {\n    procurementListXlsx(orderId: $orderId, unitId: $unitId, month: $month) {\n      filename\n      contentBase64\n    }\n  }\n": types.ProcurementListXlsxDocument,
    "\n  query UnitInvoices($unitId: ID!, $month: String!) {\n    unitInvoices(unitId: $unitId, month: $month) {\n      orderId\n      orderNo\n      supplierName\n      invoiceNo\n      kind\n      title\n      totalFen\n      issuedAt\n    }\n  }\n": types.UnitInvoicesDocument,
    "\n  fragment LiveSessionFields on LiveSession {\n    id\n    title\n    hostName\n    hostTitle\n    kind\n    countyCode\n    countyName\n    status\n    startsAt\n    startedAt\n    endedAt\n    coverUrl\n    streamUrl\n    externalRoomUrl\n    replayUrl\n    seq\n    orderCount\n    placedCount\n    itemCount\n    salesFen\n    likeCount\n    viewerCount\n    canManage\n    currentOfferId\n  }\n": types.LiveSessionFieldsFragmentDoc,
    "\n  fragment LiveTickerFields on LiveTickerItem {\n    id\n    orderId\n    status\n    text\n    at\n  }\n": types.LiveTickerFieldsFragmentDoc,
    "\n  fragment LiveCommentFields on LiveCommentItem {\n    id\n    userId\n    authorName\n    body\n    createdAt\n  }\n": types.LiveCommentFieldsFragmentDoc,
    "\n  query LiveSessions($status: LiveSessionStatus, $first: Int, $after: String) {\n    liveSessions(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...LiveSessionFields\n        }\n      }\n    }\n  }\n": types.LiveSessionsDocument,
    "\n  query LiveRoom($id: ID!, $includeUnpinned: Boolean) {\n    liveSession(id: $id) {\n      ...LiveSessionFields\n      offers(includeUnpinned: $includeUnpinned) {\n        id\n        productId\n        skuId\n        livePriceFen\n        stockCap\n        stockLeft\n        perBuyerLimit\n        offerStartsAt\n        offerEndsAt\n        pinned\n        claimed\n        sortOrder\n        product {\n          id\n          name\n          coverImageUrl\n          priceFen\n        }\n        sku {\n          id\n          spec\n          priceFen\n        }\n      }\n      recentOrders(first: 20) {\n        ...LiveTickerFields\n      }\n      recentComments(first: 50) {\n        ...LiveCommentFields\n      }\n    }\n  }\n": types.LiveRoomDocument,
    "\n  subscription LiveUpdates($sessionId: ID!) {\n    liveUpdates(sessionId: $sessionId) {\n      sessionId\n      seq\n      status\n      orderCount\n      placedCount\n      itemCount\n      salesFen\n      likeCount\n      viewerCount\n      coalesced\n      currentOfferId\n      offers {\n        skuId\n        pinned\n        claimed\n        stockLeft\n      }\n      orders {\n        ...LiveTickerFields\n      }\n      comments {\n        ...LiveCommentFields\n      }\n      deletedCommentIds\n    }\n  }\n": types.LiveUpdatesDocument,
    "\n  mutation ScheduleLiveSession($input: ScheduleLiveSessionInput!) {\n    scheduleLiveSession(input: $input) {\n      ...LiveSessionFields\n    }\n  }\n": types.ScheduleLiveSessionDocument,
    "\n  mutation UpdateLiveSessionLinks($id: ID!, $input: UpdateLiveSessionInput!) {\n    updateLiveSession(id: $id, input: $input) {\n      ...LiveSessionFields\n    }\n  }\n": types.UpdateLiveSessionLinksDocument,
    "\n  mutation StartLiveSession($id: ID!) {\n    startLiveSession(id: $id) {\n      id\n      status\n      startedAt\n    }\n  }\n": types.StartLiveSessionDocument,
    "\n  mutation EndLiveSession($id: ID!, $replayUrl: String) {\n    endLiveSession(id: $id, replayUrl: $replayUrl) {\n      id\n      status\n      endedAt\n      replayUrl\n    }\n  }\n": types.EndLiveSessionDocument,
    "\n  mutation PinLiveProduct($input: PinLiveProductInput!) {\n    pinLiveProduct(input: $input) {\n      id\n      pinned\n    }\n  }\n": types.PinLiveProductDocument,
    "\n  mutation UnpinLiveProduct($sessionId: ID!, $skuId: ID!) {\n    unpinLiveProduct(sessionId: $sessionId, skuId: $skuId)\n  }\n": types.UnpinLiveProductDocument,
    "\n  mutation PostLiveComment($input: PostLiveCommentInput!) {\n    postLiveComment(input: $input) {\n      ...LiveCommentFields\n    }\n  }\n": types.PostLiveCommentDocument,
    "\n  mutation DeleteLiveComment($id: ID!) {\n    deleteLiveComment(id: $id)\n  }\n": types.DeleteLiveCommentDocument,
    "\n  mutation MuteLiveViewer($sessionId: ID!, $userId: ID!) {\n    muteLiveViewer(sessionId: $sessionId, userId: $userId)\n  }\n": types.MuteLiveViewerDocument,
    "\n  mutation LikeLiveSession($sessionId: ID!) {\n    likeLiveSession(sessionId: $sessionId)\n  }\n": types.LikeLiveSessionDocument,
    "\n  query LiveProductPicker($search: String) {\n    products(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          priceFen\n          skus {\n            id\n            spec\n            priceFen\n          }\n        }\n      }\n    }\n  }\n": types.LiveProductPickerDocument,
    "\n  query LivePeriodReport($countyCode: String!, $from: DateTime!, $to: DateTime!) {\n    livePeriodReport(countyCode: $countyCode, from: $from, to: $to) {\n      hosts\n      sessions\n      salesSessions\n      tourismSessions\n      orders\n      items\n      salesFen\n      summary\n      byHost {\n        hostName\n        hostTitle\n        salesSessions\n        tourismSessions\n        orders\n        salesFen\n      }\n      bySession {\n        sessionId\n        title\n        hostName\n        kind\n        startsAt\n        orders\n        items\n        paidSalesFen\n        pendingSalesFen\n        buyers\n        buyerUnits\n        uniqueViewers\n        peakViewers\n        conversion\n        averageOrderFen\n        topProducts {\n          name\n          quantity\n          salesFen\n        }\n      }\n    }\n  }\n": types.LivePeriodReportDocument,
    "\n  query LivePeriodReportXlsx($countyCode: String!, $from: DateTime!, $to: DateTime!) {\n    livePeriodReportXlsx(countyCode: $countyCode, from: $from, to: $to)\n  }\n": types.LivePeriodReportXlsxDocument,
    "\n  query LiveCheckout {\n    myAddresses {\n      ...AddressFields\n    }\n    paymentMethods {\n      ...PaymentMethodFields\n    }\n  }\n": types.LiveCheckoutDocument,
    "\n  fragment FollowFields on Follow {\n    targetKind\n    targetId\n    name\n  }\n": types.FollowFieldsFragmentDoc,
    "\n  query MyFollows {\n    myFollows {\n      ...FollowFields\n    }\n  }\n": types.MyFollowsDocument,
    "\n  mutation FollowSupplier($supplierId: ID!) {\n    followSupplier(supplierId: $supplierId) {\n      ...FollowFields\n    }\n  }\n": types.FollowSupplierDocument,
    "\n  mutation UnfollowSupplier($supplierId: ID!) {\n    unfollowSupplier(supplierId: $supplierId)\n  }\n": types.UnfollowSupplierDocument,
    "\n  mutation FollowCounty($countyCode: String!) {\n    followCounty(countyCode: $countyCode) {\n      ...FollowFields\n    }\n  }\n": types.FollowCountyDocument,
    "\n  mutation UnfollowCounty($countyCode: String!) {\n    unfollowCounty(countyCode: $countyCode)\n  }\n": types.UnfollowCountyDocument,
    "\n  mutation RequestLiveOffer($input: RequestLiveOfferInput!) {\n    requestLiveOffer(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestLiveOfferDocument,
    "\n  query LiveOfferRequestsOfSession($id: ID!) {\n    liveSession(id: $id) {\n      id\n      offerRequests {\n        id\n        status\n        requestedPriceFen\n        requestedStockCap\n        approvedPriceFen\n        approvedStockCap\n        declineReason\n        product {\n          id\n          name\n        }\n        sku {\n          id\n          spec\n        }\n      }\n    }\n  }\n": types.LiveOfferRequestsOfSessionDocument,
    "\n  query LiveRunOfShow($id: ID!) {\n    liveSession(id: $id) {\n      id\n      offers(includeUnpinned: true) {\n        id\n        placedOrderCount\n        paidOrderCount\n      }\n    }\n  }\n": types.LiveRunOfShowDocument,
    "\n  mutation SetLiveCurrentOffer($sessionId: ID!, $offerId: ID) {\n    setLiveCurrentOffer(sessionId: $sessionId, offerId: $offerId) {\n      id\n      currentOfferId\n      seq\n    }\n  }\n": types.SetLiveCurrentOfferDocument,
    "\n  mutation UpdateLiveCover($id: ID!, $coverUrl: String) {\n    updateLiveSession(id: $id, input: { coverUrl: $coverUrl }) {\n      id\n      coverUrl\n    }\n  }\n": types.UpdateLiveCoverDocument,
    "\n  query NotificationCentre {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          refType\n          refId\n          readAt\n          createdAt\n        }\n      }\n    }\n    myUnreadNotificationCount\n  }\n": types.NotificationCentreDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment BindingChangeFields on BindingChangeRequest {\n    id\n    orderId\n    orderNo\n    fromUnitName\n    toUnitName\n    reason\n    status\n    createdAt\n    decidedAt\n  }\n": types.BindingChangeFieldsFragmentDoc,
    "\n  query OrderBinding($id: ID!) {\n    order(id: $id) {\n      id\n      unitId\n      unitName\n      bindingChanges {\n        ...BindingChangeFields\n      }\n    }\n  }\n": types.OrderBindingDocument,
    "\n  query BindingChangeTargets($orderId: ID!) {\n    bindingChangeTargets(orderId: $orderId) {\n      id\n      name\n      current\n      parent\n    }\n  }\n": types.BindingChangeTargetsDocument,
    "\n  mutation RequestBindingChange($orderId: ID!, $toUnitId: ID!, $reason: String!) {\n    requestBindingChange(orderId: $orderId, toUnitId: $toUnitId, reason: $reason) {\n      ...BindingChangeFields\n    }\n  }\n": types.RequestBindingChangeDocument,
    "\n  query PendingBindingChanges {\n    pendingBindingChanges {\n      ...BindingChangeFields\n    }\n  }\n": types.PendingBindingChangesDocument,
    "\n  mutation DecideBindingChange($requestId: ID!, $approve: Boolean!) {\n    decideBindingChange(requestId: $requestId, approve: $approve) {\n      ...BindingChangeFields\n    }\n  }\n": types.DecideBindingChangeDocument,
    "\n  fragment CartItemFields on CartItem {\n    id\n    skuId\n    quantity\n    priceFen\n    details {\n      productId\n      productName\n      spec\n      supplierId\n      supplierName\n      currentPriceFen\n      sellable\n      certified\n      thumbUrl\n    }\n    purchaseLimit\n    purchaseLimitRemaining\n  }\n": types.CartItemFieldsFragmentDoc,
    "\n  fragment CartQuoteFields on CartQuote {\n    itemCount\n    itemsFen\n    shippingFen\n    totalFen\n    unavailableCount\n    groups {\n      supplierId\n      supplierName\n      itemIds\n      quantity\n      itemsFen\n      shippingFen\n      totalFen\n      missingForFreeShippingFen\n    }\n  }\n": types.CartQuoteFieldsFragmentDoc,
    "\n  query MyCart {\n    myCart {\n      ...CartItemFields\n    }\n    cartQuote {\n      ...CartQuoteFields\n    }\n  }\n": types.MyCartDocument,
    "\n  query CartCount {\n    myCart {\n      id\n      quantity\n    }\n  }\n": types.CartCountDocument,
    "\n  mutation AddToCart($input: CartLineInput!) {\n    addToCart(input: $input) {\n      ...CartItemFields\n    }\n  }\n": types.AddToCartDocument,
    "\n  mutation UpdateCartItem($input: CartLineInput!, $confirmPrice: Boolean) {\n    updateCartItem(input: $input, confirmPrice: $confirmPrice) {\n      ...CartItemFields\n    }\n  }\n": types.UpdateCartItemDocument,
    "\n  mutation RemoveFromCart($skuIds: [ID!]!) {\n    removeFromCart(skuIds: $skuIds) {\n      ...CartItemFields\n    }\n  }\n": types.RemoveFromCartDocument,
    "\n  fragment AddressFields on Address {\n    id\n    recipient\n    phone\n    province\n    city\n    district\n    provinceCode\n    cityCode\n    countyCode\n    detail\n    postalCode\n    isDefault\n  }\n": types.AddressFieldsFragmentDoc,
    "\n  fragment PaymentMethodFields on PaymentMethodInfo {\n    method\n    label\n    available\n    reason\n  }\n": types.PaymentMethodFieldsFragmentDoc,
    "\n  query CheckoutData {\n    myCart {\n      ...CartItemFields\n    }\n    cartQuote {\n      ...CartQuoteFields\n    }\n    myAddresses {\n      ...AddressFields\n    }\n    paymentMethods {\n      ...PaymentMethodFields\n    }\n  }\n": types.CheckoutDataDocument,
    "\n  mutation SaveAddress($input: AddressInput!, $id: ID) {\n    saveAddress(input: $input, id: $id) {\n      ...AddressFields\n    }\n  }\n": types.SaveAddressDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n      orderNo\n      totalFen\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  query FinanceTransfers($first: Int, $after: String, $from: String, $to: String, $sort: TransferSort, $direction: SortDirection) {\n    bankTransfers(first: $first, after: $after, from: $from, to: $to, sort: $sort, direction: $direction) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          bankTxnNo\n          payerName\n          amountFen\n          matchedFen\n          unmatchedFen\n          memo\n          receivedAt\n          suggestions {\n            orderId\n            orderNo\n            remittanceRef\n            owedFen\n            amountFen\n          }\n        }\n      }\n    }\n  }\n": types.FinanceTransfersDocument,
    "\n  query FinanceOrders(\n    $first: Int\n    $after: String\n    $search: String\n    $from: String\n    $to: String\n    $sort: OrderSort\n    $direction: SortDirection\n  ) {\n    platformOrders(first: $first, after: $after, search: $search, from: $from, to: $to, sort: $sort, direction: $direction) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          ...OrderSummaryFields\n          remittanceRef\n          refundedFen\n        }\n      }\n    }\n  }\n": types.FinanceOrdersDocument,
    "\n  mutation RecordTransfer($input: RecordTransferInput!) {\n    recordBankTransfer(input: $input) {\n      id\n      bankTxnNo\n    }\n  }\n": types.RecordTransferDocument,
    "\n  mutation MatchTransfer($transferId: ID!, $allocations: [TransferAllocationInput!]!) {\n    matchBankTransfer(transferId: $transferId, allocations: $allocations) {\n      id\n      matchedFen\n      unmatchedFen\n    }\n  }\n": types.MatchTransferDocument,
    "\n  query PaymentChecks {\n    paymentsNeedingReview {\n      id\n      provider\n      providerPaymentId\n      amountFen\n      currency\n      receivedFen\n      receivedCurrency\n      reviewNote\n      orderNos\n      createdAt\n    }\n    pendingBankRefunds {\n      id\n      orderId\n      amountFen\n      reason\n      createdAt\n    }\n  }\n": types.PaymentChecksDocument,
    "\n  mutation RefundReviewedPayment($attemptId: ID!) {\n    refundReviewedPayment(attemptId: $attemptId) {\n      id\n      status\n    }\n  }\n": types.RefundReviewedPaymentDocument,
    "\n  mutation ConfirmBankRefund($refundId: ID!, $bankTxnNo: String!) {\n    confirmBankRefund(refundId: $refundId, bankTxnNo: $bankTxnNo) {\n      id\n      status\n    }\n  }\n": types.ConfirmBankRefundDocument,
    "\n  fragment OrderSummaryFields on Order {\n    id\n    orderNo\n    status\n    paymentStatus\n    paymentMethod\n    paymentTerm\n    totalFen\n    paidFen\n    createdAt\n    supplierName\n    lines {\n      id\n      productName\n      skuSpec\n      quantity\n      unitPriceFen\n    }\n  }\n": types.OrderSummaryFieldsFragmentDoc,
    "\n  fragment OrderAddressFields on OrderAddress {\n    recipient\n    phone\n    province\n    city\n    district\n    detail\n  }\n": types.OrderAddressFieldsFragmentDoc,
    "\n  fragment OrderShippingFields on Order {\n    shipDeadlineDays\n    ...OrderShipDeadlineFields\n    carrier\n    trackingNo\n    address {\n      ...OrderAddressFields\n    }\n  }\n": types.OrderShippingFieldsFragmentDoc,
    "\n  query MyOrders($first: Int, $after: String, $status: OrderStatus) {\n    myOrders(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...OrderSummaryFields\n        }\n      }\n    }\n  }\n": types.MyOrdersDocument,
    "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      ...OrderSummaryFields\n      buyerId\n      supplierId\n      purpose\n      itemsFen\n      shippingFen\n      refundedFen\n      remittanceRef\n      payDeadline\n      termExtended\n      ...OrderShippingFields\n      ...OrderParcelFields\n      rating\n      ratingComment\n      cancelReason\n      invoice {\n        title\n        taxNo\n      }\n      lines {\n        id\n        productName\n        skuSpec\n        quantity\n        unitPriceFen\n        amountFen\n        certified\n        refundedQuantity\n      }\n      timeline {\n        id\n        action\n        fromStatus\n        toStatus\n        actorRole\n        note\n        createdAt\n      }\n      refunds {\n        id\n        amountFen\n        method\n        status\n        reason\n        createdAt\n      }\n    }\n    platformBankAccount {\n      accountName\n      bankName\n      accountNo\n    }\n  }\n": types.OrderDetailDocument,
    "\n  mutation CancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CancelOrderDocument,
    "\n  mutation ConfirmReceipt($orderId: ID!) {\n    confirmReceipt(orderId: $orderId) {\n      id\n      status\n    }\n  }\n": types.ConfirmReceiptDocument,
    "\n  mutation RateOrder($input: RateOrderInput!) {\n    rateOrder(input: $input) {\n      id\n      status\n      rating\n      ratingComment\n    }\n  }\n": types.RateOrderDocument,
    "\n  mutation ExtendTerm($orderId: ID!) {\n    extendPaymentTerm(orderId: $orderId) {\n      id\n      payDeadline\n      termExtended\n    }\n  }\n": types.ExtendTermDocument,
    "\n  fragment OrderShipDeadlineFields on Order {\n    id\n    shipDueAt\n    shipOverdue\n  }\n": types.OrderShipDeadlineFieldsFragmentDoc,
    "\n  query OnlineMethods {\n    paymentMethods {\n      method\n      label\n      available\n    }\n  }\n": types.OnlineMethodsDocument,
    "\n  mutation StartPayment($orderIds: [ID!]!, $device: PayerDevice, $method: PaymentMethod) {\n    startPayment(orderIds: $orderIds, device: $device, method: $method) {\n      method\n      amountFen\n      clientSecret\n      publishableKey\n      paymentIntentId\n      codeUrl\n      h5Url\n      redirectUrl\n    }\n  }\n": types.StartPaymentDocument,
    "\n  mutation CheckPayment($orderId: ID!) {\n    checkPayment(orderId: $orderId) {\n      attemptId\n      state\n      result\n    }\n  }\n": types.CheckPaymentDocument,
    "\n  query PaymentReceipt($orderId: ID!) {\n    paymentReceipt(orderId: $orderId) {\n      receiptNo\n      orderNo\n      remittanceRef\n      payerName\n      payeeName\n      payeeBank\n      payeeAccount\n      totalFen\n      receivedFen\n      amountInWords\n      issuedAt\n      transfers {\n        bankTxnNo\n        payerName\n        payerAccount\n        amountFen\n        receivedAt\n      }\n    }\n  }\n": types.PaymentReceiptDocument,
    "\n  fragment SkuLimitFields on ProductSku {\n    id\n    spec\n    purchaseLimit\n  }\n": types.SkuLimitFieldsFragmentDoc,
    "\n  query SkuPurchaseLimits($productId: ID!) {\n    product(id: $productId) {\n      id\n      skus {\n        ...SkuLimitFields\n        purchaseLimitRemaining\n      }\n    }\n  }\n": types.SkuPurchaseLimitsDocument,
    "\n  query EditorSkuPurchaseLimits($productId: ID!) {\n    productForEdit(id: $productId) {\n      id\n      skus {\n        ...SkuLimitFields\n      }\n    }\n  }\n": types.EditorSkuPurchaseLimitsDocument,
    "\n  mutation SetPurchaseLimit($skuId: ID!, $perBuyer: Int) {\n    setPurchaseLimit(skuId: $skuId, perBuyer: $perBuyer)\n  }\n": types.SetPurchaseLimitDocument,
    "\n  query RefundDetails($id: ID!) {\n    order(id: $id) {\n      id\n      orderNo\n      shippingFen\n      paidFen\n      refundedFen\n      lines {\n        id\n        productName\n        skuSpec\n        quantity\n        unitPriceFen\n        refundedQuantity\n      }\n      refunds {\n        id\n        status\n        kind\n        amountFen\n        lines {\n          lineId\n          quantity\n        }\n      }\n    }\n  }\n": types.RefundDetailsDocument,
    "\n  mutation RefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      id\n      status\n      amountFen\n    }\n  }\n": types.RefundOrderDocument,
    "\n  query RegionChildren($parentCode: String!) {\n    regions(parentCode: $parentCode) {\n      code\n      name\n      level\n    }\n  }\n": types.RegionChildrenDocument,
    "\n  query Carriers {\n    carriers {\n      code\n      name\n      shapeHint\n      pattern\n    }\n  }\n": types.CarriersDocument,
    "\n  fragment OrderParcelFields on Order {\n    parcels {\n      id\n      carrierCode\n      carrierName\n      trackingNo\n      trackingUrl\n      note\n      items {\n        lineId\n        quantity\n      }\n    }\n  }\n": types.OrderParcelFieldsFragmentDoc,
    "\n  mutation ShipOrderParcels($input: ShipParcelsInput!) {\n    shipOrderParcels(input: $input) {\n      id\n      status\n      carrier\n      trackingNo\n      ...OrderParcelFields\n    }\n  }\n": types.ShipOrderParcelsDocument,
    "\n  fragment OrderParcelBrief on Order {\n    parcels {\n      id\n      carrierName\n      trackingNo\n      trackingUrl\n    }\n  }\n": types.OrderParcelBriefFragmentDoc,
    "\n  mutation AddOrderParcel($input: AddParcelInput!) {\n    addOrderParcel(input: $input) {\n      id\n      ...OrderParcelBrief\n    }\n  }\n": types.AddOrderParcelDocument,
    "\n  query SupplierOrders(\n    $first: Int\n    $after: String\n    $status: OrderStatus\n    $from: String\n    $to: String\n    $sort: OrderSort\n    $direction: SortDirection\n  ) {\n    supplierOrders(first: $first, after: $after, status: $status, from: $from, to: $to, sort: $sort, direction: $direction) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...OrderSummaryFields\n          ...OrderShippingFields\n          ...OrderParcelBrief\n        }\n      }\n    }\n  }\n": types.SupplierOrdersDocument,
    "\n  mutation ShipOrder($input: ShipOrderInput!) {\n    shipOrder(input: $input) {\n      id\n      status\n      carrier\n      trackingNo\n    }\n  }\n": types.ShipOrderDocument,
    "\n  query ProviderReconciliation {\n    providerReconciliation {\n      runs {\n        id\n        provider\n        day\n        trigger\n        finishedAt\n        attemptsChecked\n        refundsChecked\n        differenceCount\n        error\n      }\n      differences {\n        id\n        provider\n        kind\n        kindLabel\n        providerRef\n        orderNos\n        oursFen\n        theirsFen\n        oursState\n        theirsState\n        action\n      }\n    }\n  }\n": types.ProviderReconciliationDocument,
    "\n  mutation RunProviderReconciliation($day: String) {\n    runProviderReconciliation(day: $day) {\n      id\n      provider\n      differenceCount\n    }\n  }\n": types.RunProviderReconciliationDocument,
    "\n  query PaymentProviderStatus {\n    paymentProviderStatus {\n      name\n      label\n      live\n      reconciles\n      lastNotificationAt\n      lastReconciliationAt\n      lastReconciliationDifferences\n      lastReconciliationError\n    }\n  }\n": types.PaymentProviderStatusDocument,
    "\n  fragment PersonFields on Person {\n    id\n    displayName\n    maskedPhone\n    unitName\n    suspended\n    roles {\n      id\n      role\n      scopeLabel\n      unitId\n      supplierId\n      regionCode\n    }\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  query People($search: String, $role: Role, $first: Int, $after: String) {\n    people(search: $search, role: $role, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query RoleHolders($scope: RoleScopeInput!) {\n    roleHolders(scope: $scope) {\n      ...PersonFields\n    }\n  }\n": types.RoleHoldersDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation WithdrawRole($input: WithdrawRoleInput!) {\n    withdrawRole(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.WithdrawRoleDocument,
    "\n  mutation SuspendAccount($input: AccountStatusInput!) {\n    suspendAccount(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.SuspendAccountDocument,
    "\n  mutation RestoreAccount($input: AccountStatusInput!) {\n    restoreAccount(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.RestoreAccountDocument,
    "\n  query RoleAuditLog($userId: ID, $first: Int, $after: String, $from: String, $to: String) {\n    roleAuditLog(userId: $userId, first: $first, after: $after, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorName\n          actorRole\n          targetName\n          role\n          scopeLabel\n          reason\n          createdAt\n        }\n      }\n    }\n  }\n": types.RoleAuditLogDocument,
    "\n  query ExportRoleAuditLog($userId: ID, $from: String, $to: String) {\n    exportRoleAuditLog(userId: $userId, from: $from, to: $to) {\n      filename\n      contentBase64\n    }\n  }\n": types.ExportRoleAuditLogDocument,
    "\n  query ScopeChoices {\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ScopeChoicesDocument,
    "\n  query UnitChoices($search: String!) {\n    searchWorkUnits(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          regionName\n        }\n      }\n    }\n  }\n": types.UnitChoicesDocument,
    "\n  query UnitQuotaDashboard($unitId: ID!, $year: Int!) {\n    unitQuotaDashboard(unitId: $unitId, year: $year) {\n      unitId\n      unitName\n      year\n      targetFen\n      targetProvisional\n      filingStatus\n      orderedFen\n      completedFen\n      remainingFen\n      rate\n      pace\n      status\n      daysLeft\n      rolledUp {\n        unitCount\n        targetFen\n        orderedFen\n        completedFen\n      }\n      months {\n        month\n        orderedFen\n        completedFen\n      }\n      topProducts {\n        id\n        name\n        orderedFen\n      }\n      topSuppliers {\n        id\n        name\n        orderedFen\n      }\n      members {\n        userId\n        displayName\n        orderedFen\n        completedFen\n      }\n    }\n    myQuotaReminders {\n      id\n      message\n      readAt\n      createdAt\n    }\n    myUnreadQuotaReminderCount\n  }\n": types.UnitQuotaDashboardDocument,
    "\n  mutation MarkQuotaReminderRead($id: ID!) {\n    markQuotaReminderRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkQuotaReminderReadDocument,
    "\n  mutation MarkAllQuotaRemindersRead {\n    markAllQuotaRemindersRead\n  }\n": types.MarkAllQuotaRemindersReadDocument,
    "\n  fragment QuotaTotalsFields on QuotaTotals {\n    targetFen\n    orderedFen\n    completedFen\n    rate\n  }\n": types.QuotaTotalsFieldsFragmentDoc,
    "\n  fragment BulletinRowFields on QuotaRankingRow {\n    unitId\n    name\n    parentName\n    hasCanteen\n    targetFen\n    orderedFen\n    completedFen\n    rate\n    rank\n    tied\n  }\n": types.BulletinRowFieldsFragmentDoc,
    "\n  query JurisdictionRanking(\n    $regionCode: String!\n    $year: Int!\n    $sort: RankingSort\n    $descending: Boolean\n    $status: PaceStatus\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    jurisdictionRanking(\n      regionCode: $regionCode\n      year: $year\n      sort: $sort\n      descending: $descending\n      status: $status\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      regionCode\n      year\n      pace\n      totalCount\n      totals {\n        ...QuotaTotalsFields\n      }\n      rows {\n        ...BulletinRowFields\n        targetProvisional\n        filingStatus\n        filingOverdue\n        status\n        rolledUp {\n          unitCount\n          targetFen\n          orderedFen\n          completedFen\n          rate\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.JurisdictionRankingDocument,
    "\n  query BulletinRanking($regionCode: String!, $year: Int!, $first: Int, $after: String) {\n    jurisdictionRanking(regionCode: $regionCode, year: $year, first: $first, after: $after) {\n      totalCount\n      totals {\n        ...QuotaTotalsFields\n      }\n      rows {\n        ...BulletinRowFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.BulletinRankingDocument,
    "\n  query QuotaBulletin($regionCode: String!, $year: Int!, $format: BulletinFormat!) {\n    quotaBulletin(regionCode: $regionCode, year: $year, format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.QuotaBulletinDocument,
    "\n  mutation SendQuotaReminders($regionCode: String!, $year: Int!) {\n    sendQuotaReminders(regionCode: $regionCode, year: $year)\n  }\n": types.SendQuotaRemindersDocument,
    "\n  fragment QuotaFilingFields on QuotaFiling {\n    id\n    status\n    headcount\n    canteenMode\n    canteenBudgetFen\n    ratioPercent\n    unionBudgetFen\n    targetFen\n    returnReason\n  }\n": types.QuotaFilingFieldsFragmentDoc,
    "\n  query QuotaFiling($unitId: ID!, $year: Int!) {\n    quotaFiling(unitId: $unitId, year: $year) {\n      ...QuotaFilingFields\n    }\n  }\n": types.QuotaFilingDocument,
    "\n  mutation FileQuota($input: FileQuotaInput!) {\n    fileQuota(input: $input) {\n      ...QuotaFilingFields\n    }\n  }\n": types.FileQuotaDocument,
    "\n  query QuotaFilings($regionCode: String!, $year: Int!, $status: String, $first: Int, $after: String) {\n    quotaFilings(regionCode: $regionCode, year: $year, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          unitId\n          unitName\n          status\n          headcount\n          canteenMode\n          canteenBudgetFen\n          targetFen\n          filedAt\n        }\n      }\n    }\n  }\n": types.QuotaFilingsDocument,
    "\n  mutation ReviewQuotaFiling($filingId: ID!, $approve: Boolean!, $reason: String) {\n    reviewQuotaFiling(filingId: $filingId, approve: $approve, reason: $reason) {\n      id\n      status\n      returnReason\n    }\n  }\n": types.ReviewQuotaFilingDocument,
    "\n  query ReconciliationStatus {\n    reconciliationStatus {\n      ranAt\n      clean\n      differenceCount\n    }\n  }\n": types.ReconciliationStatusDocument,
    "\n  mutation RunReconciliation {\n    runReconciliation {\n      id\n      clean\n      differenceCount\n    }\n  }\n": types.RunReconciliationDocument,
    "\n  query EventDeadLetters {\n    eventDeadLetters {\n      consumer\n      eventId\n      eventType\n      orderNo\n      attempts\n      lastError\n      lastFailedAt\n      nextAttemptAt\n      parkedAt\n      waitingBehind\n    }\n  }\n": types.EventDeadLettersDocument,
    "\n  mutation RetryDeadLetterEvent($consumer: String!, $eventId: ID!) {\n    retryDeadLetterEvent(consumer: $consumer, eventId: $eventId) {\n      delivered\n    }\n  }\n": types.RetryDeadLetterEventDocument,
    "\n  query SupplierReviewQueue($status: SupplierStatus, $first: Int, $after: String) {\n    # each card asks for ~40 fields: 20 a page stays within the query cost limit (50 cost 2,120 > 2,000)\n    supplierReviewQueue(status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...SupplierStatusFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.SupplierReviewQueueDocument,
    "\n  query CertificationReviewQueue {\n    certificationReviewQueue {\n      id\n      certificateNo\n      issuedBy\n      batch\n      validFrom\n      validTo\n      evidenceImageUrl\n      product {\n        id\n        name\n      }\n    }\n  }\n": types.CertificationReviewQueueDocument,
    "\n  mutation RecommendSupplier($input: SupplierDecisionInput!) {\n    recommendSupplier(input: $input) {\n      id\n      status\n    }\n  }\n": types.RecommendSupplierDocument,
    "\n  mutation CountyRejectSupplier($input: SupplierDecisionInput!) {\n    countyRejectSupplier(input: $input) {\n      id\n      status\n    }\n  }\n": types.CountyRejectSupplierDocument,
    "\n  mutation ApproveSupplier($input: SupplierDecisionInput!) {\n    approveSupplier(input: $input) {\n      id\n      status\n    }\n  }\n": types.ApproveSupplierDocument,
    "\n  mutation PlatformRejectSupplier($input: SupplierDecisionInput!) {\n    platformRejectSupplier(input: $input) {\n      id\n      status\n    }\n  }\n": types.PlatformRejectSupplierDocument,
    "\n  mutation SuspendSupplier($input: SupplierDecisionInput!) {\n    suspendSupplier(input: $input) {\n      id\n      status\n    }\n  }\n": types.SuspendSupplierDocument,
    "\n  mutation ReinstateSupplier($input: SupplierDecisionInput!) {\n    reinstateSupplier(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReinstateSupplierDocument,
    "\n  mutation VerifyCertification($input: CertificationDecisionInput!) {\n    verifyCertification(input: $input) {\n      id\n    }\n  }\n": types.VerifyCertificationDocument,
    "\n  mutation RejectCertification($input: CertificationDecisionInput!) {\n    rejectCertification(input: $input) {\n      id\n    }\n  }\n": types.RejectCertificationDocument,
    "\n  fragment SupplierStatusFields on Supplier {\n    id\n    name\n    kind\n    enterpriseLevel\n    status\n    county {\n      code\n      name\n      fullName\n    }\n    application {\n      supplierId\n      creditCode\n      contactName\n      contactPhone\n      bankName\n      bankAccountName\n      bankAccountNo\n      licenseImageUrl\n      benefitDescription\n      appliedAt\n    }\n    nextStep {\n      text\n      countyHasReviewer\n    }\n    reviewSteps {\n      id\n      action\n      fromStatus\n      toStatus\n      reason\n      actorName\n      createdAt\n    }\n  }\n": types.SupplierStatusFieldsFragmentDoc,
    "\n  query MySuppliers {\n    mySuppliers {\n      ...SupplierStatusFields\n    }\n  }\n": types.MySuppliersDocument,
    "\n  mutation ApplyAsSupplier($input: SupplierApplicationInput!) {\n    applyAsSupplier(input: $input) {\n      ...SupplierStatusFields\n    }\n  }\n": types.ApplyAsSupplierDocument,
    "\n  query ApplyCounties {\n    counties: regions(level: county, served: true) {\n      code\n      fullName\n    }\n  }\n": types.ApplyCountiesDocument,
    "\n  fragment EditorProductFields on Product {\n    id\n    supplierId\n    name\n    category\n    description\n    shelfStatus\n    offShelfReason\n    certified\n    images {\n      url\n      thumbUrl\n    }\n    skus {\n      id\n      spec\n      unit\n      priceFen\n      available\n      reserved\n      weightGrams\n    }\n  }\n": types.EditorProductFieldsFragmentDoc,
    "\n  query SupplierProducts($supplierId: ID!, $after: String) {\n    supplierProducts(supplierId: $supplierId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...EditorProductFields\n        }\n      }\n    }\n    lowStockSkus(supplierId: $supplierId) {\n      productId\n      productName\n      sku {\n        id\n        spec\n        available\n      }\n    }\n  }\n": types.SupplierProductsDocument,
    "\n  query ProductForEdit($id: ID!) {\n    productForEdit(id: $id) {\n      ...EditorProductFields\n    }\n    productCertifications(productId: $id) {\n      id\n      certificateNo\n      issuedBy\n      batch\n      validFrom\n      validTo\n      verifiedAt\n      rejectedReason\n      current\n    }\n  }\n": types.ProductForEditDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...EditorProductFields\n    }\n  }\n": types.CreateProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      ...EditorProductFields\n    }\n  }\n": types.UpdateProductDocument,
    "\n  mutation SetProductStatus($input: SetProductStatusInput!) {\n    setProductStatus(input: $input) {\n      id\n      shelfStatus\n      offShelfReason\n    }\n  }\n": types.SetProductStatusDocument,
    "\n  mutation AdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) {\n      id\n      available\n      reserved\n    }\n  }\n": types.AdjustStockDocument,
    "\n  query StockMovements($skuId: ID!) {\n    stockMovements(skuId: $skuId, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          availableDelta\n          reservedDelta\n          reason\n          refType\n          createdAt\n        }\n      }\n    }\n  }\n": types.StockMovementsDocument,
    "\n  mutation SubmitCertification($input: SubmitCertificationInput!) {\n    submitCertification(input: $input) {\n      id\n    }\n  }\n": types.SubmitCertificationDocument,
    "\n  query ProductImportJob($id: ID!) {\n    productImportJob(id: $id) {\n      id\n      fileName\n      status\n      totalRows\n      validRows\n      processedRows\n      importedProducts\n      errorCount\n      failureMessage\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.ProductImportJobDocument,
    "\n  mutation ConfirmProductImport($id: ID!) {\n    confirmProductImport(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConfirmProductImportDocument,
    "\n  query MyNotifications {\n    myNotifications(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          readAt\n          createdAt\n        }\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  query LiveOfferRequests($status: LiveOfferRequestStatus) {\n    liveOfferRequests(status: $status, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          requestedPriceFen\n          requestedStockCap\n          note\n          createdAt\n          session {\n            id\n            title\n            hostName\n            startsAt\n          }\n          product {\n            id\n            name\n          }\n          sku {\n            id\n            spec\n            priceFen\n          }\n        }\n      }\n    }\n  }\n": types.LiveOfferRequestsDocument,
    "\n  mutation AnswerLiveOfferRequest($input: AnswerLiveOfferRequestInput!) {\n    answerLiveOfferRequest(input: $input) {\n      id\n      status\n      approvedPriceFen\n      approvedStockCap\n    }\n  }\n": types.AnswerLiveOfferRequestDocument,
    "\n  query UnitInvitePreview($code: String!) {\n    unitInvitePreview(input: { code: $code }) {\n      code\n      unitId\n      unitName\n      regionCode\n      expiresAt\n    }\n  }\n": types.UnitInvitePreviewDocument,
    "\n  mutation JoinUnitByCode($code: String!) {\n    joinUnitByCode(input: { code: $code }) {\n      id\n      name\n    }\n  }\n": types.JoinUnitByCodeDocument,
    "\n  mutation LeaveUnit {\n    leaveUnit\n  }\n": types.LeaveUnitDocument,
    "\n  query ActiveUnitInvite($unitId: ID!) {\n    activeUnitInvite(unitId: $unitId) {\n      id\n      code\n      link\n      expiresAt\n    }\n  }\n": types.ActiveUnitInviteDocument,
    "\n  mutation CreateUnitInvite($unitId: ID!) {\n    createUnitInvite(input: { unitId: $unitId }) {\n      id\n      code\n      link\n      expiresAt\n    }\n  }\n": types.CreateUnitInviteDocument,
    "\n  query UnitJoinRequests($unitId: ID!) {\n    unitJoinRequests(unitId: $unitId) {\n      id\n      userId\n      userDisplayName\n      status\n      createdAt\n    }\n  }\n": types.UnitJoinRequestsDocument,
    "\n  mutation DecideUnitJoinRequest($requestId: ID!, $approve: Boolean!, $reason: String) {\n    decideUnitJoinRequest(requestId: $requestId, approve: $approve, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n": types.DecideUnitJoinRequestDocument,
    "\n  query UnitMembers($unitId: ID!) {\n    unitMembers(unitId: $unitId) {\n      id\n      displayName\n    }\n  }\n": types.UnitMembersDocument,
    "\n  mutation RemoveUnitMember($unitId: ID!, $userId: ID!) {\n    removeUnitMember(unitId: $unitId, userId: $userId)\n  }\n": types.RemoveUnitMemberDocument,
    "\n  query SearchWorkUnits($search: String!, $first: Int, $after: String) {\n    searchWorkUnits(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          regionCode\n          regionName\n          parentName\n        }\n      }\n    }\n  }\n": types.SearchWorkUnitsDocument,
    "\n  mutation RequestToJoinUnit($unitId: ID!) {\n    requestToJoinUnit(input: { unitId: $unitId }) {\n      id\n      status\n    }\n  }\n": types.RequestToJoinUnitDocument,
    "\n  query MyUnitJoinRequests {\n    myUnitJoinRequests {\n      id\n      unitId\n      unitName\n      status\n      reason\n      createdAt\n      decidedAt\n    }\n  }\n": types.MyUnitJoinRequestsDocument,
    "\n  mutation WithdrawUnitJoinRequest($requestId: ID!) {\n    withdrawUnitJoinRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": types.WithdrawUnitJoinRequestDocument,
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
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionName($code: String!) {\n    region(code: $code) {\n      code\n      name\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query RegionName($code: String!) {\n    region(code: $code) {\n      code\n      name\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportRowFields on ReportRow {\n    key\n    label\n    households\n    people\n    amountFen\n  }\n"): (typeof documents)["\n  fragment ReportRowFields on ReportRow {\n    key\n    label\n    households\n    people\n    amountFen\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdSummaryFields on HouseholdView {\n    id\n    householdNo\n    headNameMasked\n    villageName\n    members\n    category\n  }\n"): (typeof documents)["\n  fragment HouseholdSummaryFields on HouseholdView {\n    id\n    householdNo\n    headNameMasked\n    villageName\n    members\n    category\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttributionReport($regionCode: String!, $year: Int) {\n    attributionReport(regionCode: $regionCode, year: $year) {\n      regionCode\n      regionName\n      year\n      households\n      people\n      totalFen\n      averagePerHouseholdFen\n      sentence\n      basis\n      byCategory {\n        ...ReportRowFields\n      }\n      byVillage {\n        ...ReportRowFields\n      }\n      bySupplier {\n        ...ReportRowFields\n      }\n      byProduct {\n        ...ReportRowFields\n      }\n      byUnit {\n        ...ReportRowFields\n      }\n      bySession {\n        ...ReportRowFields\n      }\n      byMonth {\n        ...ReportRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttributionReport($regionCode: String!, $year: Int) {\n    attributionReport(regionCode: $regionCode, year: $year) {\n      regionCode\n      regionName\n      year\n      households\n      people\n      totalFen\n      averagePerHouseholdFen\n      sentence\n      basis\n      byCategory {\n        ...ReportRowFields\n      }\n      byVillage {\n        ...ReportRowFields\n      }\n      bySupplier {\n        ...ReportRowFields\n      }\n      byProduct {\n        ...ReportRowFields\n      }\n      byUnit {\n        ...ReportRowFields\n      }\n      bySession {\n        ...ReportRowFields\n      }\n      byMonth {\n        ...ReportRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncomeAlerts($countyCode: String!, $year: Int, $first: Int, $after: String) {\n    incomeAlerts(countyCode: $countyCode, year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          status\n          perCapitaFen\n          recordedPerCapitaFen\n          attributedFen\n          otherIncomeFen\n          household {\n            ...HouseholdSummaryFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncomeAlerts($countyCode: String!, $year: Int, $first: Int, $after: String) {\n    incomeAlerts(countyCode: $countyCode, year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          status\n          perCapitaFen\n          recordedPerCapitaFen\n          attributedFen\n          otherIncomeFen\n          household {\n            ...HouseholdSummaryFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportAttributionReport($regionCode: String!, $year: Int) {\n    exportAttributionReport(regionCode: $regionCode, year: $year) {\n      filename\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  mutation ExportAttributionReport($regionCode: String!, $year: Int) {\n    exportAttributionReport(regionCode: $regionCode, year: $year) {\n      filename\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Households($countyCode: String!, $search: String, $first: Int, $after: String) {\n    households(countyCode: $countyCode, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...HouseholdSummaryFields\n          idNumberMasked\n          incomePerCapitaFen\n          helpers\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Households($countyCode: String!, $search: String, $first: Int, $after: String) {\n    households(countyCode: $countyCode, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...HouseholdSummaryFields\n          idNumberMasked\n          incomePerCapitaFen\n          helpers\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportHouseholds($countyCode: String!) {\n    exportHouseholds(countyCode: $countyCode) {\n      filename\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  mutation ExportHouseholds($countyCode: String!) {\n    exportHouseholds(countyCode: $countyCode) {\n      filename\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealHousehold($id: ID!, $reason: String!) {\n    revealHousehold(id: $id, reason: $reason) {\n      id\n      headName\n      idNumber\n    }\n  }\n"): (typeof documents)["\n  mutation RevealHousehold($id: ID!, $reason: String!) {\n    revealHousehold(id: $id, reason: $reason) {\n      id\n      headName\n      idNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdIncome($id: ID!, $year: Int) {\n    householdIncome(id: $id, year: $year) {\n      year\n      attributedFen\n      otherIncomeFen\n      totalFen\n      recordedPerCapitaFen\n      addedPerCapitaFen\n      perCapitaFen\n      basis\n      povertyLinePerCapitaFen\n      monitoringLinePerCapitaFen\n      status\n      byMonth {\n        key\n        amountFen\n      }\n      recentEntries {\n        id\n        orderNo\n        amountFen\n        reversesId\n        month\n      }\n      otherIncome {\n        id\n        kind\n        amountFen\n        note\n      }\n      household {\n        ...HouseholdSummaryFields\n        idNumberMasked\n        helpers\n      }\n    }\n  }\n"): (typeof documents)["\n  query HouseholdIncome($id: ID!, $year: Int) {\n    householdIncome(id: $id, year: $year) {\n      year\n      attributedFen\n      otherIncomeFen\n      totalFen\n      recordedPerCapitaFen\n      addedPerCapitaFen\n      perCapitaFen\n      basis\n      povertyLinePerCapitaFen\n      monitoringLinePerCapitaFen\n      status\n      byMonth {\n        key\n        amountFen\n      }\n      recentEntries {\n        id\n        orderNo\n        amountFen\n        reversesId\n        month\n      }\n      otherIncome {\n        id\n        kind\n        amountFen\n        note\n      }\n      household {\n        ...HouseholdSummaryFields\n        idNumberMasked\n        helpers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOtherIncome($input: OtherIncomeInput!) {\n    recordOtherIncome(input: $input) {\n      id\n      amountFen\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOtherIncome($input: OtherIncomeInput!) {\n    recordOtherIncome(input: $input) {\n      id\n      amountFen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdAccessLog($countyCode: String!, $first: Int, $after: String, $from: String, $to: String) {\n    householdAccessLog(countyCode: $countyCode, first: $first, after: $after, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          action\n          householdId\n          householdNo\n          userName\n          detail\n          ip\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HouseholdAccessLog($countyCode: String!, $first: Int, $after: String, $from: String, $to: String) {\n    householdAccessLog(countyCode: $countyCode, first: $first, after: $after, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          action\n          householdId\n          householdNo\n          userName\n          detail\n          ip\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportHouseholdAccessLog($countyCode: String!, $from: String, $to: String) {\n    exportHouseholdAccessLog(countyCode: $countyCode, from: $from, to: $to) {\n      filename\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ExportHouseholdAccessLog($countyCode: String!, $from: String, $to: String) {\n    exportHouseholdAccessLog(countyCode: $countyCode, from: $from, to: $to) {\n      filename\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    displayName\n    username\n    phone\n    email\n    createdAt\n    roles {\n      role\n      scopeLabel\n      unitId\n      supplierId\n      regionCode\n    }\n    unit {\n      id\n      name\n      headcount\n      region {\n        code\n        name\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    displayName\n    username\n    phone\n    email\n    createdAt\n    roles {\n      role\n      scopeLabel\n      unitId\n      supplierId\n      regionCode\n    }\n    unit {\n      id\n      name\n      headcount\n      region {\n        code\n        name\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthSessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  fragment AuthSessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query SmsAvailable {\n    smsAvailable\n  }\n"): (typeof documents)["\n  query SmsAvailable {\n    smsAvailable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSmsCode($input: RequestSmsCodeInput!) {\n    requestSmsCode(input: $input) {\n      phone\n      validSeconds\n      resendAfterSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSmsCode($input: RequestSmsCodeInput!) {\n    requestSmsCode(input: $input) {\n      phone\n      validSeconds\n      resendAfterSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SmsCaptcha {\n    smsCaptcha {\n      id\n      svg\n    }\n  }\n"): (typeof documents)["\n  mutation SmsCaptcha {\n    smsCaptcha {\n      id\n      svg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginBySms($input: SmsLoginInput!) {\n    loginBySms(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation LoginBySms($input: SmsLoginInput!) {\n    loginBySms(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterBySms($input: RegisterBySmsInput!) {\n    registerBySms(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterBySms($input: RegisterBySmsInput!) {\n    registerBySms(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordBySms($input: ResetPasswordBySmsInput!) {\n    resetPasswordBySms(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPasswordBySms($input: ResetPasswordBySmsInput!) {\n    resetPasswordBySms(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePhone($input: ChangePhoneInput!) {\n    changePhone(input: $input) {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePhone($input: ChangePhoneInput!) {\n    changePhone(input: $input) {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCardFields on Product {\n    id\n    name\n    category\n    priceFen\n    coverImageUrl\n    certified\n    stockState\n    salesCount\n    county {\n      code\n      name\n    }\n    supplier {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProductCardFields on Product {\n    id\n    name\n    category\n    priceFen\n    coverImageUrl\n    certified\n    stockState\n    salesCount\n    county {\n      code\n      name\n    }\n    supplier {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    featured: products(sort: sales, first: 8) {\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n    }\n    categories {\n      category\n      productCount\n    }\n    counties: regions(level: county, served: true) {\n      code\n      name\n      fullName\n      productCount\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    featured: products(sort: sales, first: 8) {\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n    }\n    categories {\n      category\n      productCount\n    }\n    counties: regions(level: county, served: true) {\n      code\n      name\n      fullName\n      productCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFilters {\n    counties: regions(level: county, served: true) {\n      code\n      name\n      productCount\n    }\n  }\n"): (typeof documents)["\n  query SearchFilters {\n    counties: regions(level: county, served: true) {\n      code\n      name\n      productCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchProducts(\n    $search: String\n    $countyCode: String\n    $category: ProductCategory\n    $certifiedOnly: Boolean\n    $sort: ProductSort\n    $first: Int\n    $after: String\n    $withCounts: Boolean! = true\n  ) {\n    products(\n      search: $search\n      countyCode: $countyCode\n      category: $category\n      certifiedOnly: $certifiedOnly\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      categoryCounts @include(if: $withCounts) {\n        category\n        productCount\n      }\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchProducts(\n    $search: String\n    $countyCode: String\n    $category: ProductCategory\n    $certifiedOnly: Boolean\n    $sort: ProductSort\n    $first: Int\n    $after: String\n    $withCounts: Boolean! = true\n  ) {\n    products(\n      search: $search\n      countyCode: $countyCode\n      category: $category\n      certifiedOnly: $certifiedOnly\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      categoryCounts @include(if: $withCounts) {\n        category\n        productCount\n      }\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductRatings($productId: ID!) {\n    productRatings(productId: $productId, first: 10) {\n      count\n      average\n      items {\n        id\n        rating\n        comment\n        spec\n        ratedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductRatings($productId: ID!) {\n    productRatings(productId: $productId, first: 10) {\n      count\n      average\n      items {\n        id\n        rating\n        comment\n        spec\n        ratedAt\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment OrderInvoiceFields on OrderInvoice {\n    kind\n    title\n    taxNo\n    bankName\n    bankAccount\n    address\n    phone\n  }\n"): (typeof documents)["\n  fragment OrderInvoiceFields on OrderInvoice {\n    kind\n    title\n    taxNo\n    bankName\n    bankAccount\n    address\n    phone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderInvoice($id: ID!) {\n    order(id: $id) {\n      id\n      orderNo\n      status\n      buyerId\n      unitId\n      invoice {\n        ...OrderInvoiceFields\n      }\n      issuedInvoice {\n        id\n        invoiceNo\n        kind\n        format\n        issuedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderInvoice($id: ID!) {\n    order(id: $id) {\n      id\n      orderNo\n      status\n      buyerId\n      unitId\n      invoice {\n        ...OrderInvoiceFields\n      }\n      issuedInvoice {\n        id\n        invoiceNo\n        kind\n        format\n        issuedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestInvoice($orderId: ID!, $input: InvoiceInput!) {\n    requestInvoice(orderId: $orderId, input: $input) {\n      id\n      invoice {\n        ...OrderInvoiceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestInvoice($orderId: ID!, $input: InvoiceInput!) {\n    requestInvoice(orderId: $orderId, input: $input) {\n      id\n      invoice {\n        ...OrderInvoiceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceRequests {\n    invoiceProviderAvailable\n    invoiceRequests {\n      id\n      orderNo\n      status\n      totalFen\n      createdAt\n      invoice {\n        ...OrderInvoiceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceRequests {\n    invoiceProviderAvailable\n    invoiceRequests {\n      id\n      orderNo\n      status\n      totalFen\n      createdAt\n      invoice {\n        ...OrderInvoiceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoiceThroughProvider($orderId: ID!) {\n    issueInvoiceThroughProvider(orderId: $orderId) {\n      id\n      invoiceNo\n    }\n  }\n"): (typeof documents)["\n  mutation IssueInvoiceThroughProvider($orderId: ID!) {\n    issueInvoiceThroughProvider(orderId: $orderId) {\n      id\n      invoiceNo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcurementListPage($orderId: ID, $unitId: ID, $month: String) {\n    procurementList(orderId: $orderId, unitId: $unitId, month: $month) {\n      title\n      unitName\n      month\n      totalFen\n      totalUppercase\n      generatedAt\n      orders {\n        orderId\n        orderNo\n        placedOn\n        supplierName\n        shippingFen\n        totalFen\n        refundedFen\n        netFen\n        invoiceNo\n        invoiceStatus\n        countingStatus\n        lines {\n          productName\n          spec\n          quantity\n          unitPriceFen\n          amountFen\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProcurementListPage($orderId: ID, $unitId: ID, $month: String) {\n    procurementList(orderId: $orderId, unitId: $unitId, month: $month) {\n      title\n      unitName\n      month\n      totalFen\n      totalUppercase\n      generatedAt\n      orders {\n        orderId\n        orderNo\n        placedOn\n        supplierName\n        shippingFen\n        totalFen\n        refundedFen\n        netFen\n        invoiceNo\n        invoiceStatus\n        countingStatus\n        lines {\n          productName\n          spec\n          quantity\n          unitPriceFen\n          amountFen\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcurementListXlsx($orderId: ID, $unitId: ID, $month: String) {\n    procurementListXlsx(orderId: $orderId, unitId: $unitId, month: $month) {\n      filename\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ProcurementListXlsx($orderId: ID, $unitId: ID, $month: String) {\n    procurementListXlsx(orderId: $orderId, unitId: $unitId, month: $month) {\n      filename\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitInvoices($unitId: ID!, $month: String!) {\n    unitInvoices(unitId: $unitId, month: $month) {\n      orderId\n      orderNo\n      supplierName\n      invoiceNo\n      kind\n      title\n      totalFen\n      issuedAt\n    }\n  }\n"): (typeof documents)["\n  query UnitInvoices($unitId: ID!, $month: String!) {\n    unitInvoices(unitId: $unitId, month: $month) {\n      orderId\n      orderNo\n      supplierName\n      invoiceNo\n      kind\n      title\n      totalFen\n      issuedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveSessionFields on LiveSession {\n    id\n    title\n    hostName\n    hostTitle\n    kind\n    countyCode\n    countyName\n    status\n    startsAt\n    startedAt\n    endedAt\n    coverUrl\n    streamUrl\n    externalRoomUrl\n    replayUrl\n    seq\n    orderCount\n    placedCount\n    itemCount\n    salesFen\n    likeCount\n    viewerCount\n    canManage\n    currentOfferId\n  }\n"): (typeof documents)["\n  fragment LiveSessionFields on LiveSession {\n    id\n    title\n    hostName\n    hostTitle\n    kind\n    countyCode\n    countyName\n    status\n    startsAt\n    startedAt\n    endedAt\n    coverUrl\n    streamUrl\n    externalRoomUrl\n    replayUrl\n    seq\n    orderCount\n    placedCount\n    itemCount\n    salesFen\n    likeCount\n    viewerCount\n    canManage\n    currentOfferId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveTickerFields on LiveTickerItem {\n    id\n    orderId\n    status\n    text\n    at\n  }\n"): (typeof documents)["\n  fragment LiveTickerFields on LiveTickerItem {\n    id\n    orderId\n    status\n    text\n    at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveCommentFields on LiveCommentItem {\n    id\n    userId\n    authorName\n    body\n    createdAt\n  }\n"): (typeof documents)["\n  fragment LiveCommentFields on LiveCommentItem {\n    id\n    userId\n    authorName\n    body\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveSessions($status: LiveSessionStatus, $first: Int, $after: String) {\n    liveSessions(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...LiveSessionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveSessions($status: LiveSessionStatus, $first: Int, $after: String) {\n    liveSessions(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...LiveSessionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveRoom($id: ID!, $includeUnpinned: Boolean) {\n    liveSession(id: $id) {\n      ...LiveSessionFields\n      offers(includeUnpinned: $includeUnpinned) {\n        id\n        productId\n        skuId\n        livePriceFen\n        stockCap\n        stockLeft\n        perBuyerLimit\n        offerStartsAt\n        offerEndsAt\n        pinned\n        claimed\n        sortOrder\n        product {\n          id\n          name\n          coverImageUrl\n          priceFen\n        }\n        sku {\n          id\n          spec\n          priceFen\n        }\n      }\n      recentOrders(first: 20) {\n        ...LiveTickerFields\n      }\n      recentComments(first: 50) {\n        ...LiveCommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveRoom($id: ID!, $includeUnpinned: Boolean) {\n    liveSession(id: $id) {\n      ...LiveSessionFields\n      offers(includeUnpinned: $includeUnpinned) {\n        id\n        productId\n        skuId\n        livePriceFen\n        stockCap\n        stockLeft\n        perBuyerLimit\n        offerStartsAt\n        offerEndsAt\n        pinned\n        claimed\n        sortOrder\n        product {\n          id\n          name\n          coverImageUrl\n          priceFen\n        }\n        sku {\n          id\n          spec\n          priceFen\n        }\n      }\n      recentOrders(first: 20) {\n        ...LiveTickerFields\n      }\n      recentComments(first: 50) {\n        ...LiveCommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveUpdates($sessionId: ID!) {\n    liveUpdates(sessionId: $sessionId) {\n      sessionId\n      seq\n      status\n      orderCount\n      placedCount\n      itemCount\n      salesFen\n      likeCount\n      viewerCount\n      coalesced\n      currentOfferId\n      offers {\n        skuId\n        pinned\n        claimed\n        stockLeft\n      }\n      orders {\n        ...LiveTickerFields\n      }\n      comments {\n        ...LiveCommentFields\n      }\n      deletedCommentIds\n    }\n  }\n"): (typeof documents)["\n  subscription LiveUpdates($sessionId: ID!) {\n    liveUpdates(sessionId: $sessionId) {\n      sessionId\n      seq\n      status\n      orderCount\n      placedCount\n      itemCount\n      salesFen\n      likeCount\n      viewerCount\n      coalesced\n      currentOfferId\n      offers {\n        skuId\n        pinned\n        claimed\n        stockLeft\n      }\n      orders {\n        ...LiveTickerFields\n      }\n      comments {\n        ...LiveCommentFields\n      }\n      deletedCommentIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleLiveSession($input: ScheduleLiveSessionInput!) {\n    scheduleLiveSession(input: $input) {\n      ...LiveSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleLiveSession($input: ScheduleLiveSessionInput!) {\n    scheduleLiveSession(input: $input) {\n      ...LiveSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLiveSessionLinks($id: ID!, $input: UpdateLiveSessionInput!) {\n    updateLiveSession(id: $id, input: $input) {\n      ...LiveSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLiveSessionLinks($id: ID!, $input: UpdateLiveSessionInput!) {\n    updateLiveSession(id: $id, input: $input) {\n      ...LiveSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLiveSession($id: ID!) {\n    startLiveSession(id: $id) {\n      id\n      status\n      startedAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartLiveSession($id: ID!) {\n    startLiveSession(id: $id) {\n      id\n      status\n      startedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndLiveSession($id: ID!, $replayUrl: String) {\n    endLiveSession(id: $id, replayUrl: $replayUrl) {\n      id\n      status\n      endedAt\n      replayUrl\n    }\n  }\n"): (typeof documents)["\n  mutation EndLiveSession($id: ID!, $replayUrl: String) {\n    endLiveSession(id: $id, replayUrl: $replayUrl) {\n      id\n      status\n      endedAt\n      replayUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinLiveProduct($input: PinLiveProductInput!) {\n    pinLiveProduct(input: $input) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation PinLiveProduct($input: PinLiveProductInput!) {\n    pinLiveProduct(input: $input) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinLiveProduct($sessionId: ID!, $skuId: ID!) {\n    unpinLiveProduct(sessionId: $sessionId, skuId: $skuId)\n  }\n"): (typeof documents)["\n  mutation UnpinLiveProduct($sessionId: ID!, $skuId: ID!) {\n    unpinLiveProduct(sessionId: $sessionId, skuId: $skuId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostLiveComment($input: PostLiveCommentInput!) {\n    postLiveComment(input: $input) {\n      ...LiveCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation PostLiveComment($input: PostLiveCommentInput!) {\n    postLiveComment(input: $input) {\n      ...LiveCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLiveComment($id: ID!) {\n    deleteLiveComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteLiveComment($id: ID!) {\n    deleteLiveComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MuteLiveViewer($sessionId: ID!, $userId: ID!) {\n    muteLiveViewer(sessionId: $sessionId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation MuteLiveViewer($sessionId: ID!, $userId: ID!) {\n    muteLiveViewer(sessionId: $sessionId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LikeLiveSession($sessionId: ID!) {\n    likeLiveSession(sessionId: $sessionId)\n  }\n"): (typeof documents)["\n  mutation LikeLiveSession($sessionId: ID!) {\n    likeLiveSession(sessionId: $sessionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveProductPicker($search: String) {\n    products(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          priceFen\n          skus {\n            id\n            spec\n            priceFen\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveProductPicker($search: String) {\n    products(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          priceFen\n          skus {\n            id\n            spec\n            priceFen\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LivePeriodReport($countyCode: String!, $from: DateTime!, $to: DateTime!) {\n    livePeriodReport(countyCode: $countyCode, from: $from, to: $to) {\n      hosts\n      sessions\n      salesSessions\n      tourismSessions\n      orders\n      items\n      salesFen\n      summary\n      byHost {\n        hostName\n        hostTitle\n        salesSessions\n        tourismSessions\n        orders\n        salesFen\n      }\n      bySession {\n        sessionId\n        title\n        hostName\n        kind\n        startsAt\n        orders\n        items\n        paidSalesFen\n        pendingSalesFen\n        buyers\n        buyerUnits\n        uniqueViewers\n        peakViewers\n        conversion\n        averageOrderFen\n        topProducts {\n          name\n          quantity\n          salesFen\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LivePeriodReport($countyCode: String!, $from: DateTime!, $to: DateTime!) {\n    livePeriodReport(countyCode: $countyCode, from: $from, to: $to) {\n      hosts\n      sessions\n      salesSessions\n      tourismSessions\n      orders\n      items\n      salesFen\n      summary\n      byHost {\n        hostName\n        hostTitle\n        salesSessions\n        tourismSessions\n        orders\n        salesFen\n      }\n      bySession {\n        sessionId\n        title\n        hostName\n        kind\n        startsAt\n        orders\n        items\n        paidSalesFen\n        pendingSalesFen\n        buyers\n        buyerUnits\n        uniqueViewers\n        peakViewers\n        conversion\n        averageOrderFen\n        topProducts {\n          name\n          quantity\n          salesFen\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LivePeriodReportXlsx($countyCode: String!, $from: DateTime!, $to: DateTime!) {\n    livePeriodReportXlsx(countyCode: $countyCode, from: $from, to: $to)\n  }\n"): (typeof documents)["\n  query LivePeriodReportXlsx($countyCode: String!, $from: DateTime!, $to: DateTime!) {\n    livePeriodReportXlsx(countyCode: $countyCode, from: $from, to: $to)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveCheckout {\n    myAddresses {\n      ...AddressFields\n    }\n    paymentMethods {\n      ...PaymentMethodFields\n    }\n  }\n"): (typeof documents)["\n  query LiveCheckout {\n    myAddresses {\n      ...AddressFields\n    }\n    paymentMethods {\n      ...PaymentMethodFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowFields on Follow {\n    targetKind\n    targetId\n    name\n  }\n"): (typeof documents)["\n  fragment FollowFields on Follow {\n    targetKind\n    targetId\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFollows {\n    myFollows {\n      ...FollowFields\n    }\n  }\n"): (typeof documents)["\n  query MyFollows {\n    myFollows {\n      ...FollowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowSupplier($supplierId: ID!) {\n    followSupplier(supplierId: $supplierId) {\n      ...FollowFields\n    }\n  }\n"): (typeof documents)["\n  mutation FollowSupplier($supplierId: ID!) {\n    followSupplier(supplierId: $supplierId) {\n      ...FollowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowSupplier($supplierId: ID!) {\n    unfollowSupplier(supplierId: $supplierId)\n  }\n"): (typeof documents)["\n  mutation UnfollowSupplier($supplierId: ID!) {\n    unfollowSupplier(supplierId: $supplierId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowCounty($countyCode: String!) {\n    followCounty(countyCode: $countyCode) {\n      ...FollowFields\n    }\n  }\n"): (typeof documents)["\n  mutation FollowCounty($countyCode: String!) {\n    followCounty(countyCode: $countyCode) {\n      ...FollowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowCounty($countyCode: String!) {\n    unfollowCounty(countyCode: $countyCode)\n  }\n"): (typeof documents)["\n  mutation UnfollowCounty($countyCode: String!) {\n    unfollowCounty(countyCode: $countyCode)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLiveOffer($input: RequestLiveOfferInput!) {\n    requestLiveOffer(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestLiveOffer($input: RequestLiveOfferInput!) {\n    requestLiveOffer(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveOfferRequestsOfSession($id: ID!) {\n    liveSession(id: $id) {\n      id\n      offerRequests {\n        id\n        status\n        requestedPriceFen\n        requestedStockCap\n        approvedPriceFen\n        approvedStockCap\n        declineReason\n        product {\n          id\n          name\n        }\n        sku {\n          id\n          spec\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveOfferRequestsOfSession($id: ID!) {\n    liveSession(id: $id) {\n      id\n      offerRequests {\n        id\n        status\n        requestedPriceFen\n        requestedStockCap\n        approvedPriceFen\n        approvedStockCap\n        declineReason\n        product {\n          id\n          name\n        }\n        sku {\n          id\n          spec\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveRunOfShow($id: ID!) {\n    liveSession(id: $id) {\n      id\n      offers(includeUnpinned: true) {\n        id\n        placedOrderCount\n        paidOrderCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveRunOfShow($id: ID!) {\n    liveSession(id: $id) {\n      id\n      offers(includeUnpinned: true) {\n        id\n        placedOrderCount\n        paidOrderCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLiveCurrentOffer($sessionId: ID!, $offerId: ID) {\n    setLiveCurrentOffer(sessionId: $sessionId, offerId: $offerId) {\n      id\n      currentOfferId\n      seq\n    }\n  }\n"): (typeof documents)["\n  mutation SetLiveCurrentOffer($sessionId: ID!, $offerId: ID) {\n    setLiveCurrentOffer(sessionId: $sessionId, offerId: $offerId) {\n      id\n      currentOfferId\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLiveCover($id: ID!, $coverUrl: String) {\n    updateLiveSession(id: $id, input: { coverUrl: $coverUrl }) {\n      id\n      coverUrl\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLiveCover($id: ID!, $coverUrl: String) {\n    updateLiveSession(id: $id, input: { coverUrl: $coverUrl }) {\n      id\n      coverUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationCentre {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          refType\n          refId\n          readAt\n          createdAt\n        }\n      }\n    }\n    myUnreadNotificationCount\n  }\n"): (typeof documents)["\n  query NotificationCentre {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          refType\n          refId\n          readAt\n          createdAt\n        }\n      }\n    }\n    myUnreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BindingChangeFields on BindingChangeRequest {\n    id\n    orderId\n    orderNo\n    fromUnitName\n    toUnitName\n    reason\n    status\n    createdAt\n    decidedAt\n  }\n"): (typeof documents)["\n  fragment BindingChangeFields on BindingChangeRequest {\n    id\n    orderId\n    orderNo\n    fromUnitName\n    toUnitName\n    reason\n    status\n    createdAt\n    decidedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderBinding($id: ID!) {\n    order(id: $id) {\n      id\n      unitId\n      unitName\n      bindingChanges {\n        ...BindingChangeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderBinding($id: ID!) {\n    order(id: $id) {\n      id\n      unitId\n      unitName\n      bindingChanges {\n        ...BindingChangeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BindingChangeTargets($orderId: ID!) {\n    bindingChangeTargets(orderId: $orderId) {\n      id\n      name\n      current\n      parent\n    }\n  }\n"): (typeof documents)["\n  query BindingChangeTargets($orderId: ID!) {\n    bindingChangeTargets(orderId: $orderId) {\n      id\n      name\n      current\n      parent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestBindingChange($orderId: ID!, $toUnitId: ID!, $reason: String!) {\n    requestBindingChange(orderId: $orderId, toUnitId: $toUnitId, reason: $reason) {\n      ...BindingChangeFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestBindingChange($orderId: ID!, $toUnitId: ID!, $reason: String!) {\n    requestBindingChange(orderId: $orderId, toUnitId: $toUnitId, reason: $reason) {\n      ...BindingChangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingBindingChanges {\n    pendingBindingChanges {\n      ...BindingChangeFields\n    }\n  }\n"): (typeof documents)["\n  query PendingBindingChanges {\n    pendingBindingChanges {\n      ...BindingChangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideBindingChange($requestId: ID!, $approve: Boolean!) {\n    decideBindingChange(requestId: $requestId, approve: $approve) {\n      ...BindingChangeFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideBindingChange($requestId: ID!, $approve: Boolean!) {\n    decideBindingChange(requestId: $requestId, approve: $approve) {\n      ...BindingChangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CartItemFields on CartItem {\n    id\n    skuId\n    quantity\n    priceFen\n    details {\n      productId\n      productName\n      spec\n      supplierId\n      supplierName\n      currentPriceFen\n      sellable\n      certified\n      thumbUrl\n    }\n    purchaseLimit\n    purchaseLimitRemaining\n  }\n"): (typeof documents)["\n  fragment CartItemFields on CartItem {\n    id\n    skuId\n    quantity\n    priceFen\n    details {\n      productId\n      productName\n      spec\n      supplierId\n      supplierName\n      currentPriceFen\n      sellable\n      certified\n      thumbUrl\n    }\n    purchaseLimit\n    purchaseLimitRemaining\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CartQuoteFields on CartQuote {\n    itemCount\n    itemsFen\n    shippingFen\n    totalFen\n    unavailableCount\n    groups {\n      supplierId\n      supplierName\n      itemIds\n      quantity\n      itemsFen\n      shippingFen\n      totalFen\n      missingForFreeShippingFen\n    }\n  }\n"): (typeof documents)["\n  fragment CartQuoteFields on CartQuote {\n    itemCount\n    itemsFen\n    shippingFen\n    totalFen\n    unavailableCount\n    groups {\n      supplierId\n      supplierName\n      itemIds\n      quantity\n      itemsFen\n      shippingFen\n      totalFen\n      missingForFreeShippingFen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCart {\n    myCart {\n      ...CartItemFields\n    }\n    cartQuote {\n      ...CartQuoteFields\n    }\n  }\n"): (typeof documents)["\n  query MyCart {\n    myCart {\n      ...CartItemFields\n    }\n    cartQuote {\n      ...CartQuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartCount {\n    myCart {\n      id\n      quantity\n    }\n  }\n"): (typeof documents)["\n  query CartCount {\n    myCart {\n      id\n      quantity\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment AddressFields on Address {\n    id\n    recipient\n    phone\n    province\n    city\n    district\n    provinceCode\n    cityCode\n    countyCode\n    detail\n    postalCode\n    isDefault\n  }\n"): (typeof documents)["\n  fragment AddressFields on Address {\n    id\n    recipient\n    phone\n    province\n    city\n    district\n    provinceCode\n    cityCode\n    countyCode\n    detail\n    postalCode\n    isDefault\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentMethodFields on PaymentMethodInfo {\n    method\n    label\n    available\n    reason\n  }\n"): (typeof documents)["\n  fragment PaymentMethodFields on PaymentMethodInfo {\n    method\n    label\n    available\n    reason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutData {\n    myCart {\n      ...CartItemFields\n    }\n    cartQuote {\n      ...CartQuoteFields\n    }\n    myAddresses {\n      ...AddressFields\n    }\n    paymentMethods {\n      ...PaymentMethodFields\n    }\n  }\n"): (typeof documents)["\n  query CheckoutData {\n    myCart {\n      ...CartItemFields\n    }\n    cartQuote {\n      ...CartQuoteFields\n    }\n    myAddresses {\n      ...AddressFields\n    }\n    paymentMethods {\n      ...PaymentMethodFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query FinanceTransfers($first: Int, $after: String, $from: String, $to: String, $sort: TransferSort, $direction: SortDirection) {\n    bankTransfers(first: $first, after: $after, from: $from, to: $to, sort: $sort, direction: $direction) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          bankTxnNo\n          payerName\n          amountFen\n          matchedFen\n          unmatchedFen\n          memo\n          receivedAt\n          suggestions {\n            orderId\n            orderNo\n            remittanceRef\n            owedFen\n            amountFen\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinanceTransfers($first: Int, $after: String, $from: String, $to: String, $sort: TransferSort, $direction: SortDirection) {\n    bankTransfers(first: $first, after: $after, from: $from, to: $to, sort: $sort, direction: $direction) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          bankTxnNo\n          payerName\n          amountFen\n          matchedFen\n          unmatchedFen\n          memo\n          receivedAt\n          suggestions {\n            orderId\n            orderNo\n            remittanceRef\n            owedFen\n            amountFen\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceOrders(\n    $first: Int\n    $after: String\n    $search: String\n    $from: String\n    $to: String\n    $sort: OrderSort\n    $direction: SortDirection\n  ) {\n    platformOrders(first: $first, after: $after, search: $search, from: $from, to: $to, sort: $sort, direction: $direction) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          ...OrderSummaryFields\n          remittanceRef\n          refundedFen\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinanceOrders(\n    $first: Int\n    $after: String\n    $search: String\n    $from: String\n    $to: String\n    $sort: OrderSort\n    $direction: SortDirection\n  ) {\n    platformOrders(first: $first, after: $after, search: $search, from: $from, to: $to, sort: $sort, direction: $direction) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          ...OrderSummaryFields\n          remittanceRef\n          refundedFen\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTransfer($input: RecordTransferInput!) {\n    recordBankTransfer(input: $input) {\n      id\n      bankTxnNo\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTransfer($input: RecordTransferInput!) {\n    recordBankTransfer(input: $input) {\n      id\n      bankTxnNo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchTransfer($transferId: ID!, $allocations: [TransferAllocationInput!]!) {\n    matchBankTransfer(transferId: $transferId, allocations: $allocations) {\n      id\n      matchedFen\n      unmatchedFen\n    }\n  }\n"): (typeof documents)["\n  mutation MatchTransfer($transferId: ID!, $allocations: [TransferAllocationInput!]!) {\n    matchBankTransfer(transferId: $transferId, allocations: $allocations) {\n      id\n      matchedFen\n      unmatchedFen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentChecks {\n    paymentsNeedingReview {\n      id\n      provider\n      providerPaymentId\n      amountFen\n      currency\n      receivedFen\n      receivedCurrency\n      reviewNote\n      orderNos\n      createdAt\n    }\n    pendingBankRefunds {\n      id\n      orderId\n      amountFen\n      reason\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query PaymentChecks {\n    paymentsNeedingReview {\n      id\n      provider\n      providerPaymentId\n      amountFen\n      currency\n      receivedFen\n      receivedCurrency\n      reviewNote\n      orderNos\n      createdAt\n    }\n    pendingBankRefunds {\n      id\n      orderId\n      amountFen\n      reason\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundReviewedPayment($attemptId: ID!) {\n    refundReviewedPayment(attemptId: $attemptId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RefundReviewedPayment($attemptId: ID!) {\n    refundReviewedPayment(attemptId: $attemptId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmBankRefund($refundId: ID!, $bankTxnNo: String!) {\n    confirmBankRefund(refundId: $refundId, bankTxnNo: $bankTxnNo) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmBankRefund($refundId: ID!, $bankTxnNo: String!) {\n    confirmBankRefund(refundId: $refundId, bankTxnNo: $bankTxnNo) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderSummaryFields on Order {\n    id\n    orderNo\n    status\n    paymentStatus\n    paymentMethod\n    paymentTerm\n    totalFen\n    paidFen\n    createdAt\n    supplierName\n    lines {\n      id\n      productName\n      skuSpec\n      quantity\n      unitPriceFen\n    }\n  }\n"): (typeof documents)["\n  fragment OrderSummaryFields on Order {\n    id\n    orderNo\n    status\n    paymentStatus\n    paymentMethod\n    paymentTerm\n    totalFen\n    paidFen\n    createdAt\n    supplierName\n    lines {\n      id\n      productName\n      skuSpec\n      quantity\n      unitPriceFen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderAddressFields on OrderAddress {\n    recipient\n    phone\n    province\n    city\n    district\n    detail\n  }\n"): (typeof documents)["\n  fragment OrderAddressFields on OrderAddress {\n    recipient\n    phone\n    province\n    city\n    district\n    detail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderShippingFields on Order {\n    shipDeadlineDays\n    ...OrderShipDeadlineFields\n    carrier\n    trackingNo\n    address {\n      ...OrderAddressFields\n    }\n  }\n"): (typeof documents)["\n  fragment OrderShippingFields on Order {\n    shipDeadlineDays\n    ...OrderShipDeadlineFields\n    carrier\n    trackingNo\n    address {\n      ...OrderAddressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrders($first: Int, $after: String, $status: OrderStatus) {\n    myOrders(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...OrderSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrders($first: Int, $after: String, $status: OrderStatus) {\n    myOrders(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...OrderSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      ...OrderSummaryFields\n      buyerId\n      supplierId\n      purpose\n      itemsFen\n      shippingFen\n      refundedFen\n      remittanceRef\n      payDeadline\n      termExtended\n      ...OrderShippingFields\n      ...OrderParcelFields\n      rating\n      ratingComment\n      cancelReason\n      invoice {\n        title\n        taxNo\n      }\n      lines {\n        id\n        productName\n        skuSpec\n        quantity\n        unitPriceFen\n        amountFen\n        certified\n        refundedQuantity\n      }\n      timeline {\n        id\n        action\n        fromStatus\n        toStatus\n        actorRole\n        note\n        createdAt\n      }\n      refunds {\n        id\n        amountFen\n        method\n        status\n        reason\n        createdAt\n      }\n    }\n    platformBankAccount {\n      accountName\n      bankName\n      accountNo\n    }\n  }\n"): (typeof documents)["\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      ...OrderSummaryFields\n      buyerId\n      supplierId\n      purpose\n      itemsFen\n      shippingFen\n      refundedFen\n      remittanceRef\n      payDeadline\n      termExtended\n      ...OrderShippingFields\n      ...OrderParcelFields\n      rating\n      ratingComment\n      cancelReason\n      invoice {\n        title\n        taxNo\n      }\n      lines {\n        id\n        productName\n        skuSpec\n        quantity\n        unitPriceFen\n        amountFen\n        certified\n        refundedQuantity\n      }\n      timeline {\n        id\n        action\n        fromStatus\n        toStatus\n        actorRole\n        note\n        createdAt\n      }\n      refunds {\n        id\n        amountFen\n        method\n        status\n        reason\n        createdAt\n      }\n    }\n    platformBankAccount {\n      accountName\n      bankName\n      accountNo\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation RateOrder($input: RateOrderInput!) {\n    rateOrder(input: $input) {\n      id\n      status\n      rating\n      ratingComment\n    }\n  }\n"): (typeof documents)["\n  mutation RateOrder($input: RateOrderInput!) {\n    rateOrder(input: $input) {\n      id\n      status\n      rating\n      ratingComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendTerm($orderId: ID!) {\n    extendPaymentTerm(orderId: $orderId) {\n      id\n      payDeadline\n      termExtended\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendTerm($orderId: ID!) {\n    extendPaymentTerm(orderId: $orderId) {\n      id\n      payDeadline\n      termExtended\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderShipDeadlineFields on Order {\n    id\n    shipDueAt\n    shipOverdue\n  }\n"): (typeof documents)["\n  fragment OrderShipDeadlineFields on Order {\n    id\n    shipDueAt\n    shipOverdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnlineMethods {\n    paymentMethods {\n      method\n      label\n      available\n    }\n  }\n"): (typeof documents)["\n  query OnlineMethods {\n    paymentMethods {\n      method\n      label\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPayment($orderIds: [ID!]!, $device: PayerDevice, $method: PaymentMethod) {\n    startPayment(orderIds: $orderIds, device: $device, method: $method) {\n      method\n      amountFen\n      clientSecret\n      publishableKey\n      paymentIntentId\n      codeUrl\n      h5Url\n      redirectUrl\n    }\n  }\n"): (typeof documents)["\n  mutation StartPayment($orderIds: [ID!]!, $device: PayerDevice, $method: PaymentMethod) {\n    startPayment(orderIds: $orderIds, device: $device, method: $method) {\n      method\n      amountFen\n      clientSecret\n      publishableKey\n      paymentIntentId\n      codeUrl\n      h5Url\n      redirectUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckPayment($orderId: ID!) {\n    checkPayment(orderId: $orderId) {\n      attemptId\n      state\n      result\n    }\n  }\n"): (typeof documents)["\n  mutation CheckPayment($orderId: ID!) {\n    checkPayment(orderId: $orderId) {\n      attemptId\n      state\n      result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentReceipt($orderId: ID!) {\n    paymentReceipt(orderId: $orderId) {\n      receiptNo\n      orderNo\n      remittanceRef\n      payerName\n      payeeName\n      payeeBank\n      payeeAccount\n      totalFen\n      receivedFen\n      amountInWords\n      issuedAt\n      transfers {\n        bankTxnNo\n        payerName\n        payerAccount\n        amountFen\n        receivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentReceipt($orderId: ID!) {\n    paymentReceipt(orderId: $orderId) {\n      receiptNo\n      orderNo\n      remittanceRef\n      payerName\n      payeeName\n      payeeBank\n      payeeAccount\n      totalFen\n      receivedFen\n      amountInWords\n      issuedAt\n      transfers {\n        bankTxnNo\n        payerName\n        payerAccount\n        amountFen\n        receivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkuLimitFields on ProductSku {\n    id\n    spec\n    purchaseLimit\n  }\n"): (typeof documents)["\n  fragment SkuLimitFields on ProductSku {\n    id\n    spec\n    purchaseLimit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkuPurchaseLimits($productId: ID!) {\n    product(id: $productId) {\n      id\n      skus {\n        ...SkuLimitFields\n        purchaseLimitRemaining\n      }\n    }\n  }\n"): (typeof documents)["\n  query SkuPurchaseLimits($productId: ID!) {\n    product(id: $productId) {\n      id\n      skus {\n        ...SkuLimitFields\n        purchaseLimitRemaining\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorSkuPurchaseLimits($productId: ID!) {\n    productForEdit(id: $productId) {\n      id\n      skus {\n        ...SkuLimitFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditorSkuPurchaseLimits($productId: ID!) {\n    productForEdit(id: $productId) {\n      id\n      skus {\n        ...SkuLimitFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPurchaseLimit($skuId: ID!, $perBuyer: Int) {\n    setPurchaseLimit(skuId: $skuId, perBuyer: $perBuyer)\n  }\n"): (typeof documents)["\n  mutation SetPurchaseLimit($skuId: ID!, $perBuyer: Int) {\n    setPurchaseLimit(skuId: $skuId, perBuyer: $perBuyer)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RefundDetails($id: ID!) {\n    order(id: $id) {\n      id\n      orderNo\n      shippingFen\n      paidFen\n      refundedFen\n      lines {\n        id\n        productName\n        skuSpec\n        quantity\n        unitPriceFen\n        refundedQuantity\n      }\n      refunds {\n        id\n        status\n        kind\n        amountFen\n        lines {\n          lineId\n          quantity\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RefundDetails($id: ID!) {\n    order(id: $id) {\n      id\n      orderNo\n      shippingFen\n      paidFen\n      refundedFen\n      lines {\n        id\n        productName\n        skuSpec\n        quantity\n        unitPriceFen\n        refundedQuantity\n      }\n      refunds {\n        id\n        status\n        kind\n        amountFen\n        lines {\n          lineId\n          quantity\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      id\n      status\n      amountFen\n    }\n  }\n"): (typeof documents)["\n  mutation RefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      id\n      status\n      amountFen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionChildren($parentCode: String!) {\n    regions(parentCode: $parentCode) {\n      code\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  query RegionChildren($parentCode: String!) {\n    regions(parentCode: $parentCode) {\n      code\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Carriers {\n    carriers {\n      code\n      name\n      shapeHint\n      pattern\n    }\n  }\n"): (typeof documents)["\n  query Carriers {\n    carriers {\n      code\n      name\n      shapeHint\n      pattern\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderParcelFields on Order {\n    parcels {\n      id\n      carrierCode\n      carrierName\n      trackingNo\n      trackingUrl\n      note\n      items {\n        lineId\n        quantity\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrderParcelFields on Order {\n    parcels {\n      id\n      carrierCode\n      carrierName\n      trackingNo\n      trackingUrl\n      note\n      items {\n        lineId\n        quantity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipOrderParcels($input: ShipParcelsInput!) {\n    shipOrderParcels(input: $input) {\n      id\n      status\n      carrier\n      trackingNo\n      ...OrderParcelFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShipOrderParcels($input: ShipParcelsInput!) {\n    shipOrderParcels(input: $input) {\n      id\n      status\n      carrier\n      trackingNo\n      ...OrderParcelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderParcelBrief on Order {\n    parcels {\n      id\n      carrierName\n      trackingNo\n      trackingUrl\n    }\n  }\n"): (typeof documents)["\n  fragment OrderParcelBrief on Order {\n    parcels {\n      id\n      carrierName\n      trackingNo\n      trackingUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOrderParcel($input: AddParcelInput!) {\n    addOrderParcel(input: $input) {\n      id\n      ...OrderParcelBrief\n    }\n  }\n"): (typeof documents)["\n  mutation AddOrderParcel($input: AddParcelInput!) {\n    addOrderParcel(input: $input) {\n      id\n      ...OrderParcelBrief\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierOrders(\n    $first: Int\n    $after: String\n    $status: OrderStatus\n    $from: String\n    $to: String\n    $sort: OrderSort\n    $direction: SortDirection\n  ) {\n    supplierOrders(first: $first, after: $after, status: $status, from: $from, to: $to, sort: $sort, direction: $direction) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...OrderSummaryFields\n          ...OrderShippingFields\n          ...OrderParcelBrief\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplierOrders(\n    $first: Int\n    $after: String\n    $status: OrderStatus\n    $from: String\n    $to: String\n    $sort: OrderSort\n    $direction: SortDirection\n  ) {\n    supplierOrders(first: $first, after: $after, status: $status, from: $from, to: $to, sort: $sort, direction: $direction) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...OrderSummaryFields\n          ...OrderShippingFields\n          ...OrderParcelBrief\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipOrder($input: ShipOrderInput!) {\n    shipOrder(input: $input) {\n      id\n      status\n      carrier\n      trackingNo\n    }\n  }\n"): (typeof documents)["\n  mutation ShipOrder($input: ShipOrderInput!) {\n    shipOrder(input: $input) {\n      id\n      status\n      carrier\n      trackingNo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderReconciliation {\n    providerReconciliation {\n      runs {\n        id\n        provider\n        day\n        trigger\n        finishedAt\n        attemptsChecked\n        refundsChecked\n        differenceCount\n        error\n      }\n      differences {\n        id\n        provider\n        kind\n        kindLabel\n        providerRef\n        orderNos\n        oursFen\n        theirsFen\n        oursState\n        theirsState\n        action\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProviderReconciliation {\n    providerReconciliation {\n      runs {\n        id\n        provider\n        day\n        trigger\n        finishedAt\n        attemptsChecked\n        refundsChecked\n        differenceCount\n        error\n      }\n      differences {\n        id\n        provider\n        kind\n        kindLabel\n        providerRef\n        orderNos\n        oursFen\n        theirsFen\n        oursState\n        theirsState\n        action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunProviderReconciliation($day: String) {\n    runProviderReconciliation(day: $day) {\n      id\n      provider\n      differenceCount\n    }\n  }\n"): (typeof documents)["\n  mutation RunProviderReconciliation($day: String) {\n    runProviderReconciliation(day: $day) {\n      id\n      provider\n      differenceCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentProviderStatus {\n    paymentProviderStatus {\n      name\n      label\n      live\n      reconciles\n      lastNotificationAt\n      lastReconciliationAt\n      lastReconciliationDifferences\n      lastReconciliationError\n    }\n  }\n"): (typeof documents)["\n  query PaymentProviderStatus {\n    paymentProviderStatus {\n      name\n      label\n      live\n      reconciles\n      lastNotificationAt\n      lastReconciliationAt\n      lastReconciliationDifferences\n      lastReconciliationError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id\n    displayName\n    maskedPhone\n    unitName\n    suspended\n    roles {\n      id\n      role\n      scopeLabel\n      unitId\n      supplierId\n      regionCode\n    }\n  }\n"): (typeof documents)["\n  fragment PersonFields on Person {\n    id\n    displayName\n    maskedPhone\n    unitName\n    suspended\n    roles {\n      id\n      role\n      scopeLabel\n      unitId\n      supplierId\n      regionCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($search: String, $role: Role, $first: Int, $after: String) {\n    people(search: $search, role: $role, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...PersonFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($search: String, $role: Role, $first: Int, $after: String) {\n    people(search: $search, role: $role, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...PersonFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleHolders($scope: RoleScopeInput!) {\n    roleHolders(scope: $scope) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  query RoleHolders($scope: RoleScopeInput!) {\n    roleHolders(scope: $scope) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawRole($input: WithdrawRoleInput!) {\n    withdrawRole(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawRole($input: WithdrawRoleInput!) {\n    withdrawRole(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendAccount($input: AccountStatusInput!) {\n    suspendAccount(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendAccount($input: AccountStatusInput!) {\n    suspendAccount(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreAccount($input: AccountStatusInput!) {\n    restoreAccount(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreAccount($input: AccountStatusInput!) {\n    restoreAccount(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleAuditLog($userId: ID, $first: Int, $after: String, $from: String, $to: String) {\n    roleAuditLog(userId: $userId, first: $first, after: $after, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorName\n          actorRole\n          targetName\n          role\n          scopeLabel\n          reason\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoleAuditLog($userId: ID, $first: Int, $after: String, $from: String, $to: String) {\n    roleAuditLog(userId: $userId, first: $first, after: $after, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorName\n          actorRole\n          targetName\n          role\n          scopeLabel\n          reason\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportRoleAuditLog($userId: ID, $from: String, $to: String) {\n    exportRoleAuditLog(userId: $userId, from: $from, to: $to) {\n      filename\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ExportRoleAuditLog($userId: ID, $from: String, $to: String) {\n    exportRoleAuditLog(userId: $userId, from: $from, to: $to) {\n      filename\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeChoices {\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScopeChoices {\n    suppliers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitChoices($search: String!) {\n    searchWorkUnits(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          regionName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitChoices($search: String!) {\n    searchWorkUnits(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          regionName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitQuotaDashboard($unitId: ID!, $year: Int!) {\n    unitQuotaDashboard(unitId: $unitId, year: $year) {\n      unitId\n      unitName\n      year\n      targetFen\n      targetProvisional\n      filingStatus\n      orderedFen\n      completedFen\n      remainingFen\n      rate\n      pace\n      status\n      daysLeft\n      rolledUp {\n        unitCount\n        targetFen\n        orderedFen\n        completedFen\n      }\n      months {\n        month\n        orderedFen\n        completedFen\n      }\n      topProducts {\n        id\n        name\n        orderedFen\n      }\n      topSuppliers {\n        id\n        name\n        orderedFen\n      }\n      members {\n        userId\n        displayName\n        orderedFen\n        completedFen\n      }\n    }\n    myQuotaReminders {\n      id\n      message\n      readAt\n      createdAt\n    }\n    myUnreadQuotaReminderCount\n  }\n"): (typeof documents)["\n  query UnitQuotaDashboard($unitId: ID!, $year: Int!) {\n    unitQuotaDashboard(unitId: $unitId, year: $year) {\n      unitId\n      unitName\n      year\n      targetFen\n      targetProvisional\n      filingStatus\n      orderedFen\n      completedFen\n      remainingFen\n      rate\n      pace\n      status\n      daysLeft\n      rolledUp {\n        unitCount\n        targetFen\n        orderedFen\n        completedFen\n      }\n      months {\n        month\n        orderedFen\n        completedFen\n      }\n      topProducts {\n        id\n        name\n        orderedFen\n      }\n      topSuppliers {\n        id\n        name\n        orderedFen\n      }\n      members {\n        userId\n        displayName\n        orderedFen\n        completedFen\n      }\n    }\n    myQuotaReminders {\n      id\n      message\n      readAt\n      createdAt\n    }\n    myUnreadQuotaReminderCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkQuotaReminderRead($id: ID!) {\n    markQuotaReminderRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkQuotaReminderRead($id: ID!) {\n    markQuotaReminderRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllQuotaRemindersRead {\n    markAllQuotaRemindersRead\n  }\n"): (typeof documents)["\n  mutation MarkAllQuotaRemindersRead {\n    markAllQuotaRemindersRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuotaTotalsFields on QuotaTotals {\n    targetFen\n    orderedFen\n    completedFen\n    rate\n  }\n"): (typeof documents)["\n  fragment QuotaTotalsFields on QuotaTotals {\n    targetFen\n    orderedFen\n    completedFen\n    rate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulletinRowFields on QuotaRankingRow {\n    unitId\n    name\n    parentName\n    hasCanteen\n    targetFen\n    orderedFen\n    completedFen\n    rate\n    rank\n    tied\n  }\n"): (typeof documents)["\n  fragment BulletinRowFields on QuotaRankingRow {\n    unitId\n    name\n    parentName\n    hasCanteen\n    targetFen\n    orderedFen\n    completedFen\n    rate\n    rank\n    tied\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurisdictionRanking(\n    $regionCode: String!\n    $year: Int!\n    $sort: RankingSort\n    $descending: Boolean\n    $status: PaceStatus\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    jurisdictionRanking(\n      regionCode: $regionCode\n      year: $year\n      sort: $sort\n      descending: $descending\n      status: $status\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      regionCode\n      year\n      pace\n      totalCount\n      totals {\n        ...QuotaTotalsFields\n      }\n      rows {\n        ...BulletinRowFields\n        targetProvisional\n        filingStatus\n        filingOverdue\n        status\n        rolledUp {\n          unitCount\n          targetFen\n          orderedFen\n          completedFen\n          rate\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query JurisdictionRanking(\n    $regionCode: String!\n    $year: Int!\n    $sort: RankingSort\n    $descending: Boolean\n    $status: PaceStatus\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    jurisdictionRanking(\n      regionCode: $regionCode\n      year: $year\n      sort: $sort\n      descending: $descending\n      status: $status\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      regionCode\n      year\n      pace\n      totalCount\n      totals {\n        ...QuotaTotalsFields\n      }\n      rows {\n        ...BulletinRowFields\n        targetProvisional\n        filingStatus\n        filingOverdue\n        status\n        rolledUp {\n          unitCount\n          targetFen\n          orderedFen\n          completedFen\n          rate\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulletinRanking($regionCode: String!, $year: Int!, $first: Int, $after: String) {\n    jurisdictionRanking(regionCode: $regionCode, year: $year, first: $first, after: $after) {\n      totalCount\n      totals {\n        ...QuotaTotalsFields\n      }\n      rows {\n        ...BulletinRowFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query BulletinRanking($regionCode: String!, $year: Int!, $first: Int, $after: String) {\n    jurisdictionRanking(regionCode: $regionCode, year: $year, first: $first, after: $after) {\n      totalCount\n      totals {\n        ...QuotaTotalsFields\n      }\n      rows {\n        ...BulletinRowFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaBulletin($regionCode: String!, $year: Int!, $format: BulletinFormat!) {\n    quotaBulletin(regionCode: $regionCode, year: $year, format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query QuotaBulletin($regionCode: String!, $year: Int!, $format: BulletinFormat!) {\n    quotaBulletin(regionCode: $regionCode, year: $year, format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendQuotaReminders($regionCode: String!, $year: Int!) {\n    sendQuotaReminders(regionCode: $regionCode, year: $year)\n  }\n"): (typeof documents)["\n  mutation SendQuotaReminders($regionCode: String!, $year: Int!) {\n    sendQuotaReminders(regionCode: $regionCode, year: $year)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuotaFilingFields on QuotaFiling {\n    id\n    status\n    headcount\n    canteenMode\n    canteenBudgetFen\n    ratioPercent\n    unionBudgetFen\n    targetFen\n    returnReason\n  }\n"): (typeof documents)["\n  fragment QuotaFilingFields on QuotaFiling {\n    id\n    status\n    headcount\n    canteenMode\n    canteenBudgetFen\n    ratioPercent\n    unionBudgetFen\n    targetFen\n    returnReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaFiling($unitId: ID!, $year: Int!) {\n    quotaFiling(unitId: $unitId, year: $year) {\n      ...QuotaFilingFields\n    }\n  }\n"): (typeof documents)["\n  query QuotaFiling($unitId: ID!, $year: Int!) {\n    quotaFiling(unitId: $unitId, year: $year) {\n      ...QuotaFilingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileQuota($input: FileQuotaInput!) {\n    fileQuota(input: $input) {\n      ...QuotaFilingFields\n    }\n  }\n"): (typeof documents)["\n  mutation FileQuota($input: FileQuotaInput!) {\n    fileQuota(input: $input) {\n      ...QuotaFilingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaFilings($regionCode: String!, $year: Int!, $status: String, $first: Int, $after: String) {\n    quotaFilings(regionCode: $regionCode, year: $year, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          unitId\n          unitName\n          status\n          headcount\n          canteenMode\n          canteenBudgetFen\n          targetFen\n          filedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuotaFilings($regionCode: String!, $year: Int!, $status: String, $first: Int, $after: String) {\n    quotaFilings(regionCode: $regionCode, year: $year, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          unitId\n          unitName\n          status\n          headcount\n          canteenMode\n          canteenBudgetFen\n          targetFen\n          filedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewQuotaFiling($filingId: ID!, $approve: Boolean!, $reason: String) {\n    reviewQuotaFiling(filingId: $filingId, approve: $approve, reason: $reason) {\n      id\n      status\n      returnReason\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewQuotaFiling($filingId: ID!, $approve: Boolean!, $reason: String) {\n    reviewQuotaFiling(filingId: $filingId, approve: $approve, reason: $reason) {\n      id\n      status\n      returnReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReconciliationStatus {\n    reconciliationStatus {\n      ranAt\n      clean\n      differenceCount\n    }\n  }\n"): (typeof documents)["\n  query ReconciliationStatus {\n    reconciliationStatus {\n      ranAt\n      clean\n      differenceCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunReconciliation {\n    runReconciliation {\n      id\n      clean\n      differenceCount\n    }\n  }\n"): (typeof documents)["\n  mutation RunReconciliation {\n    runReconciliation {\n      id\n      clean\n      differenceCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventDeadLetters {\n    eventDeadLetters {\n      consumer\n      eventId\n      eventType\n      orderNo\n      attempts\n      lastError\n      lastFailedAt\n      nextAttemptAt\n      parkedAt\n      waitingBehind\n    }\n  }\n"): (typeof documents)["\n  query EventDeadLetters {\n    eventDeadLetters {\n      consumer\n      eventId\n      eventType\n      orderNo\n      attempts\n      lastError\n      lastFailedAt\n      nextAttemptAt\n      parkedAt\n      waitingBehind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryDeadLetterEvent($consumer: String!, $eventId: ID!) {\n    retryDeadLetterEvent(consumer: $consumer, eventId: $eventId) {\n      delivered\n    }\n  }\n"): (typeof documents)["\n  mutation RetryDeadLetterEvent($consumer: String!, $eventId: ID!) {\n    retryDeadLetterEvent(consumer: $consumer, eventId: $eventId) {\n      delivered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierReviewQueue($status: SupplierStatus, $first: Int, $after: String) {\n    # each card asks for ~40 fields: 20 a page stays within the query cost limit (50 cost 2,120 > 2,000)\n    supplierReviewQueue(status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...SupplierStatusFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplierReviewQueue($status: SupplierStatus, $first: Int, $after: String) {\n    # each card asks for ~40 fields: 20 a page stays within the query cost limit (50 cost 2,120 > 2,000)\n    supplierReviewQueue(status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...SupplierStatusFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificationReviewQueue {\n    certificationReviewQueue {\n      id\n      certificateNo\n      issuedBy\n      batch\n      validFrom\n      validTo\n      evidenceImageUrl\n      product {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertificationReviewQueue {\n    certificationReviewQueue {\n      id\n      certificateNo\n      issuedBy\n      batch\n      validFrom\n      validTo\n      evidenceImageUrl\n      product {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecommendSupplier($input: SupplierDecisionInput!) {\n    recommendSupplier(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RecommendSupplier($input: SupplierDecisionInput!) {\n    recommendSupplier(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountyRejectSupplier($input: SupplierDecisionInput!) {\n    countyRejectSupplier(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CountyRejectSupplier($input: SupplierDecisionInput!) {\n    countyRejectSupplier(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveSupplier($input: SupplierDecisionInput!) {\n    approveSupplier(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveSupplier($input: SupplierDecisionInput!) {\n    approveSupplier(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlatformRejectSupplier($input: SupplierDecisionInput!) {\n    platformRejectSupplier(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PlatformRejectSupplier($input: SupplierDecisionInput!) {\n    platformRejectSupplier(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendSupplier($input: SupplierDecisionInput!) {\n    suspendSupplier(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendSupplier($input: SupplierDecisionInput!) {\n    suspendSupplier(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateSupplier($input: SupplierDecisionInput!) {\n    reinstateSupplier(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReinstateSupplier($input: SupplierDecisionInput!) {\n    reinstateSupplier(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyCertification($input: CertificationDecisionInput!) {\n    verifyCertification(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyCertification($input: CertificationDecisionInput!) {\n    verifyCertification(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCertification($input: CertificationDecisionInput!) {\n    rejectCertification(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RejectCertification($input: CertificationDecisionInput!) {\n    rejectCertification(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupplierStatusFields on Supplier {\n    id\n    name\n    kind\n    enterpriseLevel\n    status\n    county {\n      code\n      name\n      fullName\n    }\n    application {\n      supplierId\n      creditCode\n      contactName\n      contactPhone\n      bankName\n      bankAccountName\n      bankAccountNo\n      licenseImageUrl\n      benefitDescription\n      appliedAt\n    }\n    nextStep {\n      text\n      countyHasReviewer\n    }\n    reviewSteps {\n      id\n      action\n      fromStatus\n      toStatus\n      reason\n      actorName\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment SupplierStatusFields on Supplier {\n    id\n    name\n    kind\n    enterpriseLevel\n    status\n    county {\n      code\n      name\n      fullName\n    }\n    application {\n      supplierId\n      creditCode\n      contactName\n      contactPhone\n      bankName\n      bankAccountName\n      bankAccountNo\n      licenseImageUrl\n      benefitDescription\n      appliedAt\n    }\n    nextStep {\n      text\n      countyHasReviewer\n    }\n    reviewSteps {\n      id\n      action\n      fromStatus\n      toStatus\n      reason\n      actorName\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySuppliers {\n    mySuppliers {\n      ...SupplierStatusFields\n    }\n  }\n"): (typeof documents)["\n  query MySuppliers {\n    mySuppliers {\n      ...SupplierStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyAsSupplier($input: SupplierApplicationInput!) {\n    applyAsSupplier(input: $input) {\n      ...SupplierStatusFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyAsSupplier($input: SupplierApplicationInput!) {\n    applyAsSupplier(input: $input) {\n      ...SupplierStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplyCounties {\n    counties: regions(level: county, served: true) {\n      code\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query ApplyCounties {\n    counties: regions(level: county, served: true) {\n      code\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorProductFields on Product {\n    id\n    supplierId\n    name\n    category\n    description\n    shelfStatus\n    offShelfReason\n    certified\n    images {\n      url\n      thumbUrl\n    }\n    skus {\n      id\n      spec\n      unit\n      priceFen\n      available\n      reserved\n      weightGrams\n    }\n  }\n"): (typeof documents)["\n  fragment EditorProductFields on Product {\n    id\n    supplierId\n    name\n    category\n    description\n    shelfStatus\n    offShelfReason\n    certified\n    images {\n      url\n      thumbUrl\n    }\n    skus {\n      id\n      spec\n      unit\n      priceFen\n      available\n      reserved\n      weightGrams\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierProducts($supplierId: ID!, $after: String) {\n    supplierProducts(supplierId: $supplierId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...EditorProductFields\n        }\n      }\n    }\n    lowStockSkus(supplierId: $supplierId) {\n      productId\n      productName\n      sku {\n        id\n        spec\n        available\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplierProducts($supplierId: ID!, $after: String) {\n    supplierProducts(supplierId: $supplierId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...EditorProductFields\n        }\n      }\n    }\n    lowStockSkus(supplierId: $supplierId) {\n      productId\n      productName\n      sku {\n        id\n        spec\n        available\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductForEdit($id: ID!) {\n    productForEdit(id: $id) {\n      ...EditorProductFields\n    }\n    productCertifications(productId: $id) {\n      id\n      certificateNo\n      issuedBy\n      batch\n      validFrom\n      validTo\n      verifiedAt\n      rejectedReason\n      current\n    }\n  }\n"): (typeof documents)["\n  query ProductForEdit($id: ID!) {\n    productForEdit(id: $id) {\n      ...EditorProductFields\n    }\n    productCertifications(productId: $id) {\n      id\n      certificateNo\n      issuedBy\n      batch\n      validFrom\n      validTo\n      verifiedAt\n      rejectedReason\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...EditorProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...EditorProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      ...EditorProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      ...EditorProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProductStatus($input: SetProductStatusInput!) {\n    setProductStatus(input: $input) {\n      id\n      shelfStatus\n      offShelfReason\n    }\n  }\n"): (typeof documents)["\n  mutation SetProductStatus($input: SetProductStatusInput!) {\n    setProductStatus(input: $input) {\n      id\n      shelfStatus\n      offShelfReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) {\n      id\n      available\n      reserved\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) {\n      id\n      available\n      reserved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockMovements($skuId: ID!) {\n    stockMovements(skuId: $skuId, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          availableDelta\n          reservedDelta\n          reason\n          refType\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StockMovements($skuId: ID!) {\n    stockMovements(skuId: $skuId, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          availableDelta\n          reservedDelta\n          reason\n          refType\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCertification($input: SubmitCertificationInput!) {\n    submitCertification(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCertification($input: SubmitCertificationInput!) {\n    submitCertification(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductImportJob($id: ID!) {\n    productImportJob(id: $id) {\n      id\n      fileName\n      status\n      totalRows\n      validRows\n      processedRows\n      importedProducts\n      errorCount\n      failureMessage\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductImportJob($id: ID!) {\n    productImportJob(id: $id) {\n      id\n      fileName\n      status\n      totalRows\n      validRows\n      processedRows\n      importedProducts\n      errorCount\n      failureMessage\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmProductImport($id: ID!) {\n    confirmProductImport(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmProductImport($id: ID!) {\n    confirmProductImport(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications {\n    myNotifications(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          readAt\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications {\n    myNotifications(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          readAt\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveOfferRequests($status: LiveOfferRequestStatus) {\n    liveOfferRequests(status: $status, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          requestedPriceFen\n          requestedStockCap\n          note\n          createdAt\n          session {\n            id\n            title\n            hostName\n            startsAt\n          }\n          product {\n            id\n            name\n          }\n          sku {\n            id\n            spec\n            priceFen\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveOfferRequests($status: LiveOfferRequestStatus) {\n    liveOfferRequests(status: $status, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          requestedPriceFen\n          requestedStockCap\n          note\n          createdAt\n          session {\n            id\n            title\n            hostName\n            startsAt\n          }\n          product {\n            id\n            name\n          }\n          sku {\n            id\n            spec\n            priceFen\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerLiveOfferRequest($input: AnswerLiveOfferRequestInput!) {\n    answerLiveOfferRequest(input: $input) {\n      id\n      status\n      approvedPriceFen\n      approvedStockCap\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerLiveOfferRequest($input: AnswerLiveOfferRequestInput!) {\n    answerLiveOfferRequest(input: $input) {\n      id\n      status\n      approvedPriceFen\n      approvedStockCap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitInvitePreview($code: String!) {\n    unitInvitePreview(input: { code: $code }) {\n      code\n      unitId\n      unitName\n      regionCode\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query UnitInvitePreview($code: String!) {\n    unitInvitePreview(input: { code: $code }) {\n      code\n      unitId\n      unitName\n      regionCode\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinUnitByCode($code: String!) {\n    joinUnitByCode(input: { code: $code }) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation JoinUnitByCode($code: String!) {\n    joinUnitByCode(input: { code: $code }) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveUnit {\n    leaveUnit\n  }\n"): (typeof documents)["\n  mutation LeaveUnit {\n    leaveUnit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveUnitInvite($unitId: ID!) {\n    activeUnitInvite(unitId: $unitId) {\n      id\n      code\n      link\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query ActiveUnitInvite($unitId: ID!) {\n    activeUnitInvite(unitId: $unitId) {\n      id\n      code\n      link\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnitInvite($unitId: ID!) {\n    createUnitInvite(input: { unitId: $unitId }) {\n      id\n      code\n      link\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnitInvite($unitId: ID!) {\n    createUnitInvite(input: { unitId: $unitId }) {\n      id\n      code\n      link\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitJoinRequests($unitId: ID!) {\n    unitJoinRequests(unitId: $unitId) {\n      id\n      userId\n      userDisplayName\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query UnitJoinRequests($unitId: ID!) {\n    unitJoinRequests(unitId: $unitId) {\n      id\n      userId\n      userDisplayName\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideUnitJoinRequest($requestId: ID!, $approve: Boolean!, $reason: String) {\n    decideUnitJoinRequest(requestId: $requestId, approve: $approve, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation DecideUnitJoinRequest($requestId: ID!, $approve: Boolean!, $reason: String) {\n    decideUnitJoinRequest(requestId: $requestId, approve: $approve, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitMembers($unitId: ID!) {\n    unitMembers(unitId: $unitId) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query UnitMembers($unitId: ID!) {\n    unitMembers(unitId: $unitId) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveUnitMember($unitId: ID!, $userId: ID!) {\n    removeUnitMember(unitId: $unitId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RemoveUnitMember($unitId: ID!, $userId: ID!) {\n    removeUnitMember(unitId: $unitId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchWorkUnits($search: String!, $first: Int, $after: String) {\n    searchWorkUnits(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          regionCode\n          regionName\n          parentName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchWorkUnits($search: String!, $first: Int, $after: String) {\n    searchWorkUnits(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          regionCode\n          regionName\n          parentName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestToJoinUnit($unitId: ID!) {\n    requestToJoinUnit(input: { unitId: $unitId }) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestToJoinUnit($unitId: ID!) {\n    requestToJoinUnit(input: { unitId: $unitId }) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyUnitJoinRequests {\n    myUnitJoinRequests {\n      id\n      unitId\n      unitName\n      status\n      reason\n      createdAt\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  query MyUnitJoinRequests {\n    myUnitJoinRequests {\n      id\n      unitId\n      unitName\n      status\n      reason\n      createdAt\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawUnitJoinRequest($requestId: ID!) {\n    withdrawUnitJoinRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawUnitJoinRequest($requestId: ID!) {\n    withdrawUnitJoinRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;