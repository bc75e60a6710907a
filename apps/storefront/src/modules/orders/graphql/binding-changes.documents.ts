import { graphql } from '../../../generated';

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
