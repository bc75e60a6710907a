import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface StandinRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  body: URLSearchParams;
}

/** A local stand-in for api.stripe.com: just enough PaymentIntents and Refunds for the official SDK. */
export class StripeStandin {
  readonly requests: StandinRequest[] = [];
  private server: Server | null = null;
  private n = 0;
  /** Same idempotency key → same response, as Stripe does. */
  private readonly byKey = new Map<string, unknown>();

  async start(): Promise<number> {
    this.server = createServer((req, res) => {
      void this.read(req).then((raw) => {
        const body = new URLSearchParams(raw);
        const key = req.headers['idempotency-key'] as string | undefined;
        this.requests.push({ method: req.method ?? '', path: req.url ?? '', idempotencyKey: key, body });
        const cached = key ? this.byKey.get(key) : undefined;
        const out = cached ?? this.respond(req.url ?? '', body);
        if (key) this.byKey.set(key, out);
        res.writeHead(out ? 200 : 404, { 'content-type': 'application/json', 'request-id': `req_${++this.n}` });
        res.end(JSON.stringify(out ?? { error: { type: 'invalid_request_error', message: 'unknown path' } }));
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return (this.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    return new Promise((r) => this.server?.close(() => r()) ?? r());
  }

  private respond(path: string, body: URLSearchParams): unknown {
    const id = ++this.n;
    if (path.startsWith('/v1/payment_intents')) {
      return {
        id: `pi_standin_${id}`,
        object: 'payment_intent',
        amount: Number(body.get('amount')),
        currency: body.get('currency'),
        client_secret: `pi_standin_${id}_secret_${id}`,
        status: 'requires_payment_method',
      };
    }
    if (path.startsWith('/v1/refunds')) {
      return { id: `re_standin_${id}`, object: 'refund', amount: Number(body.get('amount')), payment_intent: body.get('payment_intent'), status: 'pending' };
    }
    return null;
  }

  private read(req: IncomingMessage): Promise<string> {
    return new Promise((resolve) => {
      let s = '';
      req.on('data', (c: Buffer) => (s += c.toString()));
      req.on('end', () => resolve(s));
    });
  }
}
