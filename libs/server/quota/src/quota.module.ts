import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@yigou/server/catalog';
import { IdentityModule } from '@yigou/server/identity';
import { RegionsModule } from '@yigou/server/regions';
import { QuotaRule } from './quota-rule.entity';
import { QuotaUnitTarget } from './quota-unit-target.entity';
import { QuotaFiling, QuotaLedgerEntry, QuotaReminder, QuotaUnitTotal, QuotaYearSetting } from './quota-entities';
import { QuotaBulletinService } from './quota-bulletin.service';
import { QuotaCountingService } from './quota-counting.service';
import { QuotaFilingService } from './quota-filing.service';
import { QuotaProgressService } from './quota-progress.service';
import { QuotaResolver } from './quota.resolver';
import { QuotaRankingService } from './quota-ranking.service';
import { QuotaTargetService } from './quota-target.service';

export const QUOTA_ENTITIES = [QuotaRule, QuotaYearSetting, QuotaFiling, QuotaLedgerEntry, QuotaUnitTotal, QuotaReminder, QuotaUnitTarget];

/** 以购代捐 quotas: rules, filings and review, counting of order events, progress, rankings, the bulletin. */
@Module({
  imports: [TypeOrmModule.forFeature(QUOTA_ENTITIES), IdentityModule, CatalogModule, RegionsModule],
  providers: [
    QuotaTargetService,
    QuotaRankingService,
    QuotaCountingService,
    QuotaFilingService,
    QuotaProgressService,
    QuotaBulletinService,
    QuotaResolver,
  ],
  exports: [TypeOrmModule, QuotaTargetService, QuotaRankingService, QuotaCountingService, QuotaFilingService, QuotaProgressService],
})
export class QuotaModule {}
