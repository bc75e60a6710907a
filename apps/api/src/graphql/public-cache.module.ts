import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { PublicCacheMiddleware } from './public-cache.middleware';

/** Puts the anonymous catalogue response cache in front of Apollo on POST /graphql. */
@Module({ providers: [PublicCacheMiddleware] })
export class PublicCacheModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(PublicCacheMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }
}
