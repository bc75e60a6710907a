import { MigrationInterface, QueryRunner } from 'typeorm';

/** The event's and line's columns, the same in both shapes. */
const COMMON = [
  'event_id',
  'event_type',
  'order_id',
  'order_no',
  'line_id',
  'supplier_id',
  'product_id',
  'unit_id',
  'live_session_id',
  'rule_id',
  'year',
  'month',
  'occurred_at',
];
const COMMON_TYPES: Record<string, string> = {
  event_id: 'bigint',
  event_type: 'text',
  order_id: 'uuid',
  order_no: 'text',
  line_id: 'uuid',
  supplier_id: 'uuid',
  product_id: 'uuid',
  unit_id: 'uuid',
  live_session_id: 'uuid',
  rule_id: 'uuid',
  year: 'int',
  month: 'varchar',
  occurred_at: 'timestamptz',
};
const NO_UNIT = `'00000000-0000-0000-0000-000000000000'::uuid`;
/**
 * Every household's move by every movement (moves of 0 left out): its holding after minus before, each the
 * largest-remainder split of the line's target over its parts (`attribution_split`; the whole parts when the whole
 * target counts, nothing at 0) — as the consumer and readers expand it (libs/server/attribution/src/sql).
 */
const HOUSEHOLD_MOVES = `
  SELECT x.* FROM (
    SELECT m.id AS movement_id, p.i, ${COMMON.map((c) => `m.${c}`).join(', ')}, m.created_at,
           s.part_household_ids[p.i] AS household_id, s.part_county_codes[p.i] AS county_code, s.part_village_codes[p.i] AS village_code,
           s.part_categories[p.i] AS category, s.part_members[p.i] AS members,
           coalesce(h.after[p.i], 0) - coalesce(h.before[p.i], 0) AS amount_fen
      FROM attribution_movement m
      JOIN attribution_line l ON l.line_id = m.line_id
      JOIN attribution_split s ON s.digest = l.split_digest
     CROSS JOIN LATERAL (
       SELECT CASE WHEN m.target_after_fen <= 0 THEN NULL WHEN m.target_after_fen >= l.attributable_fen THEN s.part_fen
                   ELSE attribution_split(m.target_after_fen, s.part_fen) END AS after,
              CASE WHEN m.target_before_fen <= 0 THEN NULL WHEN m.target_before_fen >= l.attributable_fen THEN s.part_fen
                   ELSE attribution_split(m.target_before_fen, s.part_fen) END AS before
      OFFSET 0) h
     CROSS JOIN LATERAL generate_subscripts(s.part_fen, 1) AS p(i)) x
   WHERE x.amount_fen <> 0`;

/**
 * The movement ledger (issue 13): the attribution ledger stores one row per event, line and unit whose target moved
 * (the line's target before and after) instead of one row per household — a 玉露香梨 receipt (458 households) was 458
 * rows, ≈ 60 % of the consumer's time. A household's amount is `split(after, P)[h] − split(before, P)[h]`.
 * Existing entries become movements (per event, line and unit: their sum is the target's move, added up in ledger
 * order), checked household by household against the expansion before the old table goes; the down migration
 * expands the movements back into household rows, reversals pointing at their originals oldest first, as the consumer
 * wrote them.
 */
export class AttributionMovementLedger1796556913973 implements MigrationInterface {
  name = 'AttributionMovementLedger1796556913973';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attribution_movement" ("id" BIGSERIAL NOT NULL, "event_id" bigint NOT NULL, "event_type" text NOT NULL, "order_id" uuid NOT NULL, "order_no" text NOT NULL, "line_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "product_id" uuid NOT NULL, "unit_id" uuid, "live_session_id" uuid, "rule_id" uuid, "target_before_fen" bigint NOT NULL, "target_after_fen" bigint NOT NULL, "year" integer NOT NULL, "month" character varying(7) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a096b7cb23328ad0120343038bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "attribution_movement_key" ON "attribution_movement" ("line_id", "event_id", "unit_id") NULLS NOT DISTINCT`,
    );
    await queryRunner.query(
      `CREATE TRIGGER attribution_movement_append_only BEFORE UPDATE OR DELETE ON "attribution_movement" FOR EACH ROW EXECUTE FUNCTION yigou_append_only()`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0cd2ecf61aa9c34adbd66a4d18" ON "attribution_line" ("split_digest") `);
    await queryRunner.query(`CREATE INDEX "attribution_split_households_gin" ON "attribution_split" USING gin ("part_household_ids")`);
    // per event, line and unit: the entries' sum is the target's move; the targets add up in ledger order
    await queryRunner.query(
      `INSERT INTO "attribution_movement" (${COMMON.join(', ')}, target_before_fen, target_after_fen, created_at)
       SELECT ${COMMON.map((c) => `g.${c}`).join(', ')}, sum(g.delta) OVER w - g.delta, sum(g.delta) OVER w, g.created_at
         FROM (SELECT ${COMMON.join(', ')}, min(id) AS first_id, sum(amount_fen) AS delta, min(created_at) AS created_at
                 FROM "attribution_entry" GROUP BY ${COMMON.join(', ')}) g
       WINDOW w AS (PARTITION BY g.line_id, g.unit_id ORDER BY g.first_id)
        ORDER BY g.first_id`,
    );
    const key = `event_id, line_id, coalesce(unit_id, ${NO_UNIT}) AS unit, household_id`;
    const [{ n }] = await queryRunner.query(
      `SELECT count(*)::int AS n
         FROM (SELECT ${key}, sum(amount_fen) AS a FROM "attribution_entry" GROUP BY 1, 2, 3, 4) e
         FULL JOIN (SELECT ${key}, sum(amount_fen) AS a FROM (${HOUSEHOLD_MOVES}) x GROUP BY 1, 2, 3, 4) m
           USING (event_id, line_id, unit, household_id)
        WHERE coalesce(e.a, 0) <> coalesce(m.a, 0)`,
    );
    if (n > 0) throw new Error(`attribution: ${n} household amounts of the ledger are not the split of their line's target; nothing moved`);
    await queryRunner.query(`DROP TABLE "attribution_entry"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attribution_entry" ("id" BIGSERIAL NOT NULL, "event_id" bigint NOT NULL, "event_type" text NOT NULL, "order_id" uuid NOT NULL, "order_no" text NOT NULL, "line_id" uuid NOT NULL, "household_id" uuid NOT NULL, "county_code" character varying(12) NOT NULL, "village_code" character varying(12) NOT NULL, "category" text NOT NULL, "members" integer NOT NULL, "supplier_id" uuid NOT NULL, "product_id" uuid NOT NULL, "unit_id" uuid, "live_session_id" uuid, "rule_id" uuid, "amount_fen" bigint NOT NULL, "reverses_id" bigint, "year" integer NOT NULL, "month" character varying(7) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4717e76ea623a9e45917555839" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ef795be83c52fd4d93c0272c7a" ON "attribution_entry" ("household_id", "year") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "attribution_entry_original_key" ON "attribution_entry" ("line_id", "event_id", "household_id") WHERE "reverses_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "attribution_entry_reversal_line_idx" ON "attribution_entry" ("line_id") WHERE "reverses_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TRIGGER attribution_entry_append_only BEFORE UPDATE OR DELETE ON "attribution_entry" FOR EACH ROW EXECUTE FUNCTION yigou_append_only()`,
    );
    // Each household's moves, in ledger order: an increase is an original row, a decrease reverses originals of the
    // same line, unit and household oldest first, never more than is left of one (the consumer's rule before).
    const moves: Record<string, unknown>[] = await queryRunner.query(`${HOUSEHOLD_MOVES} ORDER BY x.movement_id, x.i`);
    const rows: { move: Record<string, unknown>; amount: number; reverses: number | null }[] = [];
    const open = new Map<string, { row: number; left: number }[]>();
    for (const move of moves) {
      const k = `${move.line_id}|${move.unit_id ?? ''}|${move.household_id}`;
      const amount = Number(move.amount_fen);
      const originals = open.get(k) ?? [];
      open.set(k, originals);
      if (amount > 0) {
        originals.push({ row: rows.length, left: amount });
        rows.push({ move, amount, reverses: null });
        continue;
      }
      let rest = -amount;
      for (const o of originals) {
        if (rest === 0) break;
        const take = Math.min(o.left, rest);
        if (take === 0) continue;
        o.left -= take;
        rest -= take;
        rows.push({ move, amount: -take, reverses: o.row });
      }
      if (rest > 0) throw new Error(`attribution: a reversal of line ${move.line_id} exceeds what its household holds`);
    }
    if (!rows.length) {
      await this.dropMovements(queryRunner);
      return;
    }
    const ids: string[] = (
      await queryRunner.query(`SELECT nextval(pg_get_serial_sequence('attribution_entry', 'id'))::text AS id FROM generate_series(1, $1)`, [
        rows.length,
      ])
    ).map((r: { id: string }) => r.id);
    const columns: [string, string, (r: (typeof rows)[number], i: number) => unknown][] = [
      ['id', 'bigint', (_r, i) => ids[i]],
      ...COMMON.map((c): [string, string, (r: (typeof rows)[number]) => unknown] => [c, COMMON_TYPES[c], (r) => r.move[c]]),
      ['household_id', 'uuid', (r) => r.move.household_id],
      ['county_code', 'varchar', (r) => r.move.county_code],
      ['village_code', 'varchar', (r) => r.move.village_code],
      ['category', 'text', (r) => r.move.category],
      ['members', 'int', (r) => r.move.members],
      ['amount_fen', 'bigint', (r) => r.amount],
      ['reverses_id', 'bigint', (r) => (r.reverses === null ? null : ids[r.reverses])],
      ['created_at', 'timestamptz', (r) => r.move.created_at],
    ];
    for (let from = 0; from < rows.length; from += 5000) {
      const chunk = rows.slice(from, from + 5000);
      await queryRunner.query(
        `INSERT INTO "attribution_entry" (${columns.map(([c]) => c).join(', ')})
         SELECT * FROM unnest(${columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ')})`,
        columns.map(([, , get]) => chunk.map((r, i) => get(r, from + i))),
      );
    }
    await this.dropMovements(queryRunner);
  }

  private async dropMovements(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."attribution_split_households_gin"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0cd2ecf61aa9c34adbd66a4d18"`);
    await queryRunner.query(`DROP TABLE "attribution_movement"`);
  }
}
