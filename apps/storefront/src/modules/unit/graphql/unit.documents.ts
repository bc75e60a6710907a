import { graphql } from '../../../generated';

export const UNIT_INVITE_PREVIEW_QUERY = graphql(`
  query UnitInvitePreview($code: String!) {
    unitInvitePreview(input: { code: $code }) {
      code
      unitId
      unitName
      regionCode
      expiresAt
    }
  }
`);

export const JOIN_UNIT_BY_CODE_MUTATION = graphql(`
  mutation JoinUnitByCode($code: String!) {
    joinUnitByCode(input: { code: $code }) {
      id
      name
    }
  }
`);

export const LEAVE_UNIT_MUTATION = graphql(`
  mutation LeaveUnit {
    leaveUnit
  }
`);

export const ACTIVE_UNIT_INVITE_QUERY = graphql(`
  query ActiveUnitInvite($unitId: ID!) {
    activeUnitInvite(unitId: $unitId) {
      id
      code
      link
      expiresAt
    }
  }
`);

export const CREATE_UNIT_INVITE_MUTATION = graphql(`
  mutation CreateUnitInvite($unitId: ID!) {
    createUnitInvite(input: { unitId: $unitId }) {
      id
      code
      link
      expiresAt
    }
  }
`);

export const UNIT_JOIN_REQUESTS_QUERY = graphql(`
  query UnitJoinRequests($unitId: ID!) {
    unitJoinRequests(unitId: $unitId) {
      id
      userId
      userDisplayName
      status
      createdAt
    }
  }
`);

export const DECIDE_UNIT_JOIN_REQUEST_MUTATION = graphql(`
  mutation DecideUnitJoinRequest($requestId: ID!, $approve: Boolean!, $reason: String) {
    decideUnitJoinRequest(requestId: $requestId, approve: $approve, reason: $reason) {
      id
      status
      reason
    }
  }
`);

export const UNIT_MEMBERS_QUERY = graphql(`
  query UnitMembers($unitId: ID!) {
    unitMembers(unitId: $unitId) {
      id
      displayName
    }
  }
`);

export const REMOVE_UNIT_MEMBER_MUTATION = graphql(`
  mutation RemoveUnitMember($unitId: ID!, $userId: ID!) {
    removeUnitMember(unitId: $unitId, userId: $userId)
  }
`);

export const SEARCH_WORK_UNITS_QUERY = graphql(`
  query SearchWorkUnits($search: String!, $first: Int, $after: String) {
    searchWorkUnits(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          name
          regionCode
          regionName
          parentName
        }
      }
    }
  }
`);

export const REQUEST_TO_JOIN_UNIT_MUTATION = graphql(`
  mutation RequestToJoinUnit($unitId: ID!) {
    requestToJoinUnit(input: { unitId: $unitId }) {
      id
      status
    }
  }
`);

export const MY_UNIT_JOIN_REQUESTS_QUERY = graphql(`
  query MyUnitJoinRequests {
    myUnitJoinRequests {
      id
      unitId
      unitName
      status
      reason
      createdAt
      decidedAt
    }
  }
`);

export const WITHDRAW_UNIT_JOIN_REQUEST_MUTATION = graphql(`
  mutation WithdrawUnitJoinRequest($requestId: ID!) {
    withdrawUnitJoinRequest(requestId: $requestId) {
      id
      status
    }
  }
`);
