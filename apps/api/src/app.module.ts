import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdvancedConsoleLogger } from 'typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, AuthGuard, CoreModule, StatementCountingLogger } from '@yigou/server/core';
import { MIGRATIONS, postgresOptions } from '@yigou/server/database';
import { EventsModule } from '@yigou/server/events';
import { JobsModule } from '@yigou/server/jobs';
import { IdentityModule } from '@yigou/server/identity';
import { RegionsModule } from '@yigou/server/regions';
import { CatalogModule } from '@yigou/server/catalog';
import { NotificationsModule } from '@yigou/server/notifications';
import { QuotaModule } from '@yigou/server/quota';
import { AttributionModule } from '@yigou/server/attribution';
import { LivestreamModule } from '@yigou/server/livestream';
import { DemoDataModule } from '@yigou/server/demo-data';
import { OrdersModule } from '@yigou/server/orders';
import { PaymentsModule } from '@yigou/server/payments';
import { ReconciliationModule } from '@yigou/server/reconciliation';
import { graphqlModule } from './graphql/graphql.module';
import { PublicCacheModule } from './graphql/public-cache.module';
import { requestLogOptions } from './bootstrap/request-log';
import { HealthController } from './health/health.controller';
import { MetricsModule } from './metrics/metrics.module';
import { ReadReplicasModule } from './bootstrap/read-replicas.module';
import { ScopeDirectoryModule } from './graphql/scope-directory.module';
import { validationPipe } from './graphql/validation.pipe';
import { CodedErrorFilter } from './graphql/coded-error.filter';
import { DataExceptionFilter } from './graphql/data-exception.filter';
import { PlatformJobs } from './jobs/platform-jobs';

/** The application shell: wires configuration, database, GraphQL and the domain modules. */
@Module({})
export class AppModule {
  /** `connectDatabase: false` builds everything without touching PostgreSQL (used to print the schema). */
  static forRoot(config: AppConfig, opts: { connectDatabase?: boolean } = {}): DynamicModule {
    const connect = opts.connectDatabase ?? true;
    if (connect && !config.databaseUrl) throw new Error('AppModule needs a database URL (startApi resolves the embedded one)');
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: requestLogOptions(config) }),
        TypeOrmModule.forRoot({
          ...postgresOptions(config.databaseUrl ?? 'postgres://unused@127.0.0.1/unused', { entities: [], migrations: MIGRATIONS }),
          // Counts each statement against its GraphQL request's budget (GRAPHQL_MAX_STATEMENTS); logs like TypeORM's default.
          logger: new StatementCountingLogger(new AdvancedConsoleLogger(false)),
          autoLoadEntities: true,
          manualInitialization: !connect,
        }),
        ReadReplicasModule,
        PublicCacheModule,
        graphqlModule(config),
        EventsModule,
        JobsModule,
        ScopeDirectoryModule,
        IdentityModule,
        RegionsModule,
        CatalogModule,
        NotificationsModule,
        QuotaModule,
        AttributionModule,
        LivestreamModule,
        DemoDataModule,
        OrdersModule,
        PaymentsModule,
        ReconciliationModule,
        MetricsModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useValue: validationPipe() },
        { provide: APP_FILTER, useClass: CodedErrorFilter },
        { provide: APP_FILTER, useClass: DataExceptionFilter },
        PlatformJobs,
      ],
    };
  }
}
