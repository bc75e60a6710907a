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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;