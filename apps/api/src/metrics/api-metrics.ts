import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { operationName, RequestMeta } from './operation-name';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Other HTTP routes by their first path segment; anything else is "other" (no unbounded labels). */
const ROUTES = new Set(['health', 'media', 'uploads', 'catalog', 'webhooks', 'metrics']);

/** A request-latency histogram in `registry`, labelled by `label` (operation or route) and HTTP status. */
function latencyHistogram<L extends string>(registry: Registry, name: string, help: string, label: L): Histogram<L | 'status'> {
  return new Histogram({ name, help, labelNames: [label, 'status'], buckets: LATENCY_BUCKETS, registers: [registry] });
}

/**
 * The API's Prometheus registry (one per application, so several APIs in one test process do not collide).
 * Per request: one hrtime read at the start and one histogram observation when the response finishes;
 * everything else (pool, outbox, live rooms, checkout queue) is read only when /metrics is scraped.
 */
@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();
  readonly graphql = latencyHistogram(
    this.registry,
    'yigou_graphql_request_duration_seconds',
    'GraphQL requests over HTTP by operation name and HTTP status: latency, and with _count the request rate',
    'operation',
  );
  readonly http = latencyHistogram(
    this.registry,
    'yigou_http_request_duration_seconds',
    'Other HTTP requests (uploads, media, health, webhooks) by first path segment and status',
    'route',
  );

  constructor() {
    this.registry.setDefaultLabels({ service: 'yigou-api' });
    collectDefaultMetrics({ register: this.registry, prefix: 'yigou_' });
  }

  /** Express middleware timing every request; mounted first, so the public cache's answers are timed too. */
  readonly middleware = (req: IncomingMessage & RequestMeta, res: ServerResponse, next: () => void): void => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = String(res.statusCode);
      const url = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
      const q = url.indexOf('?');
      const path = q < 0 ? url : url.slice(0, q);
      if (path === '/graphql') {
        this.graphql.observe({ operation: operationName(req), status }, seconds);
      } else {
        const first = path.split('/', 2)[1] ?? '';
        this.http.observe({ route: ROUTES.has(first) ? first : 'other', status }, seconds);
      }
    });
    next();
  };
}
