import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
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
  async scrape(@Res() res: Response): Promise<void> {
    const body = await this.metrics.registry.metrics();
    res.setHeader('content-type', this.metrics.registry.contentType);
    res.setHeader('cache-control', 'no-store');
    res.send(body);
  }
}
