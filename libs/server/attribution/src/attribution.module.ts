import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@yigou/server/catalog';
import { RegionsModule } from '@yigou/server/regions';
import { IdentityModule } from '@yigou/server/identity';
import { QuotaModule } from '@yigou/server/quota';
import { LivestreamModule } from '@yigou/server/livestream';
import { AttributionRule } from './attribution-rule.entity';
import { BenefitLink } from './benefit-link.entity';
import { Household } from './household.entity';
import { HouseholdRevision } from './household-revision.entity';
import { HouseholdAccessLog } from './household-access-log.entity';
import { HouseholdImport } from './household-import.entity';
import { HouseholdOtherIncome } from './other-income.entity';
import { AttributionEntry } from './attribution-entry.entity';
import { AttributionLine } from './attribution-line.entity';
import { AttributionBucketSum, AttributionHouseholdSum } from './attribution-summary.entity';
import { IdNumberCipher } from './id-number-cipher';
import { HouseholdService } from './household.service';
import { HouseholdAccessLogService } from './household-access-log.service';
import { BenefitService } from './benefit.service';
import { AttributionLedgerService } from './attribution-ledger.service';
import { AttributionRebuildService } from './attribution-rebuild.service';
import { AttributionReportService } from './attribution-report.service';
import { AttributionResolver } from './attribution.resolver';
import { HouseholdImportController } from './household-import.controller';

export const ATTRIBUTION_ENTITIES = [
  Household,
  BenefitLink,
  AttributionRule,
  HouseholdRevision,
  HouseholdAccessLog,
  HouseholdImport,
  HouseholdOtherIncome,
  AttributionEntry,
  AttributionLine,
  AttributionHouseholdSum,
  AttributionBucketSum,
];

/** Household registry, benefit links and rules, the attribution ledger fed by order events, and county reports. */
@Module({
  imports: [TypeOrmModule.forFeature(ATTRIBUTION_ENTITIES), CatalogModule, RegionsModule, IdentityModule, QuotaModule, LivestreamModule],
  controllers: [HouseholdImportController],
  providers: [
    {
      provide: IdNumberCipher,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        IdNumberCipher.fromEnv({ HOUSEHOLD_ID_KEY: config.householdIdKey ?? undefined, NODE_ENV: config.nodeEnv }),
    },
    HouseholdService,
    HouseholdAccessLogService,
    BenefitService,
    AttributionLedgerService,
    AttributionRebuildService,
    AttributionReportService,
    AttributionResolver,
  ],
  exports: [TypeOrmModule, IdNumberCipher, HouseholdService, AttributionReportService, AttributionRebuildService],
})
export class AttributionModule {}
