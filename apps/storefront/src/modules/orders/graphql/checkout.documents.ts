import { graphql } from '../../../generated';

export const ADDRESS_FIELDS = graphql(`
  fragment AddressFields on Address {
    id
    recipient
    phone
    province
    city
    district
    provinceCode
    cityCode
    countyCode
    detail
    postalCode
    isDefault
  }
`);

/** A payment method as PaymentPicker offers it (the checkout and the live room's buy panel). */
export const PAYMENT_METHOD_FIELDS = graphql(`
  fragment PaymentMethodFields on PaymentMethodInfo {
    method
    label
    available
    reason
  }
`);

export const CHECKOUT_QUERY = graphql(`
  query CheckoutData {
    myCart {
      ...CartItemFields
    }
    cartQuote {
      ...CartQuoteFields
    }
    myAddresses {
      ...AddressFields
    }
    paymentMethods {
      ...PaymentMethodFields
    }
  }
`);

export const SAVE_ADDRESS = graphql(`
  mutation SaveAddress($input: AddressInput!, $id: ID) {
    saveAddress(input: $input, id: $id) {
      ...AddressFields
    }
  }
`);

export const PLACE_ORDER = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      id
      orderNo
      totalFen
    }
  }
`);
