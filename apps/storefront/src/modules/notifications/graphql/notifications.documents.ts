import { graphql } from '../../../generated';

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
