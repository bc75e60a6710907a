import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import Stripe from 'stripe';

export interface StandinRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  body: URLSearchParams;
}

interface Intent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_received: number;
  currency: string;
  status: string;
  client_secret: string;
  metadata: Record<string, string>;
  created?: number;
}

interface StandinRefund {
  id: string;
  object: 'refund';
  amount: number;
  payment_intent: string;
  status: 'pending' | 'succeeded' | 'failed' | 'canceled';
  metadata: Record<string, string>;
  failure_reason: string | null;
}

type Fault = { path: string; kind: 'timeout' | 'fail'; times: number };

/**
 * A local stand-in for api.stripe.com, enough of PaymentIntents and Refunds for the official SDK, with state:
 * intents can be cancelled (or refuse to be), refunds can be retrieved and listed by PaymentIntent and settled
 * by the test. It can be told to time out (do the work, never answer) or fail (answer 500, do nothing) on a
 * path, and it signs webhook events like Stripe so a test can send them duplicated, reordered or with a wrong
 * amount or currency.
 */
export class StripeStandin {
  readonly requests: StandinRequest[] = [];
  readonly intents = new Map<string, Intent>();
  readonly refunds = new Map<string, StandinRefund>();
  /** How a cancel answers: null = cancels; otherwise Stripe's payment_intent_unexpected_state with this status. */
  cancelRefusal: 'processing' | 'succeeded' | null = null;
  private server: Server | null = null;
  private n = 0;
  private seq = 0;
  private faults: Fault[] = [];
  /** Same idempotency key → same response, as Stripe does. */
  private readonly byKey = new Map<string, { status: number; body: unknown }>();
  private readonly signer = new Stripe('sk_test_signer');

  constructor(private readonly webhookSecret = 'whsec_test_yigou') {}

  async start(): Promise<number> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return (this.server.address() as AddressInfo).port;
  }

  /** The API's settings that point its Stripe SDK and webhook at this stand-in. */
  appEnv(port: number, extra: Record<string, string> = {}): Record<string, string> {
    return {
      STRIPE_SECRET_KEY: 'sk_test_standin',
      STRIPE_PUBLISHABLE_KEY: 'pk_test_standin',
      STRIPE_WEBHOOK_SECRET: this.webhookSecret,
      STRIPE_API_HOST: '127.0.0.1',
      STRIPE_API_PORT: String(port),
      STRIPE_API_PROTOCOL: 'http',
      ...extra,
    };
  }

  close(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((r) => this.server?.close(() => r()) ?? r());
  }

  /** The next `times` requests whose path starts with `path` are done but never answered (the client times out). */
  timeOut(path: string, times = 1): void {
    this.faults.push({ path, kind: 'timeout', times });
  }

  /** The next `times` requests whose path starts with `path` get a 500 and change nothing. */
  fail(path: string, times = 1): void {
    this.faults.push({ path, kind: 'fail', times });
  }

  /** The provider finishes a refund (as its own systems would, later). */
  settleRefund(id: string, status: 'succeeded' | 'failed' = 'succeeded'): StandinRefund {
    const r = this.refunds.get(id);
    if (!r) throw new Error(`no refund ${id}`);
    r.status = status;
    if (status === 'failed') r.failure_reason = 'charge_for_pending_refund_disputed';
    return r;
  }

  refundsOf(intentId: string): StandinRefund[] {
    return [...this.refunds.values()].filter((r) => r.payment_intent === intentId);
  }

  /**
   * The buyer pays: the intent succeeds here; returns the signed payment_intent.succeeded to deliver (as Stripe reports it, or altered).
   */
  pay(intentId: string, alter: { amount?: number; currency?: string } = {}): SignedEvent {
    const pi = this.intents.get(intentId);
    if (!pi) throw new Error(`no intent ${intentId}`);
    pi.status = 'succeeded';
    pi.amount_received = alter.amount ?? pi.amount;
    pi.created = pi.created ?? Math.floor(Date.now() / 1000);
    if (alter.currency) pi.currency = alter.currency;
    return this.event('payment_intent.succeeded', { ...pi });
  }

  /** A signed event as Stripe sends it; `timestamp` (seconds) for the signature, default now. */
  event(type: string, object: object, timestamp?: number): SignedEvent {
    const payload = JSON.stringify({
      id: `evt_standin_${++this.seq}`,
      object: 'event',
      type,
      api_version: '2025-10-29.clover',
      created: Math.floor(Date.now() / 1000),
      data: { object },
    });
    return { payload, header: this.signer.webhooks.generateTestHeaderString({ payload, secret: this.webhookSecret, timestamp }) };
  }

  /** Posts an event to the API's webhook; a fresh signature each time (a replay Stripe would send). */
  async deliver(apiUrl: string, e: SignedEvent, fresh = true): Promise<{ status: number; result: string | undefined }> {
    const header = fresh ? this.signer.webhooks.generateTestHeaderString({ payload: e.payload, secret: this.webhookSecret }) : e.header;
    const res = await fetch(`${apiUrl}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': header },
      body: e.payload,
    });
    const body = (await res.json().catch(() => ({}))) as { result?: string };
    return { status: res.status, result: body.result };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await read(req);
    const body = new URLSearchParams(raw);
    const url = new URL(req.url ?? '/', 'http://standin');
    const key = req.headers['idempotency-key'] as string | undefined;
    this.requests.push({ method: req.method ?? '', path: url.pathname, idempotencyKey: key, body });
    const fault = this.faults.find((f) => f.times > 0 && url.pathname.startsWith(f.path));
    if (fault) fault.times--;
    if (fault?.kind === 'fail') return send(res, 500, { error: { type: 'api_error', message: 'stand-in told to fail' } });
    const cached = key ? this.byKey.get(key) : undefined;
    const out = cached ?? this.respond(req.method ?? 'GET', url, body);
    if (key && req.method === 'POST') this.byKey.set(key, out);
    if (fault?.kind === 'timeout') return; // done, never answered: the socket stays open until the client gives up
    send(res, out.status, out.body);
  }

  private respond(method: string, url: URL, body: URLSearchParams): { status: number; body: unknown } {
    const path = url.pathname;
    const meta = (prefix = 'metadata') =>
      Object.fromEntries(
        [...body.entries()].filter(([k]) => k.startsWith(`${prefix}[`)).map(([k, v]) => [k.slice(prefix.length + 1, -1), v]),
      );
    let m: RegExpExecArray | null;
    if (method === 'POST' && path === '/v1/payment_intents') {
      const id = `pi_standin_${++this.n}`;
      const pi: Intent = {
        id,
        object: 'payment_intent',
        amount: Number(body.get('amount')),
        amount_received: 0,
        currency: body.get('currency') ?? 'cny',
        status: 'requires_payment_method',
        client_secret: `${id}_secret_${this.n}`,
        metadata: meta(),
        created: Math.floor(Date.now() / 1000),
      };
      this.intents.set(id, pi);
      return { status: 200, body: pi };
    }
    if (method === 'POST' && (m = /^\/v1\/payment_intents\/([^/]+)\/cancel$/.exec(path))) {
      const pi = this.intents.get(m[1]);
      if (!pi) return notFound();
      const status = pi.status === 'succeeded' ? 'succeeded' : this.cancelRefusal;
      if (status)
        return {
          status: 400,
          body: {
            error: {
              type: 'invalid_request_error',
              code: 'payment_intent_unexpected_state',
              message: `This PaymentIntent's status is ${status}`,
              payment_intent: { ...pi, status },
            },
          },
        };
      pi.status = 'canceled';
      return { status: 200, body: pi };
    }
    if (method === 'GET' && path === '/v1/payment_intents/search') {
      // enough of Stripe's search language for "metadata['attemptId']:'…'"
      const q = /metadata\['([^']+)'\]:'([^']*)'/.exec(url.searchParams.get('query') ?? '');
      const data = q ? [...this.intents.values()].filter((pi) => pi.metadata[q[1]] === q[2]) : [];
      return { status: 200, body: { object: 'search_result', data, has_more: false, next_page: null, url: '/v1/payment_intents/search' } };
    }
    if (method === 'GET' && (m = /^\/v1\/payment_intents\/([^/]+)$/.exec(path))) {
      const pi = this.intents.get(m[1]);
      return pi
        ? { status: 200, body: { ...pi } }
        : {
            status: 404,
            body: { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such payment_intent: '${m[1]}'` } },
          };
    }
    if (method === 'POST' && path === '/v1/refunds') {
      const pi = this.intents.get(body.get('payment_intent') ?? '');
      if (!pi || pi.status !== 'succeeded')
        return {
          status: 400,
          body: {
            error: { type: 'invalid_request_error', code: 'charge_not_refundable', message: 'This PaymentIntent has no successful charge' },
          },
        };
      const r: StandinRefund = {
        id: `re_standin_${++this.n}`,
        object: 'refund',
        amount: Number(body.get('amount')),
        payment_intent: pi.id,
        status: 'pending',
        metadata: meta(),
        failure_reason: null,
      };
      this.refunds.set(r.id, r);
      return { status: 200, body: r };
    }
    if (method === 'GET' && (m = /^\/v1\/refunds\/([^/]+)$/.exec(path))) {
      const r = this.refunds.get(m[1]);
      return r ? { status: 200, body: { ...r } } : notFound();
    }
    if (method === 'GET' && path === '/v1/refunds') {
      const data = this.refundsOf(url.searchParams.get('payment_intent') ?? '').reverse();
      return { status: 200, body: { object: 'list', data, has_more: false, url: '/v1/refunds' } };
    }
    return notFound();
  }
}

export interface SignedEvent {
  payload: string;
  header: string;
}

const notFound = () => ({ status: 404, body: { error: { type: 'invalid_request_error', message: 'unknown path' } } });

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${Date.now()}` });
  res.end(JSON.stringify(body));
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let s = '';
    req.on('data', (c: Buffer) => (s += c.toString()));
    req.on('end', () => resolve(s));
  });
}
