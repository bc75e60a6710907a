import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { issuerSignature } from '@yigou/server/orders';
// The fake invoice files are shared with the orders library's unit spec and are no part of its public index.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { fakeInvoicePdf } from '../../../../libs/server/orders/src/invoices/testing/invoice-files.fixture';

export type IssuerMode = 'ok' | 'refuse' | 'timeout' | 'bad-signature';

/**
 * A local 数电票 platform: checks the app key and the HMAC signature of each request with its own copy of the
 * secret, answers signed JSON with a PDF, and can be told to refuse, hang or sign wrongly.
 */
export class InvoiceIssuerStandIn {
  mode: IssuerMode = 'ok';
  readonly received: { orderNo: string; kind: string; title: string; totalFen: number }[] = [];
  /** What the platform issued, per order number: a request repeated (after a timeout) gets the same invoice back. */
  readonly issued = new Map<string, string>();
  private server!: Server;
  private seq = 0;

  constructor(
    readonly appKey: string,
    private readonly secret: string,
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const ts = String(req.headers['x-timestamp'] ?? '');
    const nonce = String(req.headers['x-nonce'] ?? '');
    const valid = req.headers['x-app-key'] === this.appKey && req.headers['x-signature'] === issuerSignature(this.secret, ts, nonce, body);
    const answer = (status: number, payload: object) => {
      const text = JSON.stringify(payload);
      const rts = String(Math.floor(Date.now() / 1000));
      const rn = randomUUID();
      const sig = this.mode === 'bad-signature' ? 'forged' : issuerSignature(this.secret, rts, rn, text);
      res.writeHead(status, { 'content-type': 'application/json', 'x-timestamp': rts, 'x-nonce': rn, 'x-signature': sig }).end(text);
    };
    if (!valid) return answer(401, { code: 'SIGN_ERROR', message: '签名错误' });
    const r = JSON.parse(body) as { orderNo: string; buyer: { kind: string; title: string }; totalFen: number };
    this.received.push({ orderNo: r.orderNo, kind: r.buyer.kind, title: r.buyer.title, totalFen: r.totalFen });
    if (this.mode === 'refuse') return answer(200, { code: 'TAX_REFUSED', message: '购方税号不存在' });
    let invoiceNo = this.issued.get(r.orderNo);
    if (!invoiceNo) {
      this.seq += 1;
      invoiceNo = `2614700000${String(this.seq).padStart(10, '0')}`;
      this.issued.set(r.orderNo, invoiceNo);
    }
    if (this.mode === 'timeout') return; // issued at the platform, but the answer never comes
    const pdf = fakeInvoicePdf(`数电票 ${invoiceNo} ${r.orderNo}`);
    answer(200, { code: 'OK', invoiceNo, format: 'pdf', fileBase64: pdf.toString('base64') });
  }
}
