import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuotaRule } from './quota-rule.entity';

export const QUOTA_ENTITIES = [QuotaRule];

/** 以购代捐 quotas. Skeleton: the rule table; filings, counting and rankings come next. */
@Module({
  imports: [TypeOrmModule.forFeature(QUOTA_ENTITIES)],
  exports: [TypeOrmModule],
})
export class QuotaModule {}
