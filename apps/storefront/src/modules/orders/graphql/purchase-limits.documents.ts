import { graphql } from '../../../generated';

/** A SKU's limit as the buyer's notice and the supplier's editor read it. */
export const SKU_LIMIT_FIELDS = graphql(`
  fragment SkuLimitFields on ProductSku {
    id
    spec
    purchaseLimit
  }
`);

export const SKU_LIMITS_QUERY = graphql(`
  query SkuPurchaseLimits($productId: ID!) {
    product(id: $productId) {
      id
      skus {
        ...SkuLimitFields
        purchaseLimitRemaining
      }
    }
  }
`);

/** The supplier's editor: read through productForEdit, so a draft or off-sale product's limits show too. */
export const EDITOR_SKU_LIMITS_QUERY = graphql(`
  query EditorSkuPurchaseLimits($productId: ID!) {
    productForEdit(id: $productId) {
      id
      skus {
        ...SkuLimitFields
      }
    }
  }
`);

export const SET_PURCHASE_LIMIT = graphql(`
  mutation SetPurchaseLimit($skuId: ID!, $perBuyer: Int) {
    setPurchaseLimit(skuId: $skuId, perBuyer: $perBuyer)
  }
`);
