import { createSign, createVerify, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { shanghaiDateTime } from '@yigou/shared/time';

/** An application key pair as the Alipay open platform's key tool makes one (RSA 2048), base64 DER. */
export function generateAlipayKeys(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

const pem = (b64: string, kind: 'PRIVATE' | 'PUBLIC') =>
  `-----BEGIN ${kind} KEY-----\n${b64.match(/.{1,64}/g)!.join('\n')}\n-----END ${kind} KEY-----\n`;

/** Beijing time as Alipay writes it. */
const beijing = (at = new Date()) => shanghaiDateTime(at);

/** Alipay's signing content: every parameter but the excluded ones, sorted by name, `k=v` joined by `&`, values as they are. */
export function signContent(params: Record<string, string>, exclude: string[]): string {
  return Object.keys(params)
    .filter((k) => !exclude.includes(k) && params[k] !== undefined && params[k] !== '')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
}

export interface Trade {
  outTradeNo: string;
  tradeNo: string;
  totalAmount: string;
  subject: string;
  productCode: string;
  status: 'WAIT_BUYER_PAY' | 'TRADE_SUCCESS' | 'TRADE_CLOSED' | 'TRADE_FINISHED';
  notifyUrl: string;
  returnUrl: string;
  payMethod: string;
  timeExpire: string | null;
  paidAt: string | null;
  refunds: { outRequestNo: string; amount: string }[];
}

export interface GatewayCall {
  method: string;
  biz: Record<string, unknown>;
  signatureOk: boolean;
}

type Fault = { method: string; kind: 'timeout' | 'fail' | 'slow'; times: number; ms?: number };

/** What the cashier does with the async notification when the buyer clicks 确认付款. */
export type NotifyMode = 'once' | 'duplicate' | 'lost' | 'wrong_amount';

/**
 * A local stand-in for Alipay's OpenAPI gateway (openapi.alipay.com/gateway.do) as the official alipay-sdk calls it:
 * every request's RSA2 signature is checked with the application's public key, and every answer and notification is
 * signed with an "Alipay" key pair generated here (the API gets its public key as 支付宝公钥). It serves:
 * - GET gateway?method=alipay.trade.page.pay / alipay.trade.wap.pay: a small cashier page; 确认付款 marks the trade
 *   paid, posts the async notification to notify_url (once, twice, never, or with a wrong amount) and redirects the
 *   browser to return_url with Alipay's signed return parameters;
 * - POST alipay.trade.query, .close, .refund (idempotent by out_request_no), .fastpay.refund.query.
 * It can be told to time out (do the work, never answer), fail (20000 服务不可用, nothing done) or answer slowly per method, and builds
 * signed notifications for a test to send duplicated, out of order or altered.
 */
export class AlipayStandin {
  readonly alipayKeys = generateAlipayKeys();
  readonly trades = new Map<string, Trade>();
  readonly calls: GatewayCall[] = [];
  readonly notifications: { status: number; body: string; result: string | null }[] = [];
  notifyMode: NotifyMode = 'once';
  /** alipay.trade.close answers ACQ.TRADE_STATUS_ERROR for a trade waiting for payment (as for one being paid). */
  refuseClose = false;
  private server: Server | null = null;
  private faults: Fault[] = [];
  private held: ServerResponse[] = [];
  private seq = 0;

  constructor(
    readonly appId: string,
    private readonly appPublicKey: string,
  ) {}

  async start(): Promise<number> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        res.statusCode = 500;
        res.end(String(e));
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return (this.server.address() as AddressInfo).port;
  }

  get port(): number {
    return (this.server!.address() as AddressInfo).port;
  }

  /** The API's settings for this stand-in (its notify_url and the storefront to return to are the caller's). */
  appEnv(appPrivateKey: string, notifyUrl: string, returnUrl: string, extra: Record<string, string> = {}): Record<string, string> {
    return {
      ALIPAY_APP_ID: this.appId,
      ALIPAY_PRIVATE_KEY: appPrivateKey,
      ALIPAY_PUBLIC_KEY: this.alipayKeys.publicKey,
      ALIPAY_GATEWAY: `http://127.0.0.1:${this.port}/gateway.do`,
      ALIPAY_NOTIFY_URL: notifyUrl,
      ALIPAY_RETURN_URL: returnUrl,
      ...extra,
    };
  }

  close(): Promise<void> {
    for (const r of this.held) r.destroy();
    this.server?.closeAllConnections();
    return new Promise((r) => this.server?.close(() => r()) ?? r());
  }

  /** The next `times` calls of `method` are done but never answered (the SDK times out, however long it waits). */
  timeOut(method: string, times = 1): void {
    this.faults.push({ method, kind: 'timeout', times });
  }

  /** The next `times` calls of `method` are done and answered, but only after `ms` (as on a loaded machine). */
  slow(method: string, ms: number, times = 1): void {
    this.faults.push({ method, kind: 'slow', times, ms });
  }

  /** The next `times` calls of `method` answer 20000 服务不可用 and change nothing. */
  fail(method: string, times = 1): void {
    this.faults.push({ method, kind: 'fail', times });
  }

  sign(content: string): string {
    return createSign('RSA-SHA256').update(content, 'utf8').sign(pem(this.alipayKeys.privateKey, 'PRIVATE'), 'base64');
  }

  private verifyApp(params: Record<string, string>): boolean {
    if (!params.sign) return false;
    try {
      return createVerify('RSA-SHA256')
        .update(signContent(params, ['sign']), 'utf8')
        .verify(pem(this.appPublicKey, 'PUBLIC'), params.sign, 'base64');
    } catch {
      return false;
    }
  }

  /** The buyer pays at Alipay (the trade must have been opened in the cashier, or is created now): returns the signed notification. */
  pay(outTradeNo: string, alter: { totalAmount?: string } = {}): Record<string, string> {
    const t = this.trades.get(outTradeNo);
    if (!t) throw new Error(`no trade ${outTradeNo}`);
    t.status = 'TRADE_SUCCESS';
    t.paidAt = beijing();
    return this.notification(t, { trade_status: 'TRADE_SUCCESS', ...(alter.totalAmount ? { total_amount: alter.totalAmount } : {}) });
  }

  /** A signed trade_status_sync notification for the trade as it is now, with fields overridden. */
  notification(t: Trade, override: Record<string, string> = {}): Record<string, string> {
    const now = beijing();
    const params: Record<string, string> = {
      notify_time: now,
      notify_type: 'trade_status_sync',
      notify_id: `${randomBytes(16).toString('hex')}${++this.seq}`,
      app_id: this.appId,
      auth_app_id: this.appId,
      charset: 'utf-8',
      version: '1.0',
      sign_type: 'RSA2',
      trade_no: t.tradeNo,
      out_trade_no: t.outTradeNo,
      buyer_id: '2088102177846880',
      seller_id: '2088621955023911',
      trade_status: t.status,
      total_amount: t.totalAmount,
      receipt_amount: t.totalAmount,
      buyer_pay_amount: t.totalAmount,
      subject: t.subject,
      gmt_create: now,
      ...(t.paidAt ? { gmt_payment: t.paidAt } : {}),
      fund_bill_list: JSON.stringify([{ amount: t.totalAmount, fundChannel: 'ALIPAYACCOUNT' }]),
      ...override,
    };
    return this.signed(params);
  }

  /** Signs notification parameters as Alipay does: all but sign and sign_type. */
  signed(params: Record<string, string>): Record<string, string> {
    const out = { ...params };
    delete out.sign;
    return { ...out, sign: this.sign(signContent(out, ['sign', 'sign_type'])) };
  }

  /** Posts a notification as Alipay does (form-encoded), with `headers` besides (e.g. a test clock's x-test-now); what the API answered. */
  async deliver(
    notifyUrl: string,
    params: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: string; result: string | null }> {
    const res = await fetch(notifyUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', ...headers },
      body: new URLSearchParams(params).toString(),
    });
    const out = { status: res.status, body: await res.text(), result: res.headers.get('x-yigou-result') };
    this.notifications.push(out);
    return out;
  }

  private async body(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const params: Record<string, string> = Object.fromEntries(url.searchParams);
    for (const [k, v] of new URLSearchParams(req.method === 'POST' ? await this.body(req) : '')) params[k] = v;
    if (url.pathname === '/cashier/confirm' && req.method === 'POST') return this.confirm(params.out_trade_no, res);
    if (url.pathname !== '/gateway.do') {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    const method = params.method ?? '';
    const signatureOk = this.verifyApp(params) && params.app_id === this.appId && params.sign_type === 'RSA2';
    let biz: Record<string, unknown> = {};
    try {
      biz = params.biz_content ? (JSON.parse(params.biz_content) as Record<string, unknown>) : {};
    } catch {
      /* answered below as invalid */
    }
    this.calls.push({ method, biz, signatureOk });
    if (method === 'alipay.trade.page.pay' || method === 'alipay.trade.wap.pay') return this.cashier(method, params, biz, signatureOk, res);

    const fault = this.faults.find((f) => f.method === method && f.times > 0);
    if (fault) fault.times--;
    if (fault?.kind === 'fail')
      return this.answer(res, method, {
        code: '20000',
        msg: 'Service Currently Unavailable',
        sub_code: 'isp.unknow-error',
        sub_msg: '系统繁忙',
      });
    const answer = signatureOk
      ? this.execute(method, biz)
      : {
          code: '40002',
          msg: 'Invalid Arguments',
          sub_code: 'isv.invalid-signature',
          sub_msg: '验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配',
        };
    if (fault?.kind === 'timeout') {
      this.held.push(res); // done, never answered
      return;
    }
    if (fault?.kind === 'slow') await new Promise((r) => setTimeout(r, fault.ms));
    this.answer(res, method, answer);
  }

  /** `{"<method>_response":{…},"sign":"…"}`, the sign over the exact text of the response object. */
  private answer(res: ServerResponse, method: string, body: Record<string, unknown>): void {
    const inner = JSON.stringify(body);
    res.setHeader('content-type', 'application/json;charset=utf-8');
    res.end(`{"${method.replaceAll('.', '_')}_response":${inner},"sign":"${this.sign(inner)}"}`);
  }

  private execute(method: string, biz: Record<string, unknown>): Record<string, unknown> {
    const notExist = { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.TRADE_NOT_EXIST', sub_msg: '交易不存在' };
    const t = this.trades.get(String(biz.out_trade_no ?? ''));
    switch (method) {
      case 'alipay.trade.query':
        if (!t) return notExist;
        return {
          code: '10000',
          msg: 'Success',
          trade_no: t.tradeNo,
          out_trade_no: t.outTradeNo,
          trade_status: t.status,
          total_amount: t.totalAmount,
          buyer_logon_id: 'yig***@example.cn',
          ...(t.paidAt ? { send_pay_date: t.paidAt } : {}),
        };
      case 'alipay.trade.close':
        if (!t) return notExist;
        if (t.status !== 'WAIT_BUYER_PAY' || this.refuseClose)
          return { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.TRADE_STATUS_ERROR', sub_msg: '交易状态不合法' };
        t.status = 'TRADE_CLOSED';
        return { code: '10000', msg: 'Success', trade_no: t.tradeNo, out_trade_no: t.outTradeNo };
      case 'alipay.trade.refund': {
        if (!t) return notExist;
        if (t.status !== 'TRADE_SUCCESS')
          return { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.TRADE_STATUS_ERROR', sub_msg: '交易状态不合法' };
        const outRequestNo = String(biz.out_request_no ?? t.outTradeNo);
        const refunded = () => t.refunds.reduce((s, r) => s + toFen(r.amount), 0);
        const base = {
          code: '10000',
          msg: 'Success',
          trade_no: t.tradeNo,
          out_trade_no: t.outTradeNo,
          buyer_logon_id: 'yig***@example.cn',
        };
        if (t.refunds.some((r) => r.outRequestNo === outRequestNo)) return { ...base, fund_change: 'N', refund_fee: fromFen(refunded()) };
        const amount = toFen(String(biz.refund_amount ?? ''));
        if (!(amount > 0) || amount + refunded() > toFen(t.totalAmount))
          return { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.REFUND_AMT_NOT_EQUAL_TOTAL', sub_msg: '退款金额超限' };
        t.refunds.push({ outRequestNo, amount: fromFen(amount) });
        return { ...base, fund_change: 'Y', refund_fee: fromFen(refunded()), gmt_refund_pay: beijing() };
      }
      case 'alipay.trade.fastpay.refund.query': {
        if (!t) return notExist;
        const r = t.refunds.find((x) => x.outRequestNo === String(biz.out_request_no ?? t.outTradeNo));
        const base = { code: '10000', msg: 'Success', trade_no: t.tradeNo, out_trade_no: t.outTradeNo };
        return r
          ? {
              ...base,
              out_request_no: r.outRequestNo,
              refund_amount: r.amount,
              total_amount: t.totalAmount,
              refund_status: 'REFUND_SUCCESS',
            }
          : base;
      }
      default:
        return { code: '40004', msg: 'Business Failed', sub_code: 'isv.invalid-method', sub_msg: `不支持的接口 ${method}` };
    }
  }

  /** 电脑网站 / 手机网站支付: the cashier page (the trade exists at Alipay from here on). */
  private cashier(
    method: string,
    params: Record<string, string>,
    biz: Record<string, unknown>,
    signatureOk: boolean,
    res: ServerResponse,
  ): void {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    const expected = method === 'alipay.trade.page.pay' ? 'FAST_INSTANT_TRADE_PAY' : 'QUICK_WAP_WAY';
    if (!signatureOk || biz.product_code !== expected || !biz.out_trade_no || !biz.total_amount) {
      res.statusCode = 400;
      res.end(
        `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>支付宝 - 错误</title><body><h1>支付请求有误</h1><p data-testid="alipay-error">${signatureOk ? '参数错误' : '验签出错'}</p></body></html>`,
      );
      return;
    }
    const outTradeNo = String(biz.out_trade_no);
    const existing = this.trades.get(outTradeNo);
    const t: Trade = existing ?? {
      outTradeNo,
      tradeNo: `2025${Date.now()}${String(++this.seq).padStart(4, '0')}`,
      totalAmount: String(biz.total_amount),
      subject: String(biz.subject ?? ''),
      productCode: expected,
      status: 'WAIT_BUYER_PAY',
      notifyUrl: params.notify_url ?? '',
      returnUrl: params.return_url ?? '',
      payMethod: method,
      timeExpire: typeof biz.time_expire === 'string' ? biz.time_expire : null,
      paidAt: null,
      refunds: [],
    };
    this.trades.set(outTradeNo, t);
    const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
    res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>支付宝 - 网上支付 安全快速！</title>
<style>body{font-family:sans-serif;margin:0;padding:24px;max-width:480px}h1{color:#1677ff;font-size:22px}.amount{font-size:32px}button{background:#1677ff;color:#fff;border:0;padding:12px 32px;font-size:18px;border-radius:4px;width:100%}</style></head>
<body><h1>支付宝${method === 'alipay.trade.wap.pay' ? '（手机网站支付）' : '（电脑网站支付）'}</h1>
<p data-testid="alipay-subject">${esc(t.subject)}</p><p class="amount">¥<span data-testid="alipay-amount">${esc(t.totalAmount)}</span></p>
<form method="post" action="/cashier/confirm"><input type="hidden" name="out_trade_no" value="${esc(outTradeNo)}"><button type="submit" data-testid="alipay-confirm">确认付款</button></form></body></html>`);
  }

  /** 确认付款: paid; the async notification per notifyMode; the browser back to return_url with the signed return parameters. */
  private async confirm(outTradeNo: string | undefined, res: ServerResponse): Promise<void> {
    const t = outTradeNo ? this.trades.get(outTradeNo) : undefined;
    if (!t || t.status !== 'WAIT_BUYER_PAY') {
      res.statusCode = 400;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<!doctype html><meta charset="utf-8"><p>交易不存在或已关闭</p>');
      return;
    }
    const note = this.pay(t.outTradeNo, this.notifyMode === 'wrong_amount' ? { totalAmount: fromFen(toFen(t.totalAmount) - 1) } : {});
    if (this.notifyMode !== 'lost' && t.notifyUrl) {
      await this.deliver(t.notifyUrl, note);
      if (this.notifyMode === 'duplicate') await this.deliver(t.notifyUrl, note);
    }
    const back = this.signed({
      charset: 'utf-8',
      out_trade_no: t.outTradeNo,
      method: `${t.payMethod}.return`,
      total_amount: t.totalAmount,
      sign_type: 'RSA2',
      trade_no: t.tradeNo,
      auth_app_id: this.appId,
      version: '1.0',
      app_id: this.appId,
      seller_id: '2088621955023911',
      timestamp: beijing(),
    });
    const target = new URL(t.returnUrl);
    for (const [k, v] of Object.entries(back)) target.searchParams.set(k, v);
    res.statusCode = 302;
    res.setHeader('location', target.toString());
    res.end();
  }

  /** A fresh out_trade_no Alipay has never seen. */
  static unknownTradeNo(): string {
    return randomUUID();
  }
}

const toFen = (yuan: string): number => (/^\d+(\.\d{1,2})?$/.test(yuan) ? Math.round(Number(yuan) * 100) : NaN);
const fromFen = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
