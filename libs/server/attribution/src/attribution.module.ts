import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttributionRule } from './attribution-rule.entity';
import { BenefitLink } from './benefit-link.entity';
import { Household } from './household.entity';
import { IdNumberCipher } from './id-number-cipher';

export const ATTRIBUTION_ENTITIES = [Household, BenefitLink, AttributionRule];

/** Households, benefit links and attribution rules. Skeleton: tables and the ID cipher; the ledger comes next. */
@Module({
  imports: [TypeOrmModule.forFeature(ATTRIBUTION_ENTITIES)],
  providers: [
    {
      provide: IdNumberCipher,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => IdNumberCipher.fromEnv({ HOUSEHOLD_ID_KEY: config.householdIdKey ?? undefined, NODE_ENV: config.nodeEnv }),
    },
  ],
  exports: [TypeOrmModule, IdNumberCipher],
})
export class AttributionModule {}
