import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse, print, SelectionSetNode } from 'graphql';
import { GRAPHQL_MAX_TOKENS, PublicResponseCache } from '@yigou/server/core';

/**
 * Root query fields whose answer to a visitor is the same for every visitor: the public catalogue.
 * Everything under them resolves without a user (anonymous requests only reach this cache).
 */
export const PUBLIC_CATALOG_FIELDS: ReadonlySet<string> = new Set([
  'products',
  'product',
  'categories',
  'supplier',
  'suppliers',
  'region',
  'regions',
  '__typename',
]);

interface Classified {
  /** The document printed back (whitespace and comments normalised); null = not cacheable. */
  normalized: string | null;
}

const MAX_DOCUMENTS = 500;

/** Whether the operation `operationName` of `query` reads only public catalogue root fields. */
export function classifyQuery(query: string, operationName: string | undefined): Classified {
  let doc: DocumentNode;
  try {
    doc = parse(query, { noLocation: true, maxTokens: GRAPHQL_MAX_TOKENS });
  } catch {
    return { normalized: null };
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  const ops: OperationDefinitionNode[] = [];
  for (const def of doc.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    else if (def.kind === Kind.OPERATION_DEFINITION) ops.push(def);
    else return { normalized: null };
  }
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
  if (!op || op.operation !== 'query') return { normalized: null };
  const rootOk = (set: SelectionSetNode, seen: Set<string>): boolean =>
    set.selections.every((sel) => {
      if (sel.kind === Kind.FIELD) return PUBLIC_CATALOG_FIELDS.has(sel.name.value);
      if (sel.kind === Kind.INLINE_FRAGMENT) return rootOk(sel.selectionSet, seen);
      const frag = fragments.get(sel.name.value);
      if (!frag || seen.has(sel.name.value)) return false;
      return rootOk(frag.selectionSet, new Set(seen).add(sel.name.value));
    });
  return { normalized: rootOk(op.selectionSet, new Set()) ? print(doc) : null };
}

/**
 * Answers anonymous catalogue reads (POST /graphql, JSON, no Authorization header) from
 * PublicResponseCache before Apollo runs: no GraphQL parsing, validation, auth or SQL on a hit.
 * A miss goes through Apollo as usual and its response is stored when it is a 200 without errors.
 * Concurrent misses of the same request wait for the first one instead of all querying the database;
 * when the entry merely expired, they get the expired answer meanwhile (see PublicResponseCache.stale).
 * Signed-in requests never read or fill this cache, so no personalised answer can be shared.
 */
@Injectable()
export class PublicCacheMiddleware implements NestMiddleware {
  private readonly documents = new Map<string, Classified>();

  constructor(private readonly cache: PublicResponseCache) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const key = this.keyOf(req);
    if (key === null) return next();
    const hit = this.cache.get(key);
    if (hit) return send(res, hit, 'hit');
    const started = this.cache.begin(key);
    if ('wait' in started) {
      const stale = this.cache.stale(key);
      if (stale) return send(res, stale, 'stale');
      void started.wait.then((body) => {
        if (body) send(res, body, 'hit');
        else next();
      });
      return;
    }
    this.capture(res, key, started.compute);
    res.setHeader('x-yigou-cache', 'miss');
    next();
  }

  /** The cache key, or null when this request must not use the cache. */
  private keyOf(req: Request): string | null {
    if (!this.cache.enabled || req.method !== 'POST') return null;
    // Anything that could identify the caller bypasses the cache (the API reads only Authorization today).
    if (req.headers.authorization !== undefined || req.headers.cookie !== undefined) return null;
    if (!req.is('application/json')) return null;
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown } | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string') return null;
    // Apollo Client 4 sends extensions.clientLibrary (name/version) by default; it does not change the answer.
    // Any other extension (e.g. persisted queries) bypasses the cache.
    if (body.extensions !== undefined && !onlyClientLibrary(body.extensions)) return null;
    const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
    if (body.operationName != null && operationName === undefined) return null;
    const docKey = `${operationName ?? ''}\n${body.query}`;
    let classified = this.documents.get(docKey);
    if (!classified) {
      classified = classifyQuery(body.query, operationName);
      if (this.documents.size >= MAX_DOCUMENTS) this.documents.delete(this.documents.keys().next().value as string);
      this.documents.set(docKey, classified);
    }
    if (classified.normalized === null) return null;
    return `${operationName ?? ''}\n${classified.normalized}\n${JSON.stringify(body.variables ?? {})}`;
  }

  /** Stores the response Apollo sends, when it is a complete 200 JSON answer without errors. */
  private capture(res: Response, key: string, generation: number): void {
    const cache = this.cache;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    let streamed = false;
    let done = false;
    const finish = (body: Buffer | null) => {
      if (done) return;
      done = true;
      cache.finish(key, generation, body);
    };
    res.write = ((...args: unknown[]) => {
      streamed = true;
      return write(...args);
    }) as Response['write'];
    res.end = ((...args: unknown[]) => {
      const chunk = args[0];
      let body: Buffer | null = null;
      if (!streamed && res.statusCode === 200 && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk, typeof args[1] === 'string' ? (args[1] as BufferEncoding) : 'utf8') : chunk;
        const type = String(res.getHeader('content-type') ?? '');
        // A JSON key "errors" can only appear unescaped as the response's own errors member.
        if (type.startsWith('application/json') && !buf.includes('"errors":')) body = buf;
      }
      finish(body);
      return end(...args);
    }) as Response['end'];
    res.once('close', () => finish(null));
  }
}

function send(res: Response, body: Buffer, state: 'hit' | 'stale'): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length, 'x-yigou-cache': state });
  res.end(body);
}

function onlyClientLibrary(extensions: unknown): boolean {
  if (!extensions || typeof extensions !== 'object' || Array.isArray(extensions)) return false;
  return Object.keys(extensions).every((k) => k === 'clientLibrary');
}
