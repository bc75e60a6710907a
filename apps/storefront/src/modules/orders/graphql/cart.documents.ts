import { graphql } from '../../../generated';

export const CART_ITEM_FIELDS = graphql(`
  fragment CartItemFields on CartItem {
    id
    skuId
    quantity
    priceFen
    details {
      productId
      productName
      spec
      supplierId
      supplierName
      currentPriceFen
      sellable
      certified
      thumbUrl
    }
    purchaseLimit
    purchaseLimitRemaining
  }
`);

export const CART_QUOTE_FIELDS = graphql(`
  fragment CartQuoteFields on CartQuote {
    itemCount
    itemsFen
    shippingFen
    totalFen
    unavailableCount
    groups {
      supplierId
      supplierName
      itemIds
      quantity
      itemsFen
      shippingFen
      totalFen
      missingForFreeShippingFen
    }
  }
`);

export const MY_CART_QUERY = graphql(`
  query MyCart {
    myCart {
      ...CartItemFields
    }
    cartQuote {
      ...CartQuoteFields
    }
  }
`);

/** The header's item count: the same root field as the cart page, so the count follows every cart change. */
export const CART_COUNT_QUERY = graphql(`
  query CartCount {
    myCart {
      id
      quantity
    }
  }
`);

export const ADD_TO_CART = graphql(`
  mutation AddToCart($input: CartLineInput!) {
    addToCart(input: $input) {
      ...CartItemFields
    }
  }
`);

export const UPDATE_CART_ITEM = graphql(`
  mutation UpdateCartItem($input: CartLineInput!, $confirmPrice: Boolean) {
    updateCartItem(input: $input, confirmPrice: $confirmPrice) {
      ...CartItemFields
    }
  }
`);

export const REMOVE_FROM_CART = graphql(`
  mutation RemoveFromCart($skuIds: [ID!]!) {
    removeFromCart(skuIds: $skuIds) {
      ...CartItemFields
    }
  }
`);
