import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@yigou/server/catalog';
import { IdentityModule } from '@yigou/server/identity';
import { RegionsModule } from '@yigou/server/regions';
import { QuotaRule } from './entities/quota-rule.entity';
import { QuotaUnitTarget } from './entities/quota-unit-target.entity';
import { QuotaFiling } from './entities/quota-filing.entity';
import { QuotaLedgerEntry } from './entities/quota-ledger-entry.entity';
import { QuotaReminder } from './entities/quota-reminder.entity';
import { QuotaUnitTotal } from './entities/quota-unit-total.entity';
import { QuotaYearSetting } from './entities/quota-year-setting.entity';
import { QuotaBulletinService } from './services/quota-bulletin.service';
import { QuotaCountingService } from './services/quota-counting.service';
import { QuotaFilingService } from './services/quota-filing.service';
import { QuotaProgressService } from './services/quota-progress.service';
import { QuotaResolver } from './resolvers/quota.resolver';
import { QuotaRankingService } from './services/quota-ranking.service';
import { QuotaTargetService } from './services/quota-target.service';

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
