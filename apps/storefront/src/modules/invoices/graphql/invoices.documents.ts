import { graphql } from '../../../generated';

/** The 发票 an order asked for, as the buyer's form, the supplier's desk and the invoice page show it. */
export const ORDER_INVOICE_FIELDS = graphql(`
  fragment OrderInvoiceFields on OrderInvoice {
    kind
    title
    taxNo
    bankName
    bankAccount
    address
    phone
  }
`);

export const ORDER_INVOICE_QUERY = graphql(`
  query OrderInvoice($id: ID!) {
    order(id: $id) {
      id
      orderNo
      status
      buyerId
      unitId
      invoice {
        ...OrderInvoiceFields
      }
      issuedInvoice {
        id
        invoiceNo
        kind
        format
        issuedAt
      }
    }
  }
`);

export const REQUEST_INVOICE = graphql(`
  mutation RequestInvoice($orderId: ID!, $input: InvoiceInput!) {
    requestInvoice(orderId: $orderId, input: $input) {
      id
      invoice {
        ...OrderInvoiceFields
      }
    }
  }
`);

export const INVOICE_REQUESTS_QUERY = graphql(`
  query InvoiceRequests {
    invoiceProviderAvailable
    invoiceRequests {
      id
      orderNo
      status
      totalFen
      createdAt
      invoice {
        ...OrderInvoiceFields
      }
    }
  }
`);

export const ISSUE_THROUGH_PROVIDER = graphql(`
  mutation IssueInvoiceThroughProvider($orderId: ID!) {
    issueInvoiceThroughProvider(orderId: $orderId) {
      id
      invoiceNo
    }
  }
`);

export const PROCUREMENT_LIST_QUERY = graphql(`
  query ProcurementListPage($orderId: ID, $unitId: ID, $month: String) {
    procurementList(orderId: $orderId, unitId: $unitId, month: $month) {
      title
      unitName
      month
      totalFen
      totalUppercase
      generatedAt
      orders {
        orderId
        orderNo
        placedOn
        supplierName
        shippingFen
        totalFen
        refundedFen
        netFen
        invoiceNo
        invoiceStatus
        countingStatus
        lines {
          productName
          spec
          quantity
          unitPriceFen
          amountFen
        }
      }
    }
  }
`);

export const PROCUREMENT_LIST_XLSX_QUERY = graphql(`
  query ProcurementListXlsx($orderId: ID, $unitId: ID, $month: String) {
    procurementListXlsx(orderId: $orderId, unitId: $unitId, month: $month) {
      filename
      contentBase64
    }
  }
`);

export const UNIT_INVOICES_QUERY = graphql(`
  query UnitInvoices($unitId: ID!, $month: String!) {
    unitInvoices(unitId: $unitId, month: $month) {
      orderId
      orderNo
      supplierName
      invoiceNo
      kind
      title
      totalFen
      issuedAt
    }
  }
`);
