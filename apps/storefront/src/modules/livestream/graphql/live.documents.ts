import { graphql } from '../../../generated';

export const LIVE_SESSION_FIELDS = graphql(`
  fragment LiveSessionFields on LiveSession {
    id
    title
    hostName
    hostTitle
    kind
    countyCode
    countyName
    status
    startsAt
    startedAt
    endedAt
    coverUrl
    streamUrl
    externalRoomUrl
    replayUrl
    seq
    orderCount
    placedCount
    itemCount
    salesFen
    likeCount
    viewerCount
    canManage
    currentOfferId
  }
`);

/** An order's line in the room's ticker, as the room reads it on opening and from each push (live-state's mergeTicker). */
export const LIVE_TICKER_FIELDS = graphql(`
  fragment LiveTickerFields on LiveTickerItem {
    id
    orderId
    status
    text
    at
  }
`);

/** A comment as the room lists it: on opening, from each push, and the one the viewer just posted. */
export const LIVE_COMMENT_FIELDS = graphql(`
  fragment LiveCommentFields on LiveCommentItem {
    id
    userId
    authorName
    body
    createdAt
  }
`);

export const LIVE_SESSIONS_QUERY = graphql(`
  query LiveSessions($status: LiveSessionStatus, $first: Int, $after: String) {
    liveSessions(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...LiveSessionFields
        }
      }
    }
  }
`);

export const LIVE_ROOM_QUERY = graphql(`
  query LiveRoom($id: ID!, $includeUnpinned: Boolean) {
    liveSession(id: $id) {
      ...LiveSessionFields
      offers(includeUnpinned: $includeUnpinned) {
        id
        productId
        skuId
        livePriceFen
        stockCap
        stockLeft
        perBuyerLimit
        offerStartsAt
        offerEndsAt
        pinned
        claimed
        sortOrder
        product {
          id
          name
          coverImageUrl
          priceFen
        }
        sku {
          id
          spec
          priceFen
        }
      }
      recentOrders(first: 20) {
        ...LiveTickerFields
      }
      recentComments(first: 50) {
        ...LiveCommentFields
      }
    }
  }
`);

export const LIVE_UPDATES_SUBSCRIPTION = graphql(`
  subscription LiveUpdates($sessionId: ID!) {
    liveUpdates(sessionId: $sessionId) {
      sessionId
      seq
      status
      orderCount
      placedCount
      itemCount
      salesFen
      likeCount
      viewerCount
      coalesced
      currentOfferId
      offers {
        skuId
        pinned
        claimed
        stockLeft
      }
      orders {
        ...LiveTickerFields
      }
      comments {
        ...LiveCommentFields
      }
      deletedCommentIds
    }
  }
`);

export const SCHEDULE_LIVE_SESSION = graphql(`
  mutation ScheduleLiveSession($input: ScheduleLiveSessionInput!) {
    scheduleLiveSession(input: $input) {
      ...LiveSessionFields
    }
  }
`);

export const UPDATE_LIVE_SESSION_LINKS = graphql(`
  mutation UpdateLiveSessionLinks($id: ID!, $input: UpdateLiveSessionInput!) {
    updateLiveSession(id: $id, input: $input) {
      ...LiveSessionFields
    }
  }
`);

export const START_LIVE_SESSION = graphql(`
  mutation StartLiveSession($id: ID!) {
    startLiveSession(id: $id) {
      id
      status
      startedAt
    }
  }
`);

export const END_LIVE_SESSION = graphql(`
  mutation EndLiveSession($id: ID!, $replayUrl: String) {
    endLiveSession(id: $id, replayUrl: $replayUrl) {
      id
      status
      endedAt
      replayUrl
    }
  }
`);

export const PIN_LIVE_PRODUCT = graphql(`
  mutation PinLiveProduct($input: PinLiveProductInput!) {
    pinLiveProduct(input: $input) {
      id
      pinned
    }
  }
`);

export const UNPIN_LIVE_PRODUCT = graphql(`
  mutation UnpinLiveProduct($sessionId: ID!, $skuId: ID!) {
    unpinLiveProduct(sessionId: $sessionId, skuId: $skuId)
  }
`);

export const POST_LIVE_COMMENT = graphql(`
  mutation PostLiveComment($input: PostLiveCommentInput!) {
    postLiveComment(input: $input) {
      ...LiveCommentFields
    }
  }
`);

export const DELETE_LIVE_COMMENT = graphql(`
  mutation DeleteLiveComment($id: ID!) {
    deleteLiveComment(id: $id)
  }
`);

export const MUTE_LIVE_VIEWER = graphql(`
  mutation MuteLiveViewer($sessionId: ID!, $userId: ID!) {
    muteLiveViewer(sessionId: $sessionId, userId: $userId)
  }
`);

export const LIKE_LIVE_SESSION = graphql(`
  mutation LikeLiveSession($sessionId: ID!) {
    likeLiveSession(sessionId: $sessionId)
  }
`);

export const LIVE_PRODUCT_PICKER_QUERY = graphql(`
  query LiveProductPicker($search: String) {
    products(search: $search, first: 10) {
      edges {
        node {
          id
          name
          priceFen
          skus {
            id
            spec
            priceFen
          }
        }
      }
    }
  }
`);

export const LIVE_PERIOD_REPORT_QUERY = graphql(`
  query LivePeriodReport($countyCode: String!, $from: DateTime!, $to: DateTime!) {
    livePeriodReport(countyCode: $countyCode, from: $from, to: $to) {
      hosts
      sessions
      salesSessions
      tourismSessions
      orders
      items
      salesFen
      summary
      byHost {
        hostName
        hostTitle
        salesSessions
        tourismSessions
        orders
        salesFen
      }
      bySession {
        sessionId
        title
        hostName
        kind
        startsAt
        orders
        items
        paidSalesFen
        pendingSalesFen
        buyers
        buyerUnits
        uniqueViewers
        peakViewers
        conversion
        averageOrderFen
        topProducts {
          name
          quantity
          salesFen
        }
      }
    }
  }
`);

export const LIVE_PERIOD_REPORT_XLSX_QUERY = graphql(`
  query LivePeriodReportXlsx($countyCode: String!, $from: DateTime!, $to: DateTime!) {
    livePeriodReportXlsx(countyCode: $countyCode, from: $from, to: $to)
  }
`);

export const LIVE_CHECKOUT_QUERY = graphql(`
  query LiveCheckout {
    myAddresses {
      ...AddressFields
    }
    paymentMethods {
      ...PaymentMethodFields
    }
  }
`);

/** One follow of the signed-in buyer (a supplier or a county), as the follow buttons and the 我的关注 list read it. */
export const FOLLOW_FIELDS = graphql(`
  fragment FollowFields on Follow {
    targetKind
    targetId
    name
  }
`);

export const MY_FOLLOWS_QUERY = graphql(`
  query MyFollows {
    myFollows {
      ...FollowFields
    }
  }
`);

export const FOLLOW_SUPPLIER = graphql(`
  mutation FollowSupplier($supplierId: ID!) {
    followSupplier(supplierId: $supplierId) {
      ...FollowFields
    }
  }
`);

export const UNFOLLOW_SUPPLIER = graphql(`
  mutation UnfollowSupplier($supplierId: ID!) {
    unfollowSupplier(supplierId: $supplierId)
  }
`);

export const FOLLOW_COUNTY = graphql(`
  mutation FollowCounty($countyCode: String!) {
    followCounty(countyCode: $countyCode) {
      ...FollowFields
    }
  }
`);

export const UNFOLLOW_COUNTY = graphql(`
  mutation UnfollowCounty($countyCode: String!) {
    unfollowCounty(countyCode: $countyCode)
  }
`);

export const REQUEST_LIVE_OFFER = graphql(`
  mutation RequestLiveOffer($input: RequestLiveOfferInput!) {
    requestLiveOffer(input: $input) {
      id
      status
    }
  }
`);

/** The host console's view of what suppliers answered. */
export const LIVE_OFFER_REQUESTS_OF_SESSION = graphql(`
  query LiveOfferRequestsOfSession($id: ID!) {
    liveSession(id: $id) {
      id
      offerRequests {
        id
        status
        requestedPriceFen
        requestedStockCap
        approvedPriceFen
        approvedStockCap
        declineReason
        product {
          id
          name
        }
        sku {
          id
          spec
        }
      }
    }
  }
`);

export const LIVE_RUN_OF_SHOW_QUERY = graphql(`
  query LiveRunOfShow($id: ID!) {
    liveSession(id: $id) {
      id
      offers(includeUnpinned: true) {
        id
        placedOrderCount
        paidOrderCount
      }
    }
  }
`);

export const SET_LIVE_CURRENT_OFFER = graphql(`
  mutation SetLiveCurrentOffer($sessionId: ID!, $offerId: ID) {
    setLiveCurrentOffer(sessionId: $sessionId, offerId: $offerId) {
      id
      currentOfferId
      seq
    }
  }
`);

export const UPDATE_LIVE_COVER = graphql(`
  mutation UpdateLiveCover($id: ID!, $coverUrl: String) {
    updateLiveSession(id: $id, input: { coverUrl: $coverUrl }) {
      id
      coverUrl
    }
  }
`);
