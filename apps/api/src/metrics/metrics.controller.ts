import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '@yigou/server/core';
import { ApiMetrics } from './api-metrics';

/**
 * GET /metrics in Prometheus's text format. For the internal network: the storefront's nginx does not pass
 * /metrics on (docker/nginx.conf), Prometheus scrapes each replica directly.
 */
@Controller()
export class MetricsController {
  constructor(private readonly metrics: ApiMetrics) {}

  @Public()
  @Get('metrics')
  async scrape(@Res() res: FastifyReply): Promise<void> {
    const body = await this.metrics.registry.metrics();
    res.header('content-type', this.metrics.registry.contentType).header('cache-control', 'no-store').send(body);
  }
}
