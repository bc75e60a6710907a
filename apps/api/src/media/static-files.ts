import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, sep } from 'node:path';

const NOT_FOUND = JSON.stringify({ code: 'NOT_FOUND', message: '图片不存在' });

/**
 * GET/HEAD of files under `root` (mounted with a path prefix: `req.url` is the rest of the path), what
 * express.static did for the media folders: the content type from our own list (by extension), `nosniff`,
 * Cache-Control max-age, Last-Modified and a weak ETag with 304s. No directory listings, no dot files,
 * nothing outside `root`; a missing file is a 404 in the API's JSON error shape (not passed on).
 */
export function staticFiles(root: string, types: Record<string, string>, maxAgeSeconds: number) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    void serve(root, types, maxAgeSeconds, req, res).catch(() => notFound(res));
  };
}

async function serve(
  root: string,
  types: Record<string, string>,
  maxAgeSeconds: number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const raw = (req.url ?? '/').split('?', 1)[0];
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return notFound(res);
  }
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.length === 0 || path.includes('\0') || path.includes('\\') || segments.some((s) => s.startsWith('.'))) return notFound(res);
  const file = join(root, ...segments);
  if (!file.startsWith(root + sep)) return notFound(res);
  const info = await stat(file);
  if (!info.isFile()) return notFound(res);
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const lastModified = info.mtime.toUTCString();
  res.setHeader('Content-Type', types[file.slice(file.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', `public, max-age=${maxAgeSeconds}`);
  res.setHeader('Last-Modified', lastModified);
  res.setHeader('ETag', etag);
  const inm = req.headers['if-none-match'];
  const ims = req.headers['if-modified-since'];
  const fresh = inm
    ? inm.split(',').some((t) => t.trim() === etag || t.trim() === '*')
    : ims
      ? Date.parse(ims) >= Math.floor(info.mtimeMs / 1000) * 1000
      : false;
  if (fresh) {
    res.statusCode = 304;
    res.removeHeader('Content-Type');
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Length', info.size);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function notFound(res: ServerResponse): void {
  if (res.headersSent) return void res.destroy();
  res.statusCode = 404;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(NOT_FOUND);
}
