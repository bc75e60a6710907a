import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NightlyReconciliationJob } from './jobs/nightly-reconciliation.job';
import { ReconciliationRun } from './entities/reconciliation-run.entity';
import { ReconciliationResolver } from './resolvers/reconciliation.resolver';
import { ReconciliationService } from './services/reconciliation.service';

export const RECONCILIATION_ENTITIES = [ReconciliationRun];

/** 对账: recomputes quota, attribution and live figures from orders alone and compares them with the ledgers. */
@Module({
  imports: [TypeOrmModule.forFeature(RECONCILIATION_ENTITIES)],
  providers: [ReconciliationService, ReconciliationResolver, NightlyReconciliationJob],
  exports: [ReconciliationService, NightlyReconciliationJob],
})
export class ReconciliationModule {}
