import { createServer, IncomingMessage, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pinoHttp from 'pino-http';
import type { RequestMeta } from '../metrics/operation-name';
import { requestLogOptions } from './request-log';

/** Serves one request through pino-http with the API's options and returns the logged line. */
async function logOf(
  headers: Record<string, string>,
  status: number,
  prepare: (req: IncomingMessage & RequestMeta) => void = () => undefined,
): Promise<Record<string, unknown>> {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const log = pinoHttp({ ...requestLogOptions({ logLevel: 'info', nodeEnv: 'development' }) }, sink);
  const server = createServer((req, res) => {
    prepare(req);
    log(req, res);
    res.statusCode = status;
    res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    await new Promise<void>((resolve, reject) => {
      const req = request(
        { port: (server.address() as AddressInfo).port, host: '127.0.0.1', path: '/graphql?x=1', method: 'POST', headers },
        (res) => {
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    for (let i = 0; i < 50 && lines.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  } finally {
    server.close();
  }
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]) as Record<string, unknown>;
}

describe('request log', () => {
  it('writes one line per request with what was asked, by whom and how it ended, and never the credentials', async () => {
    const line = await logOf({ authorization: 'Bearer secret-token', cookie: 'sid=secret', 'user-agent': 'yigou-spec' }, 200);
    expect(line).toMatchObject({
      level: 30,
      service: 'yigou-api',
      pid: process.pid,
      req: { method: 'POST', url: '/graphql?x=1', remoteAddress: '127.0.0.1', userAgent: 'yigou-spec' },
      res: { statusCode: 200 },
      msg: 'request completed',
    });
    expect(typeof (line.req as { id: unknown }).id).toBe('number');
    expect(typeof line.responseTime).toBe('number');
    expect(JSON.stringify(line)).not.toContain('secret');
  });

  it('names the GraphQL operation and the signed-in user', async () => {
    const line = await logOf({}, 200, (req) => {
      req.body = { operationName: 'PlaceOrder', query: 'mutation PlaceOrder { x }' };
      req.yigouUserId = 'user-1';
    });
    expect(line).toMatchObject({ res: { statusCode: 200, operation: 'PlaceOrder', userId: 'user-1' } });
    const unnamed = await logOf({}, 200, (req) => {
      req.body = { query: '  query Products { products { totalCount } }' };
    });
    expect(unnamed).toMatchObject({ res: { operation: 'Products' } });
  });

  it('logs a server error at error level and a refused request at warn level', async () => {
    expect(await logOf({}, 500)).toMatchObject({ level: 50, res: { statusCode: 500 }, err: { message: 'failed with status code 500' } });
    expect(await logOf({}, 401)).toMatchObject({ level: 40, res: { statusCode: 401 } });
  });
});
