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
    "\n  fragment ReportRowFields on ReportRow {\n    key\n    label\n    households\n    people\n    amountFen\n  }\n": typeof types.ReportRowFieldsFragmentDoc,
    "\n  query AttributionReport($regionCode: String!, $year: Int) {\n    attributionReport(regionCode: $regionCode, year: $year) {\n      regionCode\n      regionName\n      year\n      households\n      people\n      totalFen\n      averagePerHouseholdFen\n      sentence\n      byCategory { ...ReportRowFields }\n      byVillage { ...ReportRowFields }\n      bySupplier { ...ReportRowFields }\n      byProduct { ...ReportRowFields }\n      byUnit { ...ReportRowFields }\n      bySession { ...ReportRowFields }\n      byMonth { ...ReportRowFields }\n    }\n  }\n": typeof types.AttributionReportDocument,
    "\n  query IncomeAlerts($countyCode: String!, $year: Int, $first: Int, $after: String) {\n    incomeAlerts(countyCode: $countyCode, year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          status\n          perCapitaFen\n          attributedFen\n          otherIncomeFen\n          household { id householdNo headNameMasked villageName members category }\n        }\n      }\n    }\n  }\n": typeof types.IncomeAlertsDocument,
    "\n  mutation ExportAttributionReport($regionCode: String!, $year: Int) {\n    exportAttributionReport(regionCode: $regionCode, year: $year) { filename contentBase64 }\n  }\n": typeof types.ExportAttributionReportDocument,
    "\n  query Households($countyCode: String!, $search: String, $first: Int, $after: String) {\n    households(countyCode: $countyCode, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node { id householdNo headNameMasked idNumberMasked villageName members category incomePerCapitaFen helpers }\n      }\n    }\n  }\n": typeof types.HouseholdsDocument,
    "\n  mutation ImportHouseholds($input: ImportFileInput!) {\n    importHouseholds(input: $input) { id status totalRows processedRows createdRows errors { row field message } }\n  }\n": typeof types.ImportHouseholdsDocument,
    "\n  mutation ImportBenefitLinks($input: ImportFileInput!) {\n    importBenefitLinks(input: $input) { id status totalRows processedRows createdRows errors { row field message } }\n  }\n": typeof types.ImportBenefitLinksDocument,
    "\n  mutation ExportHouseholds($countyCode: String!) {\n    exportHouseholds(countyCode: $countyCode) { filename contentBase64 }\n  }\n": typeof types.ExportHouseholdsDocument,
    "\n  mutation RevealHousehold($id: ID!, $reason: String!) {\n    revealHousehold(id: $id, reason: $reason) { id headName idNumber }\n  }\n": typeof types.RevealHouseholdDocument,
    "\n  query HouseholdIncome($id: ID!, $year: Int) {\n    householdIncome(id: $id, year: $year) {\n      year\n      attributedFen\n      otherIncomeFen\n      totalFen\n      perCapitaFen\n      povertyLinePerCapitaFen\n      monitoringLinePerCapitaFen\n      status\n      byMonth { key amountFen }\n      recentEntries { id orderNo amountFen reversesId month }\n      otherIncome { id kind amountFen note }\n      household { id householdNo headNameMasked idNumberMasked villageName members category helpers }\n    }\n  }\n": typeof types.HouseholdIncomeDocument,
    "\n  mutation RecordOtherIncome($input: OtherIncomeInput!) {\n    recordOtherIncome(input: $input) { id amountFen }\n  }\n": typeof types.RecordOtherIncomeDocument,
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
    "\n  fragment ReportRowFields on ReportRow {\n    key\n    label\n    households\n    people\n    amountFen\n  }\n": types.ReportRowFieldsFragmentDoc,
    "\n  query AttributionReport($regionCode: String!, $year: Int) {\n    attributionReport(regionCode: $regionCode, year: $year) {\n      regionCode\n      regionName\n      year\n      households\n      people\n      totalFen\n      averagePerHouseholdFen\n      sentence\n      byCategory { ...ReportRowFields }\n      byVillage { ...ReportRowFields }\n      bySupplier { ...ReportRowFields }\n      byProduct { ...ReportRowFields }\n      byUnit { ...ReportRowFields }\n      bySession { ...ReportRowFields }\n      byMonth { ...ReportRowFields }\n    }\n  }\n": types.AttributionReportDocument,
    "\n  query IncomeAlerts($countyCode: String!, $year: Int, $first: Int, $after: String) {\n    incomeAlerts(countyCode: $countyCode, year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          status\n          perCapitaFen\n          attributedFen\n          otherIncomeFen\n          household { id householdNo headNameMasked villageName members category }\n        }\n      }\n    }\n  }\n": types.IncomeAlertsDocument,
    "\n  mutation ExportAttributionReport($regionCode: String!, $year: Int) {\n    exportAttributionReport(regionCode: $regionCode, year: $year) { filename contentBase64 }\n  }\n": types.ExportAttributionReportDocument,
    "\n  query Households($countyCode: String!, $search: String, $first: Int, $after: String) {\n    households(countyCode: $countyCode, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node { id householdNo headNameMasked idNumberMasked villageName members category incomePerCapitaFen helpers }\n      }\n    }\n  }\n": types.HouseholdsDocument,
    "\n  mutation ImportHouseholds($input: ImportFileInput!) {\n    importHouseholds(input: $input) { id status totalRows processedRows createdRows errors { row field message } }\n  }\n": types.ImportHouseholdsDocument,
    "\n  mutation ImportBenefitLinks($input: ImportFileInput!) {\n    importBenefitLinks(input: $input) { id status totalRows processedRows createdRows errors { row field message } }\n  }\n": types.ImportBenefitLinksDocument,
    "\n  mutation ExportHouseholds($countyCode: String!) {\n    exportHouseholds(countyCode: $countyCode) { filename contentBase64 }\n  }\n": types.ExportHouseholdsDocument,
    "\n  mutation RevealHousehold($id: ID!, $reason: String!) {\n    revealHousehold(id: $id, reason: $reason) { id headName idNumber }\n  }\n": types.RevealHouseholdDocument,
    "\n  query HouseholdIncome($id: ID!, $year: Int) {\n    householdIncome(id: $id, year: $year) {\n      year\n      attributedFen\n      otherIncomeFen\n      totalFen\n      perCapitaFen\n      povertyLinePerCapitaFen\n      monitoringLinePerCapitaFen\n      status\n      byMonth { key amountFen }\n      recentEntries { id orderNo amountFen reversesId month }\n      otherIncome { id kind amountFen note }\n      household { id householdNo headNameMasked idNumberMasked villageName members category helpers }\n    }\n  }\n": types.HouseholdIncomeDocument,
    "\n  mutation RecordOtherIncome($input: OtherIncomeInput!) {\n    recordOtherIncome(input: $input) { id amountFen }\n  }\n": types.RecordOtherIncomeDocument,
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
export function graphql(source: "\n  fragment ReportRowFields on ReportRow {\n    key\n    label\n    households\n    people\n    amountFen\n  }\n"): (typeof documents)["\n  fragment ReportRowFields on ReportRow {\n    key\n    label\n    households\n    people\n    amountFen\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttributionReport($regionCode: String!, $year: Int) {\n    attributionReport(regionCode: $regionCode, year: $year) {\n      regionCode\n      regionName\n      year\n      households\n      people\n      totalFen\n      averagePerHouseholdFen\n      sentence\n      byCategory { ...ReportRowFields }\n      byVillage { ...ReportRowFields }\n      bySupplier { ...ReportRowFields }\n      byProduct { ...ReportRowFields }\n      byUnit { ...ReportRowFields }\n      bySession { ...ReportRowFields }\n      byMonth { ...ReportRowFields }\n    }\n  }\n"): (typeof documents)["\n  query AttributionReport($regionCode: String!, $year: Int) {\n    attributionReport(regionCode: $regionCode, year: $year) {\n      regionCode\n      regionName\n      year\n      households\n      people\n      totalFen\n      averagePerHouseholdFen\n      sentence\n      byCategory { ...ReportRowFields }\n      byVillage { ...ReportRowFields }\n      bySupplier { ...ReportRowFields }\n      byProduct { ...ReportRowFields }\n      byUnit { ...ReportRowFields }\n      bySession { ...ReportRowFields }\n      byMonth { ...ReportRowFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncomeAlerts($countyCode: String!, $year: Int, $first: Int, $after: String) {\n    incomeAlerts(countyCode: $countyCode, year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          status\n          perCapitaFen\n          attributedFen\n          otherIncomeFen\n          household { id householdNo headNameMasked villageName members category }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncomeAlerts($countyCode: String!, $year: Int, $first: Int, $after: String) {\n    incomeAlerts(countyCode: $countyCode, year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          status\n          perCapitaFen\n          attributedFen\n          otherIncomeFen\n          household { id householdNo headNameMasked villageName members category }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportAttributionReport($regionCode: String!, $year: Int) {\n    exportAttributionReport(regionCode: $regionCode, year: $year) { filename contentBase64 }\n  }\n"): (typeof documents)["\n  mutation ExportAttributionReport($regionCode: String!, $year: Int) {\n    exportAttributionReport(regionCode: $regionCode, year: $year) { filename contentBase64 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Households($countyCode: String!, $search: String, $first: Int, $after: String) {\n    households(countyCode: $countyCode, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node { id householdNo headNameMasked idNumberMasked villageName members category incomePerCapitaFen helpers }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Households($countyCode: String!, $search: String, $first: Int, $after: String) {\n    households(countyCode: $countyCode, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node { id householdNo headNameMasked idNumberMasked villageName members category incomePerCapitaFen helpers }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportHouseholds($input: ImportFileInput!) {\n    importHouseholds(input: $input) { id status totalRows processedRows createdRows errors { row field message } }\n  }\n"): (typeof documents)["\n  mutation ImportHouseholds($input: ImportFileInput!) {\n    importHouseholds(input: $input) { id status totalRows processedRows createdRows errors { row field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportBenefitLinks($input: ImportFileInput!) {\n    importBenefitLinks(input: $input) { id status totalRows processedRows createdRows errors { row field message } }\n  }\n"): (typeof documents)["\n  mutation ImportBenefitLinks($input: ImportFileInput!) {\n    importBenefitLinks(input: $input) { id status totalRows processedRows createdRows errors { row field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportHouseholds($countyCode: String!) {\n    exportHouseholds(countyCode: $countyCode) { filename contentBase64 }\n  }\n"): (typeof documents)["\n  mutation ExportHouseholds($countyCode: String!) {\n    exportHouseholds(countyCode: $countyCode) { filename contentBase64 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealHousehold($id: ID!, $reason: String!) {\n    revealHousehold(id: $id, reason: $reason) { id headName idNumber }\n  }\n"): (typeof documents)["\n  mutation RevealHousehold($id: ID!, $reason: String!) {\n    revealHousehold(id: $id, reason: $reason) { id headName idNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdIncome($id: ID!, $year: Int) {\n    householdIncome(id: $id, year: $year) {\n      year\n      attributedFen\n      otherIncomeFen\n      totalFen\n      perCapitaFen\n      povertyLinePerCapitaFen\n      monitoringLinePerCapitaFen\n      status\n      byMonth { key amountFen }\n      recentEntries { id orderNo amountFen reversesId month }\n      otherIncome { id kind amountFen note }\n      household { id householdNo headNameMasked idNumberMasked villageName members category helpers }\n    }\n  }\n"): (typeof documents)["\n  query HouseholdIncome($id: ID!, $year: Int) {\n    householdIncome(id: $id, year: $year) {\n      year\n      attributedFen\n      otherIncomeFen\n      totalFen\n      perCapitaFen\n      povertyLinePerCapitaFen\n      monitoringLinePerCapitaFen\n      status\n      byMonth { key amountFen }\n      recentEntries { id orderNo amountFen reversesId month }\n      otherIncome { id kind amountFen note }\n      household { id householdNo headNameMasked idNumberMasked villageName members category helpers }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOtherIncome($input: OtherIncomeInput!) {\n    recordOtherIncome(input: $input) { id amountFen }\n  }\n"): (typeof documents)["\n  mutation RecordOtherIncome($input: OtherIncomeInput!) {\n    recordOtherIncome(input: $input) { id amountFen }\n  }\n"];
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