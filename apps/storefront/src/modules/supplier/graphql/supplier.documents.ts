import { graphql } from '../../../generated';

export const SUPPLIER_STATUS_FIELDS = graphql(`
  fragment SupplierStatusFields on Supplier {
    id
    name
    kind
    enterpriseLevel
    status
    county {
      code
      name
      fullName
    }
    application {
      supplierId
      creditCode
      contactName
      contactPhone
      bankName
      bankAccountName
      bankAccountNo
      licenseImageUrl
      benefitDescription
      appliedAt
    }
    nextStep {
      text
      countyHasReviewer
    }
    reviewSteps {
      id
      action
      fromStatus
      toStatus
      reason
      actorName
      createdAt
    }
  }
`);

export const MY_SUPPLIERS_QUERY = graphql(`
  query MySuppliers {
    mySuppliers {
      ...SupplierStatusFields
    }
  }
`);

export const APPLY_AS_SUPPLIER = graphql(`
  mutation ApplyAsSupplier($input: SupplierApplicationInput!) {
    applyAsSupplier(input: $input) {
      ...SupplierStatusFields
    }
  }
`);

export const COUNTIES_QUERY = graphql(`
  query ApplyCounties {
    counties: regions(level: county, served: true) {
      code
      fullName
    }
  }
`);

export const EDITOR_PRODUCT_FIELDS = graphql(`
  fragment EditorProductFields on Product {
    id
    supplierId
    name
    category
    description
    shelfStatus
    offShelfReason
    certified
    images {
      url
      thumbUrl
    }
    skus {
      id
      spec
      unit
      priceFen
      available
      reserved
      weightGrams
    }
  }
`);

export const SUPPLIER_PRODUCTS_QUERY = graphql(`
  query SupplierProducts($supplierId: ID!, $after: String) {
    supplierProducts(supplierId: $supplierId, first: 50, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...EditorProductFields
        }
      }
    }
    lowStockSkus(supplierId: $supplierId) {
      productId
      productName
      sku {
        id
        spec
        available
      }
    }
  }
`);

export const PRODUCT_FOR_EDIT_QUERY = graphql(`
  query ProductForEdit($id: ID!) {
    productForEdit(id: $id) {
      ...EditorProductFields
    }
    productCertifications(productId: $id) {
      id
      certificateNo
      issuedBy
      batch
      validFrom
      validTo
      verifiedAt
      rejectedReason
      current
    }
  }
`);

export const CREATE_PRODUCT = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      ...EditorProductFields
    }
  }
`);

export const UPDATE_PRODUCT = graphql(`
  mutation UpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      ...EditorProductFields
    }
  }
`);

export const SET_PRODUCT_STATUS = graphql(`
  mutation SetProductStatus($input: SetProductStatusInput!) {
    setProductStatus(input: $input) {
      id
      shelfStatus
      offShelfReason
    }
  }
`);

export const ADJUST_STOCK = graphql(`
  mutation AdjustStock($input: AdjustStockInput!) {
    adjustStock(input: $input) {
      id
      available
      reserved
    }
  }
`);

export const STOCK_MOVEMENTS_QUERY = graphql(`
  query StockMovements($skuId: ID!) {
    stockMovements(skuId: $skuId, first: 20) {
      totalCount
      edges {
        node {
          id
          kind
          availableDelta
          reservedDelta
          reason
          refType
          createdAt
        }
      }
    }
  }
`);

export const SUBMIT_CERTIFICATION = graphql(`
  mutation SubmitCertification($input: SubmitCertificationInput!) {
    submitCertification(input: $input) {
      id
    }
  }
`);

export const IMPORT_JOB_QUERY = graphql(`
  query ProductImportJob($id: ID!) {
    productImportJob(id: $id) {
      id
      fileName
      status
      totalRows
      validRows
      processedRows
      importedProducts
      errorCount
      failureMessage
      errors {
        row
        column
        message
      }
    }
  }
`);

export const CONFIRM_IMPORT = graphql(`
  mutation ConfirmProductImport($id: ID!) {
    confirmProductImport(id: $id) {
      id
      status
    }
  }
`);

export const MY_NOTIFICATIONS_QUERY = graphql(`
  query MyNotifications {
    myNotifications(first: 20) {
      totalCount
      edges {
        node {
          id
          kind
          title
          body
          readAt
          createdAt
        }
      }
    }
  }
`);

/** Live sessions' requests to sell the supplier's products at a live price. */
export const LIVE_OFFER_REQUESTS_QUERY = graphql(`
  query LiveOfferRequests($status: LiveOfferRequestStatus) {
    liveOfferRequests(status: $status, first: 50) {
      totalCount
      edges {
        node {
          id
          status
          requestedPriceFen
          requestedStockCap
          note
          createdAt
          session {
            id
            title
            hostName
            startsAt
          }
          product {
            id
            name
          }
          sku {
            id
            spec
            priceFen
          }
        }
      }
    }
  }
`);

export const ANSWER_LIVE_OFFER_REQUEST = graphql(`
  mutation AnswerLiveOfferRequest($input: AnswerLiveOfferRequestInput!) {
    answerLiveOfferRequest(input: $input) {
      id
      status
      approvedPriceFen
      approvedStockCap
    }
  }
`);
