import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
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

/** What a miss that computes the answer keeps on its request until the answer is sent. */
interface Pending {
  key: string;
  generation: number;
  done: boolean;
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/**
 * Answers anonymous catalogue reads (POST /graphql, JSON, no Authorization header) from
 * PublicResponseCache before Apollo runs: no GraphQL validation, auth or SQL on a hit.
 * A miss goes through Apollo as usual and its response is stored when it is a 200 without errors.
 * Concurrent misses of the same request wait for the first one instead of all querying the database;
 * when the entry merely expired, they get the expired answer meanwhile (see PublicResponseCache.stale).
 * Signed-in requests never read or fill this cache, so no personalised answer can be shared.
 *
 * Two Fastify hooks on /graphql: `preHandler` (the body is parsed by then) answers or lets the request through,
 * `onSend` stores the answer Apollo serialised.
 */
@Injectable()
export class PublicCacheMiddleware {
  private readonly documents = new Map<string, Classified>();
  private readonly pending = new WeakMap<FastifyRequest, Pending>();

  constructor(private readonly cache: PublicResponseCache) {}

  readonly preHandler = (req: FastifyRequest, reply: FastifyReply, next: () => void): void => {
    const key = this.keyOf(req);
    if (key === null) return next();
    const hit = this.cache.get(key);
    if (hit) return send(reply, hit, 'hit');
    const started = this.cache.begin(key);
    if ('wait' in started) {
      const stale = this.cache.stale(key);
      if (stale) return send(reply, stale, 'stale');
      void started.wait.then((body) => {
        if (body) send(reply, body, 'hit');
        else next();
      });
      return;
    }
    const pending: Pending = { key, generation: started.compute, done: false };
    this.pending.set(req, pending);
    reply.raw.once('close', () => this.finish(pending, null));
    reply.header('x-yigou-cache', 'miss');
    next();
  };

  /** Stores the response Apollo sends, when it is a complete 200 JSON answer without errors. */
  readonly onSend = (req: FastifyRequest, reply: FastifyReply, payload: unknown, next: (err: null, payload: unknown) => void): void => {
    const pending = this.pending.get(req);
    if (pending) {
      let body: Buffer | null = null;
      if (reply.statusCode === 200 && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
        const buf = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
        const type = String(reply.getHeader('content-type') ?? '');
        // A JSON key "errors" can only appear unescaped as the response's own errors member.
        if (type.startsWith('application/json') && !buf.includes('"errors":')) body = buf;
      }
      this.finish(pending, body);
    }
    next(null, payload);
  };

  private finish(pending: Pending, body: Buffer | null): void {
    if (pending.done) return;
    pending.done = true;
    this.cache.finish(pending.key, pending.generation, body);
  }

  /** The cache key, or null when this request must not use the cache. */
  private keyOf(req: FastifyRequest): string | null {
    if (!this.cache.enabled || req.method !== 'POST') return null;
    // Anything that could identify the caller bypasses the cache (the API reads only Authorization today).
    if (req.headers.authorization !== undefined || req.headers.cookie !== undefined) return null;
    if (!JSON_TYPE.test(req.headers['content-type'] ?? '')) return null;
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
}

function send(reply: FastifyReply, body: Buffer, state: 'hit' | 'stale'): void {
  reply.status(200).headers({ 'content-type': 'application/json; charset=utf-8', 'x-yigou-cache': state }).send(body);
}

function onlyClientLibrary(extensions: unknown): boolean {
  if (!extensions || typeof extensions !== 'object' || Array.isArray(extensions)) return false;
  return Object.keys(extensions).every((k) => k === 'clientLibrary');
}
