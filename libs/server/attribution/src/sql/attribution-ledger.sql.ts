import { namedSql } from '@yigou/server/database';

/**
 * The attribution consumer's writes of a batch (`persist` and `applySummaries` in attribution-ledger.service.ts): one
 * statement per table, every row of the batch as parallel arrays.
 */

/**
 * persist: the batch's distinct splits. A split's parts are arrays of its own length, so each goes over as one array
 * literal and is cast in the statement.
 */
export const INSERT_SPLITS = namedSql<'digests' | 'householdIds' | 'fens' | 'countyCodes' | 'villageCodes' | 'categories' | 'members'>(
  `INSERT INTO attribution_split (digest, part_household_ids, part_fen, part_county_codes, part_village_codes, part_categories, part_members)
       SELECT decode(u.d, 'hex'), u.h::uuid[], u.f::bigint[], u.c::varchar[], u.v::varchar[], u.k::text[], u.m::int[]
         FROM unnest(:digests::text[], :householdIds::text[], :fens::text[], :countyCodes::text[], :villageCodes::text[], :categories::text[], :members::text[]) AS u(d, h, f, c, v, k, m)
       ON CONFLICT (digest) DO NOTHING`,
);

/** persist: the batch's new lines, each naming its split by digest (hex). */
export const INSERT_LINES = namedSql<
  | 'lineIds'
  | 'orderIds'
  | 'eventIds'
  | 'ruleIds'
  | 'quantities'
  | 'amountFens'
  | 'attributableFens'
  | 'refundedFens'
  | 'reversedFens'
  | 'digests'
>(
  `INSERT INTO attribution_line (line_id, order_id, event_id, rule_id, quantity, amount_fen, attributable_fen, refunded_fen, reversed_fen, split_digest)
       SELECT u.line_id, u.order_id, u.event_id, u.rule_id, u.quantity, u.amount_fen, u.attributable_fen, u.refunded_fen, u.reversed_fen,
              decode(u.d, 'hex')
         FROM unnest(:lineIds::uuid[], :orderIds::uuid[], :eventIds::bigint[], :ruleIds::uuid[], :quantities::int[], :amountFens::bigint[], :attributableFens::bigint[], :refundedFens::bigint[], :reversedFens::bigint[], :digests::text[])
           AS u(line_id, order_id, event_id, rule_id, quantity, amount_fen, attributable_fen, refunded_fen, reversed_fen, d)`,
);

/** persist: the batch's lines whose refunded or reversed amount moved. */
export const UPDATE_LINES = namedSql<'lineIds' | 'refundedFens' | 'reversedFens'>(
  `UPDATE attribution_line l SET refunded_fen = u.refunded, reversed_fen = u.reversed
         FROM unnest(:lineIds::uuid[], :refundedFens::bigint[], :reversedFens::bigint[]) AS u(line_id, refunded, reversed) WHERE l.line_id = u.line_id`,
);

/** persist: the ledger's rows, one per event, line and unit whose target moved. */
export const INSERT_MOVEMENTS = namedSql<
  | 'eventIds'
  | 'eventTypes'
  | 'orderIds'
  | 'orderNos'
  | 'lineIds'
  | 'supplierIds'
  | 'productIds'
  | 'unitIds'
  | 'liveSessionIds'
  | 'ruleIds'
  | 'targetBeforeFens'
  | 'targetAfterFens'
  | 'years'
  | 'months'
  | 'occurredAts'
>(`INSERT INTO attribution_movement (event_id, event_type, order_id, order_no, line_id, supplier_id, product_id, unit_id, live_session_id, rule_id, target_before_fen, target_after_fen, year, month, occurred_at)
  SELECT * FROM unnest(:eventIds::bigint[], :eventTypes::text[], :orderIds::uuid[], :orderNos::text[], :lineIds::uuid[], :supplierIds::uuid[], :productIds::uuid[], :unitIds::uuid[], :liveSessionIds::uuid[], :ruleIds::uuid[], :targetBeforeFens::bigint[], :targetAfterFens::bigint[], :years::int[], :months::varchar[], :occurredAts::timestamptz[])`);

/**
 * applySummaries: one row per household and year (the few-key dimensions), the batch's deltas as one jsonb map per
 * row, added key by key; answers the sums after (locked).
 */
export const UPSERT_HOUSEHOLD_YEARS = namedSql<
  'householdIds' | 'years' | 'countyCodes' | 'sums',
  { county_code: string; year: number; household_id: string; sums: Record<string, number> }
>(
  `INSERT INTO attribution_household_year AS s (household_id, year, county_code, sums)
       SELECT * FROM unnest(:householdIds::uuid[], :years::int[], :countyCodes::varchar[], :sums::jsonb[])
       ON CONFLICT (household_id, year, county_code) DO UPDATE SET sums = s.sums ||
         (SELECT jsonb_object_agg(e.k, COALESCE((s.sums->>e.k)::bigint, 0) + e.v::bigint) FROM jsonb_each_text(EXCLUDED.sums) AS e(k, v))
       RETURNING s.household_id, s.year, s.county_code, s.sums`,
);

/** applySummaries: one row per household and bucket (units and sessions), the batch's delta added; answers the sums after (locked). */
export const UPSERT_HOUSEHOLD_SUMS = namedSql<
  'countyCodes' | 'years' | 'dims' | 'keys' | 'householdIds' | 'amountFens',
  { county_code: string; year: number; dim: string; key: string; household_id: string; amount_fen: string }
>(
  `INSERT INTO attribution_household_sum AS s (county_code, year, dim, key, household_id, amount_fen)
       SELECT * FROM unnest(:countyCodes::varchar[], :years::int[], :dims::text[], :keys::text[], :householdIds::uuid[], :amountFens::bigint[])
       ON CONFLICT (county_code, year, dim, key, household_id) DO UPDATE SET amount_fen = s.amount_fen + EXCLUDED.amount_fen
       RETURNING s.county_code, s.year, s.dim, s.key, s.household_id, s.amount_fen`,
);

/** applySummaries: the report buckets, each moved by the batch's amount and households and people crossing zero. */
export const UPSERT_BUCKET_SUMS = namedSql<'countyCodes' | 'years' | 'dims' | 'keys' | 'amountFens' | 'households' | 'people'>(
  `INSERT INTO attribution_bucket_sum AS b (county_code, year, dim, key, amount_fen, households, people)
     SELECT * FROM unnest(:countyCodes::varchar[], :years::int[], :dims::text[], :keys::text[], :amountFens::bigint[], :households::int[], :people::int[])
     ON CONFLICT (county_code, year, dim, key) DO UPDATE SET
       amount_fen = b.amount_fen + EXCLUDED.amount_fen, households = b.households + EXCLUDED.households, people = b.people + EXCLUDED.people`,
);
