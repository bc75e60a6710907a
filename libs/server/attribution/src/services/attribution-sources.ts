import { EntityManager } from 'typeorm';
import {
  EventPlan,
  householdMoves,
  LinePart,
  LineState,
  LinkedHousehold,
  PlannedMovement,
  PlannedRow,
  PlannerSource,
  RuleRow,
} from './attribution-planner';
import { percentToBasisPoints } from './attribution-strategy';
import { queryNamed } from '@yigou/server/database';
import {
  HOUSEHOLD_REVISIONS_SINCE,
  LINE_MOVEMENTS,
  LINKED_HOUSEHOLDS,
  LOCK_LINES,
  type LineRow,
  type MovementRow,
  RULE_IN_FORCE,
  SPLITS_BY_DIGEST,
  type SplitRow,
} from '../sql/attribution-sources.sql';

/** Quota's per-jurisdiction rule: does completion need a rating (unit, year)? */
export type RatingRule = (unitId: string, year: number) => Promise<boolean>;

export function movementToPlanned(r: MovementRow): PlannedMovement {
  return {
    eventId: String(r.event_id),
    eventType: r.event_type,
    orderId: r.order_id,
    orderNo: r.order_no,
    lineId: r.line_id,
    supplierId: r.supplier_id,
    productId: r.product_id,
    unitId: r.unit_id,
    liveSessionId: r.live_session_id,
    ruleId: r.rule_id,
    targetBeforeFen: Number(r.target_before_fen),
    targetAfterFen: Number(r.target_after_fen),
    year: r.year,
    month: r.month,
    occurredAt: new Date(r.occurred_at).toISOString(),
  };
}

/** Rules and linked households in force on a day, read from the registry tables. */
export abstract class RegistryLookups implements Pick<PlannerSource, 'rule' | 'households'> {
  /** When set, rules and links created later are ignored (a rebuild sees the registry as the consumer did). */
  protected asOf: Date | null = null;

  constructor(
    protected readonly em: EntityManager,
    private readonly ratingRule: RatingRule,
  ) {}

  completionRequiresRating(unitId: string, year: number): Promise<boolean> {
    return this.ratingRule(unitId, year);
  }

  async rule(supplierId: string, productId: string, day: string): Promise<RuleRow | null> {
    const rows = await queryNamed(this.em, RULE_IN_FORCE, { supplierId, productId, day, asOf: this.asOf });
    const r = rows[0];
    return r
      ? {
          id: r.id,
          kind: r.kind,
          fenPerUnit: r.fen_per_unit === null ? null : Number(r.fen_per_unit),
          basisPoints: r.percent === null ? null : percentToBasisPoints(r.percent),
        }
      : null;
  }

  async households(supplierId: string, productId: string, day: string): Promise<LinkedHousehold[]> {
    const rows = await queryNamed(this.em, LINKED_HOUSEHOLDS, { supplierId, productId, day, asOf: this.asOf });
    const list = rows.map((r) => ({
      householdId: r.household_id,
      weight: Number(r.weight),
      countyCode: r.county_code,
      villageCode: r.village_code,
      category: r.category,
      members: r.members,
    }));
    if (!this.asOf || list.length === 0) return list;
    // undo later edits (newest first) so each household looks as it did then
    const revisions = await queryNamed(this.em, HOUSEHOLD_REVISIONS_SINCE, {
      householdIds: list.map((h) => h.householdId),
      since: this.asOf,
    });
    const byId = new Map(list.map((h) => [h.householdId, h]));
    for (const r of revisions) {
      const h = byId.get(r.household_id);
      if (!h) continue;
      if (typeof r.before.villageCode === 'string') h.villageCode = r.before.villageCode;
      if (typeof r.before.category === 'string') h.category = r.before.category;
      if (typeof r.before.members === 'number') h.members = r.before.members;
    }
    return list;
  }

  abstract line(lineId: string): Promise<LineState | null>;
  abstract movements(lineId: string): Promise<PlannedMovement[]>;
}

const toParts = (r: SplitRow): LinePart[] =>
  r.part_household_ids.map((householdId, i) => ({
    householdId,
    amountFen: Number(r.part_fen[i]),
    countyCode: r.part_county_codes[i],
    villageCode: r.part_village_codes[i],
    category: r.part_categories[i],
    members: r.part_members[i],
  }));

const toLineState = (r: LineRow, parts: LinePart[]): LineState => ({
  lineId: r.line_id,
  orderId: r.order_id,
  eventId: String(r.event_id),
  ruleId: r.rule_id,
  quantity: r.quantity,
  amountFen: Number(r.amount_fen),
  attributableFen: Number(r.attributable_fen),
  refundedFen: Number(r.refunded_fen),
  reversedFen: Number(r.reversed_fen),
  parts,
});

/**
 * The live ledger of a batch of order events, in the consumer's transaction: the batch's lines (locked) and their rows
 * are read at once (`load`), rules and links once per supplier, product and day.
 */
export class BatchPlannerSource extends RegistryLookups implements PlannerSource {
  private readonly lineStates = new Map<string, LineState>();
  private readonly lineMovements = new Map<string, PlannedMovement[]>();
  private readonly rules = new Map<string, Promise<RuleRow | null>>();
  private readonly links = new Map<string, Promise<LinkedHousehold[]>>();

  /** Reads (and locks) the lines and reads every movement of them. */
  async load(lineIds: readonly string[]): Promise<this> {
    if (lineIds.length === 0) return this;
    const lines = await queryNamed(this.em, LOCK_LINES, { lineIds });
    if (lines.length === 0) return this;
    // Each distinct split once.
    const splits = await queryNamed(this.em, SPLITS_BY_DIGEST, { digests: [...new Set(lines.map((l) => l.split))] });
    const partsOf = new Map(splits.map((x) => [x.digest, toParts(x)]));
    for (const l of lines) this.lineStates.set(l.line_id, toLineState(l, partsOf.get(l.split) as LinePart[]));
    const rows = await queryNamed(this.em, LINE_MOVEMENTS, { lineIds: lines.map((l) => l.line_id) });
    for (const r of rows) {
      const list = this.lineMovements.get(r.line_id);
      if (list) list.push(movementToPlanned(r));
      else this.lineMovements.set(r.line_id, [movementToPlanned(r)]);
    }
    return this;
  }

  async line(lineId: string): Promise<LineState | null> {
    return this.lineStates.get(lineId) ?? null;
  }

  async movements(lineId: string): Promise<PlannedMovement[]> {
    return this.lineMovements.get(lineId) ?? [];
  }

  override rule(supplierId: string, productId: string, day: string): Promise<RuleRow | null> {
    const k = `${supplierId}|${productId}|${day}`;
    if (!this.rules.has(k)) this.rules.set(k, super.rule(supplierId, productId, day));
    return this.rules.get(k) as Promise<RuleRow | null>;
  }

  override households(supplierId: string, productId: string, day: string): Promise<LinkedHousehold[]> {
    const k = `${supplierId}|${productId}|${day}`;
    if (!this.links.has(k)) this.links.set(k, super.households(supplierId, productId, day));
    // one list per supplier, product and day for the whole batch: the planner splits it once per amount (it copies
    // what it keeps into the parts and changes nothing)
    return this.links.get(k) as Promise<LinkedHousehold[]>;
  }
}

/** An in-memory ledger, for rebuilding from the event log. */
export class MemoryPlannerSource extends RegistryLookups implements PlannerSource {
  readonly lines = new Map<string, LineState>();

  /** The registry as the consumer saw it when it handled the event. */
  at(time: Date): this {
    this.asOf = time;
    return this;
  }
  private readonly written: PlannedMovement[] = [];
  private readonly householdRows: PlannedRow[] = [];
  private readonly byLine = new Map<string, PlannedMovement[]>();

  /** Every movement the replay wrote, in order. */
  get movementsWritten(): readonly PlannedMovement[] {
    return this.written;
  }

  /** Every household's move by them, in order. */
  get rowsWritten(): readonly PlannedRow[] {
    return this.householdRows;
  }

  async line(lineId: string): Promise<LineState | null> {
    return this.lines.get(lineId) ?? null;
  }

  async movements(lineId: string): Promise<PlannedMovement[]> {
    return this.byLine.get(lineId) ?? [];
  }

  apply(plan: EventPlan): void {
    for (const l of [...plan.newLines, ...plan.updatedLines]) this.lines.set(l.lineId, l);
    for (const m of plan.moved) householdMoves(m, this.householdRows);
    for (const m of plan.movements) {
      this.written.push(m);
      this.byLine.set(m.lineId, [...(this.byLine.get(m.lineId) ?? []), m]);
    }
  }
}
