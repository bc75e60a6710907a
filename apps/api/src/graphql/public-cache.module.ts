import { Module } from '@nestjs/common';
import { PublicCacheMiddleware } from './public-cache.middleware';

/**
 * Provides the anonymous catalogue response cache. startApi mounts it on POST /graphql as Express middleware
 * right after the body parsers — ahead of Nest's module middleware, so a hit skips the per-request logger
 * (pino-http serialises every request into a child logger: ~17 % of the API's CPU under a cache-hit load).
 */
@Module({ providers: [PublicCacheMiddleware], exports: [PublicCacheMiddleware] })
export class PublicCacheModule {}
