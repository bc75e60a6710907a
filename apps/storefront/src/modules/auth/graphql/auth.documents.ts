import { graphql } from '../../../generated';

export const SESSION_USER_FIELDS = graphql(`
  fragment SessionUserFields on User {
    id
    displayName
    username
    phone
    email
    createdAt
    roles {
      role
      scopeLabel
      unitId
      supplierId
      regionCode
    }
    unit {
      id
      name
      headcount
      region {
        code
        name
        fullName
      }
    }
  }
`);

/** What a sign-in, registration or password change answers: the tokens and the signed-in user. */
export const AUTH_SESSION_FIELDS = graphql(`
  fragment AuthSessionFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      ...SessionUserFields
    }
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...SessionUserFields
    }
  }
`);

export const LOGIN_MUTATION = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...AuthSessionFields
    }
  }
`);

export const REGISTER_MUTATION = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...AuthSessionFields
    }
  }
`);

export const REFRESH_SESSION_MUTATION = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export const LOGOUT_MUTATION = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);
