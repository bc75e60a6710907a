import { graphql } from '../../../generated';

export const ONLINE_METHODS_QUERY = graphql(`
  query OnlineMethods {
    paymentMethods {
      method
      label
      available
    }
  }
`);

export const START_PAYMENT = graphql(`
  mutation StartPayment($orderIds: [ID!]!, $device: PayerDevice, $method: PaymentMethod) {
    startPayment(orderIds: $orderIds, device: $device, method: $method) {
      method
      amountFen
      clientSecret
      publishableKey
      paymentIntentId
      codeUrl
      h5Url
      redirectUrl
    }
  }
`);

export const CHECK_PAYMENT = graphql(`
  mutation CheckPayment($orderId: ID!) {
    checkPayment(orderId: $orderId) {
      attemptId
      state
      result
    }
  }
`);

export const PAYMENT_RECEIPT_QUERY = graphql(`
  query PaymentReceipt($orderId: ID!) {
    paymentReceipt(orderId: $orderId) {
      receiptNo
      orderNo
      remittanceRef
      payerName
      payeeName
      payeeBank
      payeeAccount
      totalFen
      receivedFen
      amountInWords
      issuedAt
      transfers {
        bankTxnNo
        payerName
        payerAccount
        amountFen
        receivedAt
      }
    }
  }
`);
