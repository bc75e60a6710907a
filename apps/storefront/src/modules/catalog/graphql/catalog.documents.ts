import { graphql } from '../../../generated';

export const PRODUCT_CARD_FIELDS = graphql(`
  fragment ProductCardFields on Product {
    id
    name
    category
    priceFen
    coverImageUrl
    certified
    stockState
    salesCount
    county {
      code
      name
    }
    supplier {
      id
      name
    }
  }
`);

export const HOME_QUERY = graphql(`
  query Home {
    featured: products(sort: sales, first: 8) {
      edges {
        cursor
        node {
          ...ProductCardFields
        }
      }
    }
    categories {
      category
      productCount
    }
    counties: regions(level: county, served: true) {
      code
      name
      fullName
      productCount
    }
  }
`);

export const SEARCH_FILTERS_QUERY = graphql(`
  query SearchFilters {
    counties: regions(level: county, served: true) {
      code
      name
      productCount
    }
  }
`);

export const SEARCH_PRODUCTS_QUERY = graphql(`
  query SearchProducts(
    $search: String
    $countyCode: String
    $category: ProductCategory
    $certifiedOnly: Boolean
    $sort: ProductSort
    $first: Int
    $after: String
    $withCounts: Boolean! = true
  ) {
    products(
      search: $search
      countyCode: $countyCode
      category: $category
      certifiedOnly: $certifiedOnly
      sort: $sort
      first: $first
      after: $after
    ) {
      totalCount
      categoryCounts @include(if: $withCounts) {
        category
        productCount
      }
      edges {
        cursor
        node {
          ...ProductCardFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const PRODUCT_RATINGS_QUERY = graphql(`
  query ProductRatings($productId: ID!) {
    productRatings(productId: $productId, first: 10) {
      count
      average
      items {
        id
        rating
        comment
        spec
        ratedAt
      }
    }
  }
`);

export const PRODUCT_PAGE_QUERY = graphql(`
  query ProductPage($id: ID!) {
    product(id: $id) {
      id
      name
      category
      description
      priceFen
      stockState
      certified
      salesCount
      coverImageUrl
      certification {
        certificateNo
        issuedBy
        batch
        validFrom
        validTo
      }
      images {
        url
        thumbUrl
        alt
      }
      skus {
        id
        spec
        unit
        priceFen
        available
        stockState
      }
      county {
        code
        name
        fullName
      }
      origin {
        code
        name
        fullName
      }
      supplier {
        id
        name
        kind
        enterpriseLevel
        productCount
        county {
          code
          name
          fullName
        }
      }
    }
  }
`);

export const SUPPLIER_PAGE_QUERY = graphql(`
  query SupplierPage($id: ID!) {
    supplier(id: $id) {
      id
      name
      kind
      enterpriseLevel
      story
      productCount
      county {
        code
        name
        fullName
      }
      village {
        code
        name
        fullName
      }
      products(first: 48) {
        ...ProductCardFields
      }
    }
  }
`);
