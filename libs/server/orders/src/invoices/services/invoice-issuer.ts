import { createHmac, randomUUID } from 'node:crypto';
import type { InvoiceFileFormat } from './invoice-file';
import type { InvoiceRequestSnapshot } from '../dto/invoice-request';

/** What a 数电票 platform needs to issue one order's invoice. */
export interface InvoiceIssueRequest {
  /** Idempotency key at the provider: the same order never gets two invoices there either. */
  orderNo: string;
  supplierId: string;
  supplierName: string;
  buyer: InvoiceRequestSnapshot;
  lines: { name: string; spec: string; quantity: number; unitPriceFen: number; amountFen: number }[];
  shippingFen: number;
  totalFen: number;
}

export interface InvoiceIssueResult {
  invoiceNo: string;
  format: InvoiceFileFormat;
  bytes: Buffer;
}

/**
 * A 数电票 (全电发票) provider that issues an invoice and returns its file. One implementation per provider;
 * the supplier may always upload the file instead (issued on the 电子税务局 or elsewhere).
 */
export interface InvoiceIssuer {
  readonly name: string;
  issue(req: InvoiceIssueRequest): Promise<InvoiceIssueResult>;
}

/** The configured issuer, or null (then issuing through a provider shows as unavailable). */
export const INVOICE_ISSUER = Symbol('INVOICE_ISSUER');

export class InvoiceIssuerError extends Error {}

export interface HttpInvoiceIssuerConfig {
  url: string;
  appKey: string;
  appSecret: string;
  timeoutMs: number;
}

/** INVOICE_ISSUER_URL, INVOICE_ISSUER_APP_KEY and INVOICE_ISSUER_APP_SECRET together, or null (not configured). */
export function invoiceIssuerConfig(env: NodeJS.ProcessEnv = process.env): HttpInvoiceIssuerConfig | null {
  const url = env.INVOICE_ISSUER_URL?.trim();
  const appKey = env.INVOICE_ISSUER_APP_KEY?.trim();
  const appSecret = env.INVOICE_ISSUER_APP_SECRET?.trim();
  if (!url || !appKey || !appSecret) return null;
  if (!/^https?:\/\//.test(url)) throw new Error('INVOICE_ISSUER_URL must be an http(s) URL');
  return { url: url.replace(/\/+$/, ''), appKey, appSecret, timeoutMs: Number(env.INVOICE_ISSUER_TIMEOUT_MS ?? 15_000) || 15_000 };
}

/** HMAC-SHA256 over "<timestamp>\n<nonce>\n<body>", base64: how requests and answers are signed. */
export function issuerSignature(secret: string, timestamp: string, nonce: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${nonce}\n${body}`).digest('base64');
}

/**
 * A 数电票 service platform reached over HTTPS with an app key and an HMAC-signed JSON body (the shape the
 * 开放平台 of the usual service providers share: app key, timestamp, nonce, signature headers; an order
 * number as the idempotency key). Answers are signed the same way and checked before they are believed.
 */
export class HttpInvoiceIssuer implements InvoiceIssuer {
  readonly name = 'http';

  constructor(private readonly config: HttpInvoiceIssuerConfig) {}

  async issue(req: InvoiceIssueRequest): Promise<InvoiceIssueResult> {
    const body = JSON.stringify({ requestId: req.orderNo, ...req });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomUUID();
    let res: Response;
    try {
      res = await fetch(`${this.config.url}/v1/invoices`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-app-key': this.config.appKey,
          'x-timestamp': timestamp,
          'x-nonce': nonce,
          'x-signature': issuerSignature(this.config.appSecret, timestamp, nonce, body),
        },
        body,
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
    } catch (e) {
      throw new InvoiceIssuerError(`开票平台无响应：${(e as Error).name === 'TimeoutError' ? '超时' : (e as Error).message}`);
    }
    const text = await res.text();
    const sig = res.headers.get('x-signature');
    const ts = res.headers.get('x-timestamp') ?? '';
    const rn = res.headers.get('x-nonce') ?? '';
    if (!sig || sig !== issuerSignature(this.config.appSecret, ts, rn, text)) throw new InvoiceIssuerError('开票平台的应答签名无效');
    let parsed: { code?: string; message?: string; invoiceNo?: string; format?: string; fileBase64?: string };
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new InvoiceIssuerError('开票平台的应答无法解析');
    }
    if (!res.ok || parsed.code !== 'OK') throw new InvoiceIssuerError(`开票平台拒绝开票：${parsed.message ?? res.status}`);
    if (!parsed.invoiceNo || (parsed.format !== 'pdf' && parsed.format !== 'ofd') || !parsed.fileBase64)
      throw new InvoiceIssuerError('开票平台的应答缺少发票号码或文件');
    return { invoiceNo: parsed.invoiceNo, format: parsed.format, bytes: Buffer.from(parsed.fileBase64, 'base64') };
  }
}

export function invoiceIssuerFromEnv(env: NodeJS.ProcessEnv = process.env): InvoiceIssuer | null {
  const config = invoiceIssuerConfig(env);
  return config ? new HttpInvoiceIssuer(config) : null;
}
