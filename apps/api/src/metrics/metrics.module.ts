import { Module } from '@nestjs/common';
import { EventsModule } from '@yigou/server/events';
import { IdentityModule } from '@yigou/server/identity';
import { LivestreamModule } from '@yigou/server/livestream';
import { OrdersModule } from '@yigou/server/orders';
import { ApiMetrics } from './api-metrics';
import { MetricsCollectors } from './metrics.collectors';
import { MetricsController } from './metrics.controller';

/** Prometheus metrics: request latency per GraphQL operation (middleware, see startApi) and gauges read at scrape. */
@Module({
  imports: [EventsModule, IdentityModule, LivestreamModule, OrdersModule],
  providers: [ApiMetrics, MetricsCollectors],
  controllers: [MetricsController],
  exports: [ApiMetrics],
})
export class MetricsModule {}
