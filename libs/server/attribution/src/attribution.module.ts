import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@yigou/server/catalog';
import { RegionsModule } from '@yigou/server/regions';
import { IdentityModule } from '@yigou/server/identity';
import { QuotaModule } from '@yigou/server/quota';
import { LivestreamModule } from '@yigou/server/livestream';
import { AttributionRule } from './entities/attribution-rule.entity';
import { BenefitLink } from './entities/benefit-link.entity';
import { Household } from './entities/household.entity';
import { HouseholdRevision } from './entities/household-revision.entity';
import { HouseholdAccessLog } from './entities/household-access-log.entity';
import { HouseholdImport } from './entities/household-import.entity';
import { HouseholdOtherIncome } from './entities/other-income.entity';
import { AttributionMovement } from './entities/attribution-movement.entity';
import { AttributionLine } from './entities/attribution-line.entity';
import { AttributionSplit } from './entities/attribution-split.entity';
import { AttributionBucketSum } from './entities/attribution-bucket-sum.entity';
import { AttributionHouseholdSum } from './entities/attribution-household-sum.entity';
import { AttributionHouseholdYear } from './entities/attribution-household-year.entity';
import { IdNumberCipher } from './services/id-number-cipher';
import { HouseholdService } from './services/household.service';
import { HouseholdAccessLogService } from './services/household-access-log.service';
import { BenefitService } from './services/benefit.service';
import { AttributionLedgerService } from './services/attribution-ledger.service';
import { AttributionRebuildService } from './services/attribution-rebuild.service';
import { AttributionReportService } from './services/attribution-report.service';
import { AttributionResolver } from './resolvers/attribution.resolver';
import { HouseholdImportController } from './resolvers/household-import.controller';

export const ATTRIBUTION_ENTITIES = [
  Household,
  BenefitLink,
  AttributionRule,
  HouseholdRevision,
  HouseholdAccessLog,
  HouseholdImport,
  HouseholdOtherIncome,
  AttributionMovement,
  AttributionLine,
  AttributionSplit,
  AttributionHouseholdSum,
  AttributionHouseholdYear,
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
