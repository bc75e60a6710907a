import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LiveSessionProduct } from './live-session-product.entity';
import { LiveSession } from './live-session.entity';

export const LIVESTREAM_ENTITIES = [LiveSession, LiveSessionProduct];

/** Livestream sessions and their pinned products. Skeleton: tables only; the live room comes next. */
@Module({
  imports: [TypeOrmModule.forFeature(LIVESTREAM_ENTITIES)],
  exports: [TypeOrmModule],
})
export class LivestreamModule {}
