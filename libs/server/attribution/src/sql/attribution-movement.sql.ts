import { namedSql } from '@yigou/server/database';

/**
 * The holdings of a line's households when its target is `target`, as an array in split order: the parts `P` when the
 * whole target counts, NULL (nothing for anyone) at 0, else `attribution_split(target, P)` — the consumer's `holdings`
 * (docs/counting.md). `s` is the line's `attribution_split`, `l` the line (`attributable_fen` is the sum of `P`).
 */
export const holdingsSql = (target: string) =>
  `CASE WHEN ${target} <= 0 THEN NULL WHEN ${target} >= l.attributable_fen THEN s.part_fen ELSE attribution_split(${target}, s.part_fen) END`;

/**
 * Per movement `m` of a line `l` with split `s`: the households' holdings after it (`h.after`) and before it
 * (`h.before`), each split computed once per movement (`OFFSET 0` keeps PostgreSQL from pulling the subquery up and
 * calling the split once per household: 458 calls of a 458-part split per partial movement). Household `i` moved `coalesce(h.after[i], 0) -
 * coalesce(h.before[i], 0)`.
 */
export const MOVEMENT_HOLDINGS_SQL = `CROSS JOIN LATERAL (SELECT ${holdingsSql('m.target_after_fen')} AS after, ${holdingsSql('m.target_before_fen')} AS before OFFSET 0) h`;

/** What household `i` of the split moved by the movement (with `MOVEMENT_HOLDINGS_SQL`). */
export const householdMoveSql = (i: string) => `(coalesce(h.after[${i}], 0) - coalesce(h.before[${i}], 0))`;

/**
 * Household `i`'s holding of a line when its target is `target`: `holdingsSql(target)[i]` without building the split
 * (`attribution_split_share` ranks the one part among the others), 0 where that is NULL. For readers that need one
 * household's amount.
 */
const householdHoldingSql = (target: string, i: string) =>
  `CASE WHEN ${target} <= 0 THEN 0 WHEN ${target} >= l.attributable_fen THEN coalesce(s.part_fen[${i}], 0) ELSE coalesce(attribution_split_share(${target}, s.part_fen, ${i}), 0) END`;

/**
 * AttributionReportService.householdIncome: a household's ledger entries of a year, newest first (the household page):
 * the movements of the lines whose split reaches it (`attribution_split_households_gin`, then the lines by split and
 * their movements by line), each with what it moved for the household; moves of 0 left out. Only the newest
 * `4 × :limit` movements are expanded (a household of a product with 20,000 lines a year took ≈ 0.5 s expanding all of
 * them, ≈ 2 ms this way), so a household with more than `3 × :limit` zero moves among them sees fewer than `:limit`
 * entries. A negative entry names the movement that first gave the line's amount to that unit (the one it takes back
 * from).
 */
export const HOUSEHOLD_ENTRIES = namedSql<
  'householdId' | 'year' | 'limit',
  {
    id: string;
    order_no: string;
    product_id: string;
    supplier_id: string;
    amount: string;
    reverses_id: string | null;
    month: string;
    occurred_at: Date;
  }
>(`
  SELECT x.id::text, x.order_no, x.product_id, x.supplier_id, x.amount::text AS amount, x.month, x.occurred_at,
         CASE WHEN x.amount < 0 THEN (SELECT min(f.id) FROM attribution_movement f
                                       WHERE f.line_id = x.line_id AND f.unit_id IS NOT DISTINCT FROM x.unit_id)::text END AS reverses_id
    FROM (SELECT m.*, ${householdHoldingSql('m.target_after_fen', 'm.i')} - ${householdHoldingSql('m.target_before_fen', 'm.i')} AS amount
            FROM (SELECT m.id, m.order_no, m.product_id, m.supplier_id, m.month, m.occurred_at, m.line_id, m.unit_id,
                         m.target_before_fen, m.target_after_fen, p.i, s.digest
                    FROM attribution_split s
                   CROSS JOIN LATERAL (SELECT array_position(s.part_household_ids, :householdId::uuid) AS i) p
                    JOIN attribution_line l ON l.split_digest = s.digest
                    JOIN attribution_movement m ON m.line_id = l.line_id
                   WHERE s.part_household_ids @> ARRAY[:householdId::uuid] AND m.year = :year
                   ORDER BY m.id DESC LIMIT 4 * :limit::int) m
            JOIN attribution_line l ON l.line_id = m.line_id
            JOIN attribution_split s ON s.digest = m.digest) x
   WHERE x.amount <> 0
   ORDER BY x.id DESC LIMIT :limit`);

/**
 * Every household's move by every movement, one row each (moves of 0 left out), with the columns the old per-household
 * ledger had: what readers that add up households' amounts read (the reconciliation's ledger side, tests).
 */
export const HOUSEHOLD_MOVES_SQL = `
  SELECT x.* FROM (
    SELECT m.id AS movement_id, m.event_id, m.event_type, m.order_id, m.order_no, m.line_id, s.part_household_ids[p.i] AS household_id,
           s.part_county_codes[p.i] AS county_code, s.part_village_codes[p.i] AS village_code, s.part_categories[p.i] AS category,
           s.part_members[p.i] AS members, m.supplier_id, m.product_id, m.unit_id, m.live_session_id, m.rule_id,
           ${householdMoveSql('p.i')} AS amount_fen, m.year, m.month, m.occurred_at
      FROM attribution_movement m
      JOIN attribution_line l ON l.line_id = m.line_id
      JOIN attribution_split s ON s.digest = l.split_digest
      ${MOVEMENT_HOLDINGS_SQL}
     CROSS JOIN LATERAL generate_subscripts(s.part_fen, 1) AS p(i)) x
   WHERE x.amount_fen <> 0`;
