import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@yigou/server/catalog';
import { IdentityModule } from '@yigou/server/identity';
import { NotificationsModule } from '@yigou/server/notifications';
import { RegionsModule } from '@yigou/server/regions';
import { QuotaRule } from './entities/quota-rule.entity';
import { QuotaUnitTarget } from './entities/quota-unit-target.entity';
import { QuotaFiling } from './entities/quota-filing.entity';
import { QuotaLedgerEntry } from './entities/quota-ledger-entry.entity';
import { QuotaUnitTotal } from './entities/quota-unit-total.entity';
import { QuotaYearSetting } from './entities/quota-year-setting.entity';
import { QuotaBulletinService } from './services/quota-bulletin.service';
import { QuotaCountingService } from './services/quota-counting.service';
import { QuotaFilingService } from './services/quota-filing.service';
import { QuotaProgressService } from './services/quota-progress.service';
import { QuotaReminderService } from './services/quota-reminder.service';
import { QuotaReminderResolver } from './resolvers/quota-reminder.resolver';
import { QuotaResolver } from './resolvers/quota.resolver';
import { QuotaRankingService } from './services/quota-ranking.service';
import { QuotaTargetService } from './services/quota-target.service';

export const QUOTA_ENTITIES = [QuotaRule, QuotaYearSetting, QuotaFiling, QuotaLedgerEntry, QuotaUnitTotal, QuotaUnitTarget];

/**
 * 以购代捐 quotas: rules, filings and review, counting of order events, progress, rankings, the bulletin, reminders (sent through the
 * notifications inbox).
 */
@Module({
  imports: [TypeOrmModule.forFeature(QUOTA_ENTITIES), IdentityModule, CatalogModule, RegionsModule, NotificationsModule],
  providers: [
    QuotaTargetService,
    QuotaRankingService,
    QuotaCountingService,
    QuotaFilingService,
    QuotaProgressService,
    QuotaBulletinService,
    QuotaReminderService,
    QuotaResolver,
    QuotaReminderResolver,
  ],
  exports: [TypeOrmModule, QuotaTargetService, QuotaRankingService, QuotaCountingService, QuotaFilingService, QuotaProgressService],
})
export class QuotaModule {}
