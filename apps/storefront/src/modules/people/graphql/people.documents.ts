import { graphql } from '../../../generated';

export const PERSON_FIELDS = graphql(`
  fragment PersonFields on Person {
    id
    displayName
    maskedPhone
    unitName
    suspended
    roles {
      id
      role
      scopeLabel
      unitId
      supplierId
      regionCode
    }
  }
`);

export const PEOPLE_QUERY = graphql(`
  query People($search: String, $role: Role, $first: Int, $after: String) {
    people(search: $search, role: $role, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...PersonFields
        }
      }
    }
  }
`);

export const ROLE_HOLDERS_QUERY = graphql(`
  query RoleHolders($scope: RoleScopeInput!) {
    roleHolders(scope: $scope) {
      ...PersonFields
    }
  }
`);

export const GRANT_ROLE_MUTATION = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      ...PersonFields
    }
  }
`);

export const WITHDRAW_ROLE_MUTATION = graphql(`
  mutation WithdrawRole($input: WithdrawRoleInput!) {
    withdrawRole(input: $input) {
      ...PersonFields
    }
  }
`);

export const SUSPEND_ACCOUNT_MUTATION = graphql(`
  mutation SuspendAccount($input: AccountStatusInput!) {
    suspendAccount(input: $input) {
      ...PersonFields
    }
  }
`);

export const RESTORE_ACCOUNT_MUTATION = graphql(`
  mutation RestoreAccount($input: AccountStatusInput!) {
    restoreAccount(input: $input) {
      ...PersonFields
    }
  }
`);

export const ROLE_AUDIT_LOG_QUERY = graphql(`
  query RoleAuditLog($userId: ID, $first: Int, $after: String, $from: String, $to: String) {
    roleAuditLog(userId: $userId, first: $first, after: $after, from: $from, to: $to) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          action
          actorName
          actorRole
          targetName
          role
          scopeLabel
          reason
          createdAt
        }
      }
    }
  }
`);

export const EXPORT_ROLE_AUDIT_LOG_QUERY = graphql(`
  query ExportRoleAuditLog($userId: ID, $from: String, $to: String) {
    exportRoleAuditLog(userId: $userId, from: $from, to: $to) {
      filename
      contentBase64
    }
  }
`);

/** Where a platform admin picks a supplier scope (first 100); counties come from the 省市区 cascader, units by name. */
export const SCOPE_CHOICES_QUERY = graphql(`
  query ScopeChoices {
    suppliers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const UNIT_CHOICES_QUERY = graphql(`
  query UnitChoices($search: String!) {
    searchWorkUnits(search: $search, first: 10) {
      edges {
        node {
          id
          name
          regionName
        }
      }
    }
  }
`);
