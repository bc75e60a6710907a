import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { FenScalar } from './graphql/fen.scalar';
import { PublicResponseCache } from './cache/public-response-cache';
import { QueryRateLimiter } from './graphql/query-rate-limit';

/** Makes the validated configuration injectable everywhere as APP_CONFIG. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, FenScalar, PublicResponseCache, QueryRateLimiter],
      exports: [APP_CONFIG, PublicResponseCache, QueryRateLimiter],
    };
  }
}
