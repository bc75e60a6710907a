import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RequestContext, forbidden } from '@yigou/server/core';
import { eventsHandledBy } from '@yigou/server/events';
import { QuotaCountingService } from '@yigou/server/quota';
import { PlannedMovement, planEvent } from './attribution-planner';
import { MemoryPlannerSource, movementToPlanned } from './attribution-sources';
import { bucketKey, bucketsFromHouseholdSums, householdDeltas } from './attribution-summaries';
import { ATTRIBUTED_TYPES, ATTRIBUTION_CONSUMER } from './attribution-ledger.service';
import { queryNamed } from '@yigou/server/database';
import { STORED_BUCKET_SUMS, STORED_HOUSEHOLD_SUMS, STORED_MOVEMENTS } from '../sql/attribution-rebuild.sql';

export interface RebuildResult {
  eventsReplayed: number;
  ledgerRows: number;
  rebuiltRows: number;
  ledgerMatches: boolean;
  summariesMatch: boolean;
  differences: string[];
}

const canon = (m: PlannedMovement) =>
  [
    m.eventId,
    m.eventType,
    m.orderId,
    m.orderNo,
    m.lineId,
    m.supplierId,
    m.productId,
    m.unitId,
    m.liveSessionId,
    m.ruleId,
    m.targetBeforeFen,
    m.targetAfterFen,
    m.year,
    m.month,
    new Date(m.occurredAt).toISOString(),
  ].join('|');

/**
 * Replays the order events the ledger consumed, in order, into an in-memory
 * ledger and compares it with the stored one movement by movement, and the report
 * summaries with sums recomputed from the replay. Read-only.
 */
@Injectable()
export class AttributionRebuildService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly quota: QuotaCountingService,
  ) {}

  async rebuild(ctx: RequestContext): Promise<RebuildResult> {
    if (!ctx.hasRole('platform_admin')) throw forbidden('只有平台管理员可以重建归因账本');
    return this.db.transaction('REPEATABLE READ', async (em) => {
      const source = new MemoryPlannerSource(em, (unitId, year) => this.quota.completionRequiresRating(unitId, year, em));
      // handled: recorded, or below the consumer's low-water mark and not held (the retention job deleted the record)
      const events = await eventsHandledBy(em, ATTRIBUTION_CONSUMER, ATTRIBUTED_TYPES);
      for (const e of events) source.apply(await planEvent(e, source.at(new Date(e.processed_at))));
      const stored = await queryNamed(em, STORED_MOVEMENTS, {});
      const ledger = stored.map(movementToPlanned);
      const a = new Set(ledger.map(canon));
      const b = new Set(source.movementsWritten.map(canon));
      const differences = [
        ...[...a].filter((x) => !b.has(x)).map((x) => `only in ledger: ${x}`),
        ...[...b].filter((x) => !a.has(x)).map((x) => `only in rebuild: ${x}`),
      ];

      const sums = householdDeltas(source.rowsWritten);
      const buckets = bucketsFromHouseholdSums(sums.values());
      const storedSums = await queryNamed(em, STORED_HOUSEHOLD_SUMS, {});
      const storedBuckets = await queryNamed(em, STORED_BUCKET_SUMS, {});
      let summariesMatch = storedSums.length === sums.size && storedBuckets.length === buckets.size;
      for (const s of storedSums) {
        const want = sums.get(`${s.county_code}|${s.year}|${s.dim}|${s.key}|${s.household_id}`);
        if (!want || want.amountFen !== Number(s.amount_fen)) summariesMatch = false;
      }
      for (const s of storedBuckets) {
        const want = buckets.get(bucketKey({ countyCode: s.county_code, year: s.year, dim: s.dim as never, key: s.key }));
        if (!want || want.amountFen !== Number(s.amount_fen) || want.households !== s.households || want.people !== s.people)
          summariesMatch = false;
      }
      return {
        eventsReplayed: events.length,
        ledgerRows: ledger.length,
        rebuiltRows: source.movementsWritten.length,
        ledgerMatches: differences.length === 0 && ledger.length === source.movementsWritten.length,
        summariesMatch,
        differences: differences.slice(0, 20),
      };
    });
  }
}
