import { createCipheriv, createSign, createVerify, generateKeyPairSync, KeyObject, randomBytes, randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { rfc3339Shanghai } from '@yigou/shared/time';

/**
 * A local stand-in for api.mch.weixin.qq.com (WeChat Pay API v3, 直连商户), written from the documented protocol and
 * independent of the code under test: it checks our WECHATPAY2-SHA256-RSA2048 Authorization with the merchant's
 * public key (401 SIGN_ERROR otherwise), signs every answer with a platform key generated here (served as a WeChat
 * Pay public key, PUB_KEY_ID_…), and posts notifications whose resource is AEAD_AES_256_GCM-encrypted with the APIv3
 * key. Native / H5 orders, query, close, refunds and refund query keep state. It can be told to time out, fail or answer
 * slowly on a path, to lose, duplicate or reorder notifications, and to report a wrong amount or currency. POST /standin/pay
 * is "the payer scans the code and pays" (for browser tests).
 */

export interface StandinTrade {
  appid: string;
  mchid: string;
  out_trade_no: string;
  transaction_id: string | null;
  trade_type: 'NATIVE' | 'H5';
  trade_state: 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'REFUND';
  trade_state_desc: string;
  description: string;
  notify_url: string;
  amount: { total: number; currency: string; payer_total?: number; payer_currency?: string };
  success_time: string | null;
  code_url: string | null;
  time_expire: string | null;
}

export interface StandinRefund {
  refund_id: string;
  out_refund_no: string;
  out_trade_no: string;
  transaction_id: string;
  status: 'PROCESSING' | 'SUCCESS' | 'CLOSED' | 'ABNORMAL';
  notify_url: string | null;
  amount: { total: number; refund: number; currency: string };
  create_time: string;
  success_time: string | null;
}

export interface StandinCall {
  method: string;
  path: string;
  body: Record<string, unknown> | null;
  status: number;
}

/** A notification as WeChat Pay posts it: a JSON body, signed when delivered. */
export interface StandinNotification {
  body: string;
  id: string;
}

type Fault = { path: string; kind: 'timeout' | 'fail' | 'slow'; times: number; ms?: number };

export class WechatPayStandin {
  readonly mchid = '1900000109';
  readonly appid = 'wx0123456789abcdef';
  readonly merchantSerial = '3775B6A45ACD588826D15E583A95F5DD';
  readonly platformKeyId = 'PUB_KEY_ID_0119000001092024120400000000000001';
  readonly apiV3Key = randomBytes(16).toString('hex');
  readonly trades = new Map<string, StandinTrade>();
  readonly refunds = new Map<string, StandinRefund>();
  readonly calls: StandinCall[] = [];
  /** Every notification this stand-in sent (or was asked to build), in order. */
  readonly notifications: StandinNotification[] = [];
  /** Refunds are settled at once (SUCCESS in the create answer) unless false: then PROCESSING until settleRefund. */
  settleRefundsAtOnce = false;
  /** Payments made through /standin/pay are notified at once unless false (a lost notification). */
  notifyOnPay = true;
  /** What /standin/pay delivers: 'once', 'twice' (a duplicate). */
  deliveries: 'once' | 'twice' = 'once';
  private readonly merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private readonly platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private server: Server | null = null;
  private faults: Fault[] = [];
  private seq = 0;
  private url = '';

  async start(port = 0): Promise<number> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(port, '127.0.0.1', r));
    const p = (this.server.address() as AddressInfo).port;
    this.url = `http://127.0.0.1:${p}`;
    return p;
  }

  get baseUrl(): string {
    return this.url;
  }

  /** The API's WECHATPAY_* settings that point it at this stand-in (keys generated here). */
  appEnv(notifyUrl: string, extra: Record<string, string> = {}): Record<string, string> {
    return {
      WECHATPAY_MCHID: this.mchid,
      WECHATPAY_APPID: this.appid,
      WECHATPAY_SERIAL_NO: this.merchantSerial,
      WECHATPAY_PRIVATE_KEY: this.merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      WECHATPAY_APIV3_KEY: this.apiV3Key,
      WECHATPAY_PLATFORM_CERT: this.platform.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      WECHATPAY_PLATFORM_SERIAL: this.platformKeyId,
      WECHATPAY_NOTIFY_URL: notifyUrl,
      WECHATPAY_BASE_URL: this.url,
      ...extra,
    };
  }

  close(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  /** The next `times` requests whose path starts with `path` are done but never answered (the client times out, however long). */
  timeOut(path: string, times = 1): void {
    this.faults.push({ path, kind: 'timeout', times });
  }

  /** The next `times` requests whose path starts with `path` are answered, but only after `ms` (a loaded machine). */
  slow(path: string, ms: number, times = 1): void {
    this.faults.push({ path, kind: 'slow', times, ms });
  }

  /** The next `times` requests whose path starts with `path` get a 500 SYSTEM_ERROR and change nothing. */
  fail(path: string, times = 1): void {
    this.faults.push({ path, kind: 'fail', times });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /**
   * The payer pays: the trade succeeds here; returns its TRANSACTION.SUCCESS notification (as WeChat Pay reports it, or altered), not yet
   * sent.
   */
  pay(tradeNo: string, alter: { total?: number; currency?: string } = {}): StandinNotification {
    const t = this.trades.get(tradeNo);
    if (!t) throw new Error(`no trade ${tradeNo}`);
    if (t.trade_state !== 'NOTPAY') throw new Error(`trade ${tradeNo} is ${t.trade_state}`);
    t.trade_state = 'SUCCESS';
    t.trade_state_desc = '支付成功';
    t.transaction_id = `4200${String(Date.now()).slice(-10)}${String(++this.seq).padStart(14, '0')}`;
    t.success_time = rfc3339Shanghai(new Date());
    if (alter.total !== undefined) t.amount.total = alter.total;
    if (alter.currency) t.amount.currency = alter.currency;
    t.amount.payer_total = t.amount.total;
    t.amount.payer_currency = 'CNY';
    return this.notification('TRANSACTION.SUCCESS', '支付成功', 'transaction', this.transactionView(t));
  }

  /** WeChat Pay finishes a refund; returns its REFUND.* notification, not yet sent. */
  settleRefund(outRefundNo: string, status: 'SUCCESS' | 'CLOSED' | 'ABNORMAL' = 'SUCCESS'): StandinNotification {
    const r = this.refunds.get(outRefundNo);
    if (!r) throw new Error(`no refund ${outRefundNo}`);
    r.status = status;
    if (status === 'SUCCESS') r.success_time = rfc3339Shanghai(new Date());
    const t = this.trades.get(r.out_trade_no);
    if (t && status === 'SUCCESS') t.trade_state = 'REFUND';
    return this.refundNotification(r);
  }

  refundsOf(tradeNo: string): StandinRefund[] {
    return [...this.refunds.values()].filter((r) => r.out_trade_no === tradeNo);
  }

  /** Builds a notification as WeChat Pay does: the resource encrypted with the APIv3 key (AEAD_AES_256_GCM). */
  notification(eventType: string, summary: string, originalType: string, resource: object): StandinNotification {
    const id = randomUUID();
    const nonce = randomBytes(6).toString('hex');
    const associated = originalType;
    const cipher = createCipheriv('aes-256-gcm', Buffer.from(this.apiV3Key, 'utf8'), Buffer.from(nonce, 'utf8'));
    cipher.setAAD(Buffer.from(associated, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(resource), 'utf8'), cipher.final(), cipher.getAuthTag()]).toString(
      'base64',
    );
    const body = JSON.stringify({
      id,
      create_time: rfc3339Shanghai(new Date()),
      resource_type: 'encrypt-resource',
      event_type: eventType,
      summary,
      resource: { original_type: originalType, algorithm: 'AEAD_AES_256_GCM', ciphertext, associated_data: associated, nonce },
    });
    const n = { id, body };
    this.notifications.push(n);
    return n;
  }

  /**
   * Posts a notification to the merchant's notify URL, signed now (WeChat Pay signs each delivery afresh).
   * `timestamp` (seconds) signs another time; `tamper` alters the body after signing; `signWith` signs with another key;
   * `headers` go with it (e.g. a test clock's x-test-now).
   */
  async deliver(
    url: string,
    n: StandinNotification,
    opts: { timestamp?: number; tamper?: boolean; signWith?: KeyObject; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; result: string | undefined }> {
    const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
    const nonce = randomBytes(16).toString('hex');
    const signature = createSign('RSA-SHA256')
      .update(`${timestamp}\n${nonce}\n${n.body}\n`)
      .sign(opts.signWith ?? this.platform.privateKey, 'base64');
    const body = opts.tamper ? n.body.replace('"summary":"', '"summary":"x') : n.body;
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'wechatpay-timestamp': timestamp,
        'wechatpay-nonce': nonce,
        'wechatpay-signature': signature,
        'wechatpay-serial': this.platformKeyId,
        'wechatpay-signature-type': 'WECHATPAY2-SHA256-RSA2048',
        ...opts.headers,
      },
      body,
    });
    const parsed = (await res.json().catch(() => ({}))) as { result?: string };
    return { status: res.status, result: parsed.result };
  }

  private refundNotification(r: StandinRefund): StandinNotification {
    const event = r.status === 'SUCCESS' ? 'REFUND.SUCCESS' : r.status === 'CLOSED' ? 'REFUND.CLOSED' : 'REFUND.ABNORMAL';
    return this.notification(event, '退款状态变更', 'refund', {
      mchid: this.mchid,
      out_trade_no: r.out_trade_no,
      transaction_id: r.transaction_id,
      out_refund_no: r.out_refund_no,
      refund_id: r.refund_id,
      refund_status: r.status,
      success_time: r.success_time ?? undefined,
      user_received_account: '支付用户零钱',
      amount: { total: r.amount.total, refund: r.amount.refund, payer_total: r.amount.total, payer_refund: r.amount.refund },
    });
  }

  private transactionView(t: StandinTrade): object {
    const { code_url: _c, notify_url: _n, description: _d, time_expire: _e, ...view } = t;
    return {
      ...view,
      transaction_id: t.transaction_id ?? undefined,
      success_time: t.success_time ?? undefined,
      payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await read(req);
    const url = new URL(req.url ?? '/', 'http://standin');
    const method = req.method ?? 'GET';
    let body: Record<string, unknown> | null = null;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
    } catch {
      return this.send(res, method, url.pathname, null, 400, { code: 'PARAM_ERROR', message: '请求体不是 JSON' });
    }
    if (url.pathname.startsWith('/standin/')) return this.control(url, body, res);
    const authProblem = this.checkAuthorization(req.headers.authorization, method, `${url.pathname}${url.search}`, raw);
    if (authProblem) return this.send(res, method, url.pathname, body, 401, { code: 'SIGN_ERROR', message: authProblem });
    const fault = this.faults.find((f) => f.times > 0 && url.pathname.startsWith(f.path));
    if (fault) fault.times--;
    if (fault?.kind === 'fail')
      return this.send(res, method, url.pathname, body, 500, { code: 'SYSTEM_ERROR', message: '系统错误（stand-in told to fail）' });
    const out = this.respond(method, url, body);
    if (fault?.kind === 'timeout') {
      this.calls.push({ method, path: url.pathname, body, status: 0 });
      return; // done, never answered: the socket stays open until the client gives up
    }
    if (fault?.kind === 'slow') await new Promise((r) => setTimeout(r, fault.ms));
    this.send(res, method, url.pathname, body, out.status, out.body);
  }

  /** The payer's side: POST /standin/pay { out_trade_no | code_url } — scans, pays, and WeChat Pay notifies the merchant. */
  private async control(url: URL, body: Record<string, unknown> | null, res: ServerResponse): Promise<void> {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' };
    if (url.pathname === '/standin/pay') {
      const codeUrl = String(body?.code_url ?? url.searchParams.get('code_url') ?? '');
      const tradeNo = String(
        body?.out_trade_no ??
          url.searchParams.get('out_trade_no') ??
          [...this.trades.values()].find((t) => t.code_url === codeUrl)?.out_trade_no ??
          '',
      );
      const t = this.trades.get(tradeNo);
      if (!t || t.trade_state !== 'NOTPAY') {
        res
          .writeHead(404, { 'content-type': 'application/json', ...cors })
          .end(JSON.stringify({ code: 'ORDER_NOT_EXIST', message: '订单不存在或已支付' }));
        return;
      }
      const n = this.pay(tradeNo);
      const results: (string | undefined)[] = [];
      if (this.notifyOnPay)
        for (let i = 0; i < (this.deliveries === 'twice' ? 2 : 1); i++) results.push((await this.deliver(t.notify_url, n)).result);
      res.writeHead(200, { 'content-type': 'application/json', ...cors }).end(JSON.stringify({ out_trade_no: tradeNo, results }));
      return;
    }
    res.writeHead(url.pathname === '/standin/health' ? 200 : 404, cors).end();
  }

  /** WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",signature="…",timestamp="…",serial_no="…", checked as WeChat Pay does. */
  private checkAuthorization(header: string | undefined, method: string, pathAndQuery: string, body: string): string | null {
    if (!header?.startsWith('WECHATPAY2-SHA256-RSA2048 ')) return '缺少或错误的认证类型';
    const fields = Object.fromEntries([...header.slice(26).matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (fields.mchid !== this.mchid) return '商户号不符';
    if (fields.serial_no?.toUpperCase() !== this.merchantSerial) return '证书序列号不符';
    if (!fields.nonce_str || !fields.timestamp || !fields.signature) return '认证信息不全';
    if (Math.abs(Number(fields.timestamp) - Date.now() / 1000) > 300) return '时间戳过期';
    const message = `${method}\n${pathAndQuery}\n${fields.timestamp}\n${fields.nonce_str}\n${body}\n`;
    const ok = createVerify('RSA-SHA256').update(message).verify(this.merchant.publicKey, fields.signature, 'base64');
    return ok ? null : '签名错误';
  }

  private respond(method: string, url: URL, body: Record<string, unknown> | null): { status: number; body: unknown } {
    const path = url.pathname;
    let m: RegExpExecArray | null;
    if (method === 'POST' && (m = /^\/v3\/pay\/transactions\/(native|h5)$/.exec(path))) {
      const b = body ?? {};
      const amount = b.amount as { total?: number; currency?: string } | undefined;
      const tradeNo = String(b.out_trade_no ?? '');
      if (b.appid !== this.appid || b.mchid !== this.mchid) return err(400, 'APPID_MCHID_NOT_MATCH', 'appid和mch_id不匹配');
      if (!/^[0-9A-Za-z_\-|*]{6,32}$/.test(tradeNo)) return err(400, 'PARAM_ERROR', 'out_trade_no 格式错误');
      if (!amount || !Number.isInteger(amount.total) || (amount.total ?? 0) <= 0)
        return err(400, 'PARAM_ERROR', 'amount.total 必须为正整数');
      if (typeof b.notify_url !== 'string' || typeof b.description !== 'string' || !b.description)
        return err(400, 'PARAM_ERROR', '缺少 notify_url 或 description');
      if (m[1] === 'h5' && !(b.scene_info as { payer_client_ip?: string } | undefined)?.payer_client_ip)
        return err(400, 'PARAM_ERROR', 'H5 支付需要 scene_info.payer_client_ip');
      const existing = this.trades.get(tradeNo);
      if (existing && existing.amount.total !== amount.total) return err(400, 'INVALID_REQUEST', '201 商户订单号重复');
      const prepay = `wx${Date.now()}${++this.seq}`;
      const t: StandinTrade = existing ?? {
        appid: this.appid,
        mchid: this.mchid,
        out_trade_no: tradeNo,
        transaction_id: null,
        trade_type: m[1] === 'h5' ? 'H5' : 'NATIVE',
        trade_state: 'NOTPAY',
        trade_state_desc: '订单未支付',
        description: b.description,
        notify_url: b.notify_url,
        amount: { total: amount.total as number, currency: amount.currency ?? 'CNY' },
        success_time: null,
        code_url: m[1] === 'native' ? `weixin://wxpay/bizpayurl?pr=${prepay.slice(-10)}` : null,
        time_expire: typeof b.time_expire === 'string' ? b.time_expire : null,
      };
      this.trades.set(tradeNo, t);
      return m[1] === 'native'
        ? { status: 200, body: { code_url: t.code_url } }
        : { status: 200, body: { h5_url: `https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=${prepay}&package=1234567890` } };
    }
    if (method === 'GET' && (m = /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)$/.exec(path))) {
      if (url.searchParams.get('mchid') !== this.mchid) return err(400, 'PARAM_ERROR', 'mchid 不符');
      const t = this.trades.get(decodeURIComponent(m[1]));
      return t ? { status: 200, body: this.transactionView(t) } : err(404, 'ORDER_NOT_EXIST', '订单不存在');
    }
    if (method === 'POST' && (m = /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)\/close$/.exec(path))) {
      const t = this.trades.get(decodeURIComponent(m[1]));
      if (!t) return err(404, 'ORDER_NOT_EXIST', '订单不存在');
      if (t.trade_state === 'SUCCESS' || t.trade_state === 'REFUND') return err(400, 'ORDERPAID', '订单已支付');
      t.trade_state = 'CLOSED';
      t.trade_state_desc = '订单已关闭';
      return { status: 204, body: null };
    }
    if (method === 'POST' && path === '/v3/refund/domestic/refunds') {
      const b = body ?? {};
      const amount = b.amount as { refund?: number; total?: number; currency?: string } | undefined;
      const outRefundNo = String(b.out_refund_no ?? '');
      const known = this.refunds.get(outRefundNo);
      if (known) return { status: 200, body: this.refundView(known) }; // same out_refund_no: the same refund, once
      const t = this.trades.get(String(b.out_trade_no ?? ''));
      if (!t) return err(404, 'RESOURCE_NOT_EXISTS', '订单不存在');
      if (t.trade_state !== 'SUCCESS' && t.trade_state !== 'REFUND') return err(400, 'INVALID_REQUEST', '订单未支付');
      if (!amount || amount.total !== t.amount.total) return err(400, 'PARAM_ERROR', '订单金额或退款金额与之前请求不一致');
      const already = this.refundsOf(t.out_trade_no)
        .filter((r) => r.status !== 'CLOSED')
        .reduce((s, r) => s + r.amount.refund, 0);
      if (!Number.isInteger(amount.refund) || (amount.refund ?? 0) <= 0 || already + (amount.refund as number) > t.amount.total)
        return err(400, 'INVALID_REQUEST', '退款金额超过订单可退金额');
      const r: StandinRefund = {
        refund_id: `5030${String(++this.seq).padStart(24, '0')}`,
        out_refund_no: outRefundNo,
        out_trade_no: t.out_trade_no,
        transaction_id: t.transaction_id ?? '',
        status: this.settleRefundsAtOnce ? 'SUCCESS' : 'PROCESSING',
        notify_url: typeof b.notify_url === 'string' ? b.notify_url : null,
        amount: { total: t.amount.total, refund: amount.refund as number, currency: amount.currency ?? 'CNY' },
        create_time: rfc3339Shanghai(new Date()),
        success_time: this.settleRefundsAtOnce ? rfc3339Shanghai(new Date()) : null,
      };
      this.refunds.set(outRefundNo, r);
      if (r.status === 'SUCCESS') t.trade_state = 'REFUND';
      return { status: 200, body: this.refundView(r) };
    }
    if (method === 'GET' && (m = /^\/v3\/refund\/domestic\/refunds\/([^/]+)$/.exec(path))) {
      const r = this.refunds.get(decodeURIComponent(m[1]));
      return r ? { status: 200, body: this.refundView(r) } : err(404, 'RESOURCE_NOT_EXISTS', '退款单不存在');
    }
    return err(404, 'NOT_FOUND', `stand-in has no ${method} ${path}`);
  }

  private refundView(r: StandinRefund): object {
    return {
      refund_id: r.refund_id,
      out_refund_no: r.out_refund_no,
      transaction_id: r.transaction_id,
      out_trade_no: r.out_trade_no,
      channel: 'ORIGINAL',
      user_received_account: '支付用户零钱',
      success_time: r.success_time ?? undefined,
      create_time: r.create_time,
      status: r.status,
      amount: {
        total: r.amount.total,
        refund: r.amount.refund,
        payer_total: r.amount.total,
        payer_refund: r.amount.refund,
        currency: r.amount.currency,
      },
    };
  }

  /** Every answer signed with the platform key, as WeChat Pay signs its responses. */
  private send(
    res: ServerResponse,
    method: string,
    path: string,
    reqBody: Record<string, unknown> | null,
    status: number,
    body: unknown,
  ): void {
    this.calls.push({ method, path, body: reqBody, status });
    const text = body === null ? '' : JSON.stringify(body);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(16).toString('hex');
    const signature = createSign('RSA-SHA256').update(`${timestamp}\n${nonce}\n${text}\n`).sign(this.platform.privateKey, 'base64');
    res.writeHead(status, {
      ...(text ? { 'content-type': 'application/json' } : {}),
      'request-id': randomUUID(),
      'wechatpay-timestamp': timestamp,
      'wechatpay-nonce': nonce,
      'wechatpay-signature': signature,
      'wechatpay-serial': this.platformKeyId,
    });
    res.end(text);
  }
}

const err = (status: number, code: string, message: string) => ({ status, body: { code, message } });

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let s = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (s += c));
    req.on('end', () => resolve(s));
    req.on('error', reject);
  });
}
