import type { IncomingMessage } from 'node:http';

/** What the API notes on a request for its log line and metrics (set by the GraphQL context and the metrics middleware). */
export interface RequestMeta {
  /** GraphQL operation name, as labelled in metrics and logs. */
  yigouOperation?: string;
  /** The signed-in user, once the request's context is built. */
  yigouUserId?: string;
  body?: unknown;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const NAMED_OPERATION = /^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]{0,63})/;
/** Clients choose operation names: past this many distinct ones, new names are counted as "other". */
const MAX_NAMES = 300;
const known = new Set<string>();

/**
 * The GraphQL operation name of a parsed request body: `operationName`, else the name in the document
 * (`query Products { … }`), else "anonymous" (also while the body is not parsed yet). Bounded: at most MAX_NAMES distinct names per
 * process, so a
 * client inventing names cannot grow the metrics without end.
 */
export function operationName(req: IncomingMessage & RequestMeta): string {
  if (req.yigouOperation) return req.yigouOperation;
  const body = req.body as { operationName?: unknown; query?: unknown } | undefined;
  // Not read yet (Fastify parses the body after the request hooks): not remembered, so a later call sees the body.
  if (body === undefined) return 'anonymous';
  let name: string | null = null;
  if (body && typeof body === 'object') {
    if (typeof body.operationName === 'string' && NAME.test(body.operationName)) name = body.operationName;
    else if (typeof body.query === 'string') name = NAMED_OPERATION.exec(body.query)?.[1] ?? null;
  }
  if (!name) return (req.yigouOperation = 'anonymous');
  if (!known.has(name)) {
    if (known.size >= MAX_NAMES) return (req.yigouOperation = 'other');
    known.add(name);
  }
  return (req.yigouOperation = name);
}
