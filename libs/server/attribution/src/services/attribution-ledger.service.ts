import { createHash } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  COUNTED_ORDER_EVENTS,
  CountedOrderEventType,
  DomainEvent,
  EventConsumer,
  EventDispatcher,
  eventsToApply,
  ratingYear,
} from '@yigou/server/events';
import { QuotaCountingService } from '@yigou/server/quota';
import { EventPlan, LinePart, LineState, MovedLine, PlannedMovement, planEvent, splitHoldings } from './attribution-planner';
import { sameSplit, splitDigestText, StoredPart } from './attribution-split';
import { BatchPlannerSource } from './attribution-sources';
import { YEAR_ROW_DIMS, yearSumKey } from './attribution-summaries';
import type { ReportDimension } from '../entities/attribution-household-sum.entity';
import { queryNamed } from '@yigou/server/database';
import {
  INSERT_LINES,
  INSERT_MOVEMENTS,
  INSERT_SPLITS,
  UPDATE_LINES,
  UPSERT_BUCKET_SUMS,
  UPSERT_HOUSEHOLD_SUMS,
  UPSERT_HOUSEHOLD_YEARS,
} from '../sql/attribution-ledger.sql';

export const ATTRIBUTION_CONSUMER = 'attribution-ledger';
/** Every order event: each carries the order's counting facts, and the rule decides what they change. */
export const ATTRIBUTED_TYPES = COUNTED_ORDER_EVENTS;
type AttributedType = CountedOrderEventType;

/**
 * Feeds the attribution ledger from order events, exactly once (the
 * dispatcher marks each event consumed in this same transaction), and keeps
 * the report summaries in step with it.
 */
@Injectable()
export class AttributionLedgerService implements EventConsumer<AttributedType>, OnModuleInit {
  readonly name = ATTRIBUTION_CONSUMER;
  readonly types = ATTRIBUTED_TYPES;

  constructor(
    private readonly dispatcher: EventDispatcher,
    private readonly quota: QuotaCountingService,
  ) {}

  onModuleInit(): void {
    this.dispatcher.register(this);
  }

  handle(event: DomainEvent<AttributedType>, em: EntityManager): Promise<void> {
    return this.handleBatch([event], em);
  }

  /**
   * Attributes a batch of order events (at most one per order): the cursors in one statement; the lines and their
   * ledger rows, the units' rating settings in one read each, rules and links once per supplier, product and day;
   * each event planned by the pure planner as before; then one insert or update per table for the whole batch.
   */
  async handleBatch(events: readonly DomainEvent<AttributedType>[], em: EntityManager): Promise<void> {
    // Events without counting facts count nothing; an event older than one already applied neither.
    const withFacts = events.map((e) => ({ event: e, p: e.payload })).filter((x) => x.p.state && x.p.orderId);
    const todo = await eventsToApply(em, this.name, withFacts);
    if (!todo.length) return;
    // The rating setting decides only where an order is received but not rated or the other way round (countOrder's
    // `done`): a batch of payments before receipt, or of receipts where the rating came too, needs no read of it.
    const asked = todo.flatMap(({ p }) =>
      p.state?.unitId && p.state.received !== p.state.rated && !Number.isNaN(Date.parse(p.occurredAt))
        ? [{ unitId: p.state.unitId, year: ratingYear(p.state, p.occurredAt) }]
        : [],
    );
    const { requiresRating } = asked.length ? await this.quota.ratingRule(asked, em) : { requiresRating: () => false };
    const lineIds = todo.flatMap(({ p }) => (Array.isArray(p.state?.lines) ? p.state.lines.map((l) => l.lineId) : []));
    const source = await new BatchPlannerSource(em, async (unitId, year) => requiresRating(unitId, year)).load([...new Set(lineIds)]);
    const plans: EventPlan[] = [];
    for (const { event } of todo) plans.push(await planEvent(event, source));
    await persist(em, plans);
  }
}

/** Writes the plans of a batch: one statement per table (new splits and lines, updated lines, movements, then the summaries). */
async function persist(em: EntityManager, plans: readonly EventPlan[]): Promise<void> {
  const added = plans.flatMap((p) => p.newLines);
  if (added.length) {
    // Each distinct split once (a batch of one product's lines of one quantity shares one), then the lines naming it.
    const { digests, splits } = distinctSplits(added);
    const parts = (get: (x: StoredPart) => string | number) => splits.map((x) => arrayLiteral(x.parts.map(get)));
    await queryNamed(em, INSERT_SPLITS, {
      digests: splits.map((x) => x.digest),
      householdIds: parts((x) => x.householdId),
      fens: parts((x) => x.amountFen),
      countyCodes: parts((x) => x.countyCode),
      villageCodes: parts((x) => x.villageCode),
      categories: parts((x) => x.category),
      members: parts((x) => x.members),
    });
    await queryNamed(em, INSERT_LINES, {
      lineIds: added.map((l) => l.lineId),
      orderIds: added.map((l) => l.orderId),
      eventIds: added.map((l) => l.eventId),
      ruleIds: added.map((l) => l.ruleId),
      quantities: added.map((l) => l.quantity),
      amountFens: added.map((l) => l.amountFen),
      attributableFens: added.map((l) => l.attributableFen),
      refundedFens: added.map((l) => l.refundedFen),
      reversedFens: added.map((l) => l.reversedFen),
      digests,
    });
  }
  const updated = plans.flatMap((p) => p.updatedLines);
  if (updated.length) {
    await queryNamed(em, UPDATE_LINES, {
      lineIds: updated.map((l) => l.lineId),
      refundedFens: updated.map((l) => l.refundedFen),
      reversedFens: updated.map((l) => l.reversedFen),
    });
  }
  const movements = plans.flatMap((p) => p.movements);
  if (movements.length === 0) return;
  await queryNamed(em, INSERT_MOVEMENTS, movementColumns(movements));
  await applySummaries(
    em,
    plans.map((p) => p.moved),
  );
}

/**
 * The distinct splits of a batch's new lines, each with its digest (hex), and each line's digest: lines are compared
 * element by element with the splits seen so far, so the digest text is built once per distinct split, not per line.
 */
export function distinctSplits(lines: readonly LineState[]): {
  digests: string[];
  splits: { digest: string; parts: readonly LinePart[] }[];
} {
  const splits: { digest: string; parts: readonly LinePart[] }[] = [];
  const digests = lines.map((l) => {
    let split = splits.find((x) => sameSplit(x.parts, l.parts));
    if (!split)
      splits.push((split = { digest: createHash('sha256').update(splitDigestText(l.parts), 'utf8').digest('hex'), parts: l.parts }));
    return split.digest;
  });
  return { digests, splits };
}

/** A PostgreSQL array literal (`{"a","b"}`), every element quoted. */
const arrayLiteral = (xs: readonly (string | number)[]): string =>
  `{${xs.map((x) => `"${String(x).replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;

/** The ledger's columns of the movements (INSERT_MOVEMENTS): one row per event, line and unit whose target moved. */
const movementColumns = (ms: readonly PlannedMovement[]) => ({
  eventIds: ms.map((m) => m.eventId),
  eventTypes: ms.map((m) => m.eventType),
  orderIds: ms.map((m) => m.orderId),
  orderNos: ms.map((m) => m.orderNo),
  lineIds: ms.map((m) => m.lineId),
  supplierIds: ms.map((m) => m.supplierId),
  productIds: ms.map((m) => m.productId),
  unitIds: ms.map((m) => m.unitId),
  liveSessionIds: ms.map((m) => m.liveSessionId),
  ruleIds: ms.map((m) => m.ruleId),
  targetBeforeFens: ms.map((m) => m.targetBeforeFen),
  targetAfterFens: ms.map((m) => m.targetAfterFen),
  years: ms.map((m) => m.year),
  months: ms.map((m) => m.month),
  occurredAts: ms.map((m) => m.occurredAt),
});

/** A bucket of the report (county, year, dimension, key), as interned for a batch. */
interface Bucket {
  countyCode: string;
  year: number;
  dim: ReportDimension;
  key: string;
}

/**
 * Numbers the buckets and households a batch touches, and each (bucket, household) sum, so the per-row work of a batch
 * (a 玉露香梨 receipt is 458 rows, 8 buckets each) is array and number-keyed map work: no key string is built per row
 * and bucket (the profile of bench/event-drain showed those strings and their maps as most of the consumer's time).
 */
class SumIndex {
  readonly buckets: Bucket[] = [];
  readonly households: string[] = [];
  /** Per sum: its bucket and household. */
  readonly sumBucket: number[] = [];
  readonly sumHousehold: number[] = [];
  private readonly bucketIds = new Map<string, Map<number, Map<string, Map<string, number>>>>();
  private readonly householdIds = new Map<string, number>();
  private readonly sumIds = new Map<number, number>();

  bucket(countyCode: string, year: number, dim: ReportDimension, key: string): number {
    let byYear = this.bucketIds.get(countyCode);
    if (!byYear) this.bucketIds.set(countyCode, (byYear = new Map()));
    let byDim = byYear.get(year);
    if (!byDim) byYear.set(year, (byDim = new Map()));
    let byKey = byDim.get(dim);
    if (!byKey) byDim.set(dim, (byKey = new Map()));
    let id = byKey.get(key);
    if (id === undefined) {
      id = this.buckets.push({ countyCode, year, dim, key }) - 1;
      byKey.set(key, id);
    }
    return id;
  }

  household(householdId: string): number {
    let id = this.householdIds.get(householdId);
    if (id === undefined) {
      id = this.households.push(householdId) - 1;
      this.householdIds.set(householdId, id);
    }
    return id;
  }

  /** The sum of a bucket and household (2^24 households a batch at most: far more than any product is linked to). */
  sum(bucket: number, household: number): number {
    const k = bucket * 16_777_216 + household;
    let id = this.sumIds.get(k);
    if (id === undefined) {
      id = this.sumBucket.push(bucket) - 1;
      this.sumHousehold.push(household);
      this.sumIds.set(k, id);
    }
    return id;
  }

  /** The sum a stored row names, if the batch has it. */
  find(countyCode: string, year: number, dim: string, key: string, householdId: string): number | undefined {
    const b = this.bucketIds.get(countyCode)?.get(year)?.get(dim)?.get(key);
    const h = this.householdIds.get(householdId);
    return b === undefined || h === undefined ? undefined : this.sumIds.get(b * 16_777_216 + h);
  }
}

/**
 * The net amount per sum (its households' moves of one bucket added up) of each event, one event after the other, or of
 * the whole batch as one entry per sum (`perEvent` false).
 */
interface EventDeltas {
  /** The entries' sums (distinct within an event, or within the batch). */
  sums: number[];
  amounts: number[];
  /** The members of the household of the sum's first move in the entry. */
  members: number[];
  /** A sum's moves in one entry came with different members (a household whose members changed between two splits). */
  mixedMembers: boolean;
}

/** A split's sums for one bucket signature of its movements: `K` per part (its household's buckets, `bucketsOf`'s order). */
interface SplitSums {
  K: number;
  ids: Int32Array;
}

/**
 * Each event's deltas, in movement, part and `bucketsOf` order — what the rows `householdMoves` gives would add up to,
 * without making them: a household's move is the difference of two holdings of its line's split (one array per split
 * and target), and a split's sums are numbered once per batch for each movement signature (year, supplier, product,
 * month, unit, session), so a batch of 100 receipts of one product is a few hundred thousand additions over arrays.
 */
function eventDeltas(index: SumIndex, movedByEvent: readonly (readonly MovedLine[])[], perEvent: boolean): EventDeltas {
  const out: EventDeltas = { sums: [], amounts: [], members: [], mixedMembers: false };
  const splitSums = new Map<readonly LinePart[], Map<string, SplitSums>>();
  const sumsOf = (m: PlannedMovement, parts: readonly LinePart[]): SplitSums => {
    let bySig = splitSums.get(parts);
    if (!bySig) splitSums.set(parts, (bySig = new Map()));
    const sig = `${m.year}|${m.supplierId}|${m.productId}|${m.month}|${m.unitId ?? ''}|${m.liveSessionId ?? ''}`;
    let found = bySig.get(sig);
    if (!found) {
      const dims: [ReportDimension, string | null][] = [
        ['total', ''],
        ['category', null],
        ['village', null],
        ['supplier', m.supplierId],
        ['product', m.productId],
        ['month', m.month],
      ];
      if (m.unitId) dims.push(['unit', m.unitId]);
      if (m.liveSessionId) dims.push(['session', m.liveSessionId]);
      const K = dims.length;
      const ids = new Int32Array(parts.length * K);
      parts.forEach((p, i) => {
        const h = index.household(p.householdId);
        dims.forEach(([dim, key], j) => {
          const k = key ?? (dim === 'category' ? p.category : p.villageCode);
          ids[i * K + j] = index.sum(index.bucket(p.countyCode, m.year, dim, k), h);
        });
      });
      bySig.set(sig, (found = { K, ids }));
    }
    return found;
  };
  // the position of a sum in the current event's lists, valid while its stamp is the event's number
  const stamp: number[] = [];
  const at: number[] = [];
  movedByEvent.forEach((moved, e) => {
    const n = perEvent ? e : 0;
    for (const { movement: m, parts } of moved) {
      const before = splitHoldings(m.targetBeforeFen, parts);
      const after = splitHoldings(m.targetAfterFen, parts);
      const { K, ids } = sumsOf(m, parts);
      for (let i = 0; i < parts.length; i++) {
        const amount = after[i] - before[i];
        if (amount === 0) continue;
        for (let j = i * K, end = j + K; j < end; j++) {
          const s = ids[j];
          if (stamp[s] === n) {
            out.amounts[at[s]] += amount;
            if (out.members[at[s]] !== parts[i].members) out.mixedMembers = true;
          } else {
            stamp[s] = n;
            at[s] = out.sums.push(s) - 1;
            out.amounts.push(amount);
            out.members.push(parts[i].members);
          }
        }
      }
    }
  });
  return out;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Moves the per-household sums and the bucket totals (amount, households and people with a positive net) for the
 * household moves of a batch's movements (`householdMoves` of each), as if each event's moves were applied in turn: two
 * upserts (one row per household and year for the few-key dimensions, one row per household and bucket for units and
 * sessions) add the batch's delta to each sum
 * (locking it) and return the sums after, so the sum before the batch is that minus the delta; the events' deltas are
 * then applied in memory in order (so households and people cross zero as they would event by event), and one upsert
 * moves the buckets.
 */
export async function applySummaries(em: EntityManager, movedByEvent: readonly (readonly MovedLine[])[]): Promise<void> {
  const index = new SumIndex();
  // Event by event a sum crosses zero by [after > 0] − [before > 0]; over the batch these add up to [end > 0] − [start > 0],
  // so one entry per sum for the whole batch moves the households exactly, and the people too unless a household's
  // members differ between the batch's splits (a crossing counts the members of its event) — then event by event.
  let deltas = eventDeltas(index, movedByEvent, false);
  if (deltas.mixedMembers) deltas = eventDeltas(index, movedByEvent, true);
  const sumCount = index.sumBucket.length;
  if (deltas.sums.length === 0) return;
  const { buckets, households, sumBucket, sumHousehold } = index;
  // The sums and buckets some household moved (the index numbers every household of a split), in first-touch order.
  const batch: number[] = new Array(sumCount).fill(0);
  const touched: number[] = [];
  const sumSeen = new Uint8Array(sumCount);
  const bucketOrder: number[] = [];
  const bucketSeen = new Uint8Array(buckets.length);
  for (let i = 0; i < deltas.sums.length; i++) {
    const s = deltas.sums[i];
    batch[s] += deltas.amounts[i];
    if (sumSeen[s]) continue;
    sumSeen[s] = 1;
    touched.push(s);
    if (!bucketSeen[sumBucket[s]]) {
      bucketSeen[sumBucket[s]] = 1;
      bucketOrder.push(sumBucket[s]);
    }
  }
  /** Each sum's amount: before the batch once the upserts have returned, then moved event by event. */
  const amount: number[] = new Array(sumCount).fill(0);
  // One row per household and year (UPSERT_HOUSEHOLD_YEARS).
  const years = new Map<string, { countyCode: string; year: number; householdId: string; sums: Record<string, number>; ids: number[] }>();
  const rowSums: number[] = [];
  for (const s of touched) {
    const b = buckets[sumBucket[s]];
    if (!YEAR_ROW_DIMS.has(b.dim)) {
      rowSums.push(s);
      continue;
    }
    const householdId = households[sumHousehold[s]];
    const id = `${householdId}|${b.year}|${b.countyCode}`;
    let y = years.get(id);
    if (!y) years.set(id, (y = { countyCode: b.countyCode, year: b.year, householdId, sums: {}, ids: [] }));
    y.sums[yearSumKey(b)] = batch[s];
    y.ids.push(s);
  }
  if (years.size) {
    // In household order, so that concurrent batches lock the rows in the same order.
    const ys = [...years.entries()].sort(([a], [b]) => byText(a, b)).map(([, y]) => y);
    const after = await queryNamed(em, UPSERT_HOUSEHOLD_YEARS, {
      householdIds: ys.map((y) => y.householdId),
      years: ys.map((y) => y.year),
      countyCodes: ys.map((y) => y.countyCode),
      sums: ys.map((y) => JSON.stringify(y.sums)),
    });
    for (const e of after) {
      const y = years.get(`${e.household_id}|${e.year}|${e.county_code}`) as (typeof ys)[number];
      for (const s of y.ids) amount[s] = Number(e.sums[yearSumKey(buckets[sumBucket[s]])]) - batch[s];
    }
  }
  if (rowSums.length) {
    // In key order (county, year, dimension, key, household), so that concurrent batches lock the rows in the same order.
    const text = (s: number) => {
      const b = buckets[sumBucket[s]];
      return `${b.countyCode}|${b.year}|${b.dim}|${b.key}|${households[sumHousehold[s]]}`;
    };
    const deltas = rowSums
      .map((s) => ({ s, t: text(s) }))
      .sort((a, b) => byText(a.t, b.t))
      .map(({ s }) => ({ s, b: buckets[sumBucket[s]], householdId: households[sumHousehold[s]] }));
    const after = await queryNamed(em, UPSERT_HOUSEHOLD_SUMS, {
      countyCodes: deltas.map((d) => d.b.countyCode),
      years: deltas.map((d) => d.b.year),
      dims: deltas.map((d) => d.b.dim),
      keys: deltas.map((d) => d.b.key),
      householdIds: deltas.map((d) => d.householdId),
      amountFens: deltas.map((d) => batch[d.s]),
    });
    for (const e of after) {
      const s = index.find(e.county_code, e.year, e.dim, e.key, e.household_id) as number;
      amount[s] = Number(e.amount_fen) - batch[s];
    }
  }
  // Bucket totals in the order the batch first touched them.
  const bAmount: number[] = new Array(buckets.length).fill(0);
  const bHouseholds: number[] = new Array(buckets.length).fill(0);
  const bPeople: number[] = new Array(buckets.length).fill(0);
  for (let i = 0; i < deltas.sums.length; i++) {
    const s = deltas.sums[i];
    const old = amount[s];
    const now = old + deltas.amounts[i];
    amount[s] = now;
    const crossed = (now > 0 ? 1 : 0) - (old > 0 ? 1 : 0);
    const b = sumBucket[s];
    bAmount[b] += deltas.amounts[i];
    bHouseholds[b] += crossed;
    bPeople[b] += crossed * deltas.members[i];
  }
  await queryNamed(em, UPSERT_BUCKET_SUMS, {
    countyCodes: bucketOrder.map((b) => buckets[b].countyCode),
    years: bucketOrder.map((b) => buckets[b].year),
    dims: bucketOrder.map((b) => buckets[b].dim),
    keys: bucketOrder.map((b) => buckets[b].key),
    amountFens: bucketOrder.map((b) => bAmount[b]),
    households: bucketOrder.map((b) => bHouseholds[b]),
    people: bucketOrder.map((b) => bPeople[b]),
  });
}
