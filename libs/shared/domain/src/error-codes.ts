/** Stable error codes carried in GraphQL `extensions.code`; clients switch on these. */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  ALREADY_REGISTERED: 'ALREADY_REGISTERED',
  INVALID_TOKEN: 'INVALID_TOKEN',
  INVALID_CURSOR: 'INVALID_CURSOR',
  UNKNOWN_REGION: 'UNKNOWN_REGION',
  /** An address whose province, city and county codes do not nest. */
  REGION_MISMATCH: 'REGION_MISMATCH',
  UNKNOWN_CARRIER: 'UNKNOWN_CARRIER',
  /** A waybill number that does not have its carrier's shape. */
  TRACKING_NO_SHAPE: 'TRACKING_NO_SHAPE',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  CREDIT_CODE_TAKEN: 'CREDIT_CODE_TAKEN',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  SUPPLIER_NOT_APPROVED: 'SUPPLIER_NOT_APPROVED',
  INVALID_IMAGE: 'INVALID_IMAGE',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  /** A JSON request body over the API's limit (256 KB): files go as multipart uploads. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  IMPORT_HAS_ERRORS: 'IMPORT_HAS_ERRORS',
  INSUFFICIENT_STOCK: 'INSUFFICIENT_STOCK',
  LIVE_OFFER_CLOSED: 'LIVE_OFFER_CLOSED',
  LIVE_SOLD_OUT: 'LIVE_SOLD_OUT',
  LIVE_BUYER_LIMIT: 'LIVE_BUYER_LIMIT',
  LIVE_SESSION_STATE: 'LIVE_SESSION_STATE',
  LIVE_COMMENT_TOO_FAST: 'LIVE_COMMENT_TOO_FAST',
  LIVE_MUTED: 'LIVE_MUTED',
  ALREADY_IN_UNIT: 'ALREADY_IN_UNIT',
  JOIN_REQUEST_PENDING: 'JOIN_REQUEST_PENDING',
  ALREADY_UNIT_MEMBER: 'ALREADY_UNIT_MEMBER',
  FILING_WINDOW_CLOSED: 'FILING_WINDOW_CLOSED',
  /** Granting a role the person already holds (same role, same scope). */
  ALREADY_HOLDS_ROLE: 'ALREADY_HOLDS_ROLE',
  /** Granting a role to a suspended account. */
  ACCOUNT_SUSPENDED: 'ACCOUNT_SUSPENDED',
  /** Withdrawing or suspending the last active platform admin. */
  LAST_PLATFORM_ADMIN: 'LAST_PLATFORM_ADMIN',
  /** An export (an audit log's XLSX) with more rows than one file may hold: refused, never cut; `limit` is the cap. */
  EXPORT_TOO_LARGE: 'EXPORT_TOO_LARGE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  PURCHASE_LIMIT_EXCEEDED: 'PURCHASE_LIMIT_EXCEEDED',
  PRICE_CHANGED: 'PRICE_CHANGED',
  NOT_ON_SALE: 'NOT_ON_SALE',
  INVALID_ORDER_STATE: 'INVALID_ORDER_STATE',
  PAYMENT_UNAVAILABLE: 'PAYMENT_UNAVAILABLE',
  TRANSFER_OVER_MATCHED: 'TRANSFER_OVER_MATCHED',
  CHECKOUT_BUSY: 'CHECKOUT_BUSY',
  /** A checkout key (`PlaceOrderInput.checkoutKey`) already used by this buyer for a checkout with other lines, address or payment. */
  CHECKOUT_KEY_REUSED: 'CHECKOUT_KEY_REUSED',
  /** This client spent its GraphQL cost budget for the window; retry after `retryAfterSeconds`. HTTP 429. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Anonymous requests are queued past their share of the server; retry shortly. HTTP 429. */
  SERVER_BUSY: 'SERVER_BUSY',
  /** SMS verification code wrong, expired, already used or tried too often. */
  INVALID_SMS_CODE: 'INVALID_SMS_CODE',
  /** Too many codes asked for from this address or phone: solve the captcha (`smsCaptcha`) and ask again. */
  CAPTCHA_REQUIRED: 'CAPTCHA_REQUIRED',
  /** No SMS service configured (SMS_PROVIDER=off) or the provider failed to send. */
  SMS_UNAVAILABLE: 'SMS_UNAVAILABLE',
  /** 电子发票 (orders/invoices): issued once per order; issue needs a request; PDF/OFD only; the 数电票 platform. */
  INVOICE_ALREADY_ISSUED: 'INVOICE_ALREADY_ISSUED',
  INVOICE_NOT_REQUESTED: 'INVOICE_NOT_REQUESTED',
  INVALID_INVOICE_FILE: 'INVALID_INVOICE_FILE',
  INVOICE_ISSUER_UNAVAILABLE: 'INVOICE_ISSUER_UNAVAILABLE',
  INVOICE_ISSUER_FAILED: 'INVOICE_ISSUER_FAILED',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];
