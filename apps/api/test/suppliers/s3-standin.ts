import { createHash } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { verifyV4 } from '@yigou/server/media';

export interface StandinObject {
  body: Buffer;
  contentType: string;
  cacheControl: string | undefined;
  etag: string;
}

/**
 * A local stand-in for an S3-compatible store (path-style URLs): checks every request's
 * Signature V4 against its own copy of the secret and the body against x-amz-content-sha256,
 * then keeps objects in memory. Just PUT, GET (with If-None-Match), HEAD and DELETE.
 */
export class S3Standin {
  readonly objects = new Map<string, StandinObject>();
  readonly log: { method: string; path: string; status: number; reason?: string }[] = [];
  private server: Server | null = null;

  constructor(
    readonly accessKeyId: string,
    public secretAccessKey: string,
  ) {}

  async start(): Promise<number> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return (this.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    return new Promise((r) => this.server?.close(() => r()) ?? r());
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const method = req.method ?? '';
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const path = decodeURIComponent(url.pathname);
    const refuse = (status: number, code: string, reason: string) => {
      this.log.push({ method, path, status, reason });
      res.writeHead(status, { 'content-type': 'application/xml' });
      res.end(
        method === 'HEAD'
          ? undefined
          : `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${reason}</Message></Error>`,
      );
    };
    const check = verifyV4({ method, url, headers: req.headers }, this.secretAccessKey, this.accessKeyId);
    if (!check.ok) return refuse(403, 'SignatureDoesNotMatch', check.reason);
    const claimed = req.headers['x-amz-content-sha256'];
    if (claimed !== 'UNSIGNED-PAYLOAD' && claimed !== createHash('sha256').update(body).digest('hex')) {
      return refuse(400, 'XAmzContentSHA256Mismatch', 'body does not match x-amz-content-sha256');
    }
    const ok = (status: number) => this.log.push({ method, path, status });
    if (method === 'PUT') {
      const etag = `"${createHash('md5').update(body).digest('hex')}"`;
      this.objects.set(path, {
        body,
        contentType: String(req.headers['content-type'] ?? 'binary/octet-stream'),
        cacheControl: req.headers['cache-control'],
        etag,
      });
      ok(200);
      res.writeHead(200, { etag });
      res.end();
      return;
    }
    const obj = this.objects.get(path);
    if (method === 'DELETE') {
      this.objects.delete(path);
      ok(204);
      res.writeHead(204).end();
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') return refuse(405, 'MethodNotAllowed', method);
    if (!obj) return refuse(404, 'NoSuchKey', path);
    if (req.headers['if-none-match'] === obj.etag) {
      ok(304);
      res.writeHead(304, { etag: obj.etag }).end();
      return;
    }
    ok(200);
    res.writeHead(200, { 'content-type': obj.contentType, 'content-length': obj.body.length, etag: obj.etag });
    res.end(method === 'HEAD' ? undefined : obj.body);
  }
}
