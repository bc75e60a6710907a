import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, WechatPayConfig } from '@yigou/server/core';
import { ProviderUnreachable } from '../../services/payment-provider';
import { authorization, checkSignature } from './wechatpay-crypto';

/** WeChat Pay answered with a 4xx and an error code (e.g. ORDER_NOT_EXIST, ORDERPAID, NOT_ENOUGH): a real answer, not an outage. */
export class WechatPayError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/**
 * A thin client of WeChat Pay API v3 over its documented signing (see wechatpay-crypto.ts and docs/payments.md for
 * why not an SDK): every request signed with the merchant key, every 2xx answer's signature checked against the
 * platform key before it is believed, one try per call with a timeout. A timeout, network error, 5xx, 429 or an
 * answer whose signature does not check all throw ProviderUnreachable (the answer is unknown); a signed 4xx throws
 * WechatPayError with WeChat Pay's code.
 */
@Injectable()
export class WechatPayClient {
  readonly config: WechatPayConfig | null;
  constructor(@Inject(APP_CONFIG) app: AppConfig) {
    this.config = app.wechatPay;
    // Bad settings stop the start in loadConfig (one line naming the setting); here, one line saying which way it went.
    new Logger('WechatPay').log(
      this.config
        ? `微信支付已启用：商户号 ${this.config.mchid}，${this.config.baseUrl}`
        : '微信支付未配置（未设置 WECHATPAY_MCHID），结账不提供微信支付',
    );
  }

  get available(): boolean {
    return this.config !== null;
  }

  private get c(): WechatPayConfig {
    if (!this.config) throw new ProviderUnreachable('微信支付未配置');
    return this.config;
  }

  /** `path` includes the query string; `body` is sent as JSON. Resolves with the parsed body (null for 204). */
  async request<T>(method: 'GET' | 'POST', path: string, body?: object): Promise<T | null> {
    const c = this.c;
    const text = body === undefined ? '' : JSON.stringify(body);
    let res: Response;
    let answer: string;
    try {
      res = await fetch(`${c.baseUrl}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          'user-agent': 'yigou-wechatpay/1.0',
          authorization: authorization({
            mchid: c.mchid,
            serialNo: c.serialNo,
            privateKey: c.privateKey,
            method,
            pathAndQuery: path,
            body: text,
          }),
        },
        body: method === 'GET' ? undefined : text,
        signal: AbortSignal.timeout(c.timeoutMs),
      });
      answer = await res.text();
    } catch (e) {
      throw new ProviderUnreachable(`微信支付无响应：${e instanceof Error ? e.message : String(e)}`);
    }
    if (res.status >= 500 || res.status === 429) throw new ProviderUnreachable(`微信支付 HTTP ${res.status}：${answer.slice(0, 200)}`);
    const problem = checkSignature(
      {
        timestamp: h(res, 'wechatpay-timestamp'),
        nonce: h(res, 'wechatpay-nonce'),
        signature: h(res, 'wechatpay-signature'),
        serial: h(res, 'wechatpay-serial'),
      },
      answer,
      { publicKey: c.platformPublicKey, serial: c.platformSerial },
      new Date(),
    );
    // An answer we cannot prove came from WeChat Pay says nothing: treat it like no answer.
    if (problem) throw new ProviderUnreachable(`微信支付应答签名无效（${problem}）`);
    const parsed = answer ? (JSON.parse(answer) as Record<string, unknown>) : null;
    if (res.status >= 400) throw new WechatPayError(res.status, String(parsed?.code ?? res.status), String(parsed?.message ?? ''));
    return parsed as T | null;
  }
}

const h = (res: Response, name: string): string | undefined => res.headers.get(name) ?? undefined;
