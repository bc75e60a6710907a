import { namedSql } from '@yigou/server/database';
import type { AttributionRuleKind } from '../entities/attribution-rule.entity';

/** A row of `attribution_movement`, as the planner's sources read it. */
export interface MovementRow {
  id: string;
  event_id: string;
  event_type: string;
  order_id: string;
  order_no: string;
  line_id: string;
  supplier_id: string;
  product_id: string;
  unit_id: string | null;
  live_session_id: string | null;
  rule_id: string | null;
  target_before_fen: string;
  target_after_fen: string;
  year: number;
  month: string;
  occurred_at: Date;
}

/** A row of `attribution_line`, its split named by digest (hex). */
export interface LineRow {
  line_id: string;
  order_id: string;
  event_id: string;
  rule_id: string | null;
  quantity: number;
  amount_fen: string;
  attributable_fen: string;
  refunded_fen: string;
  reversed_fen: string;
  split: string;
}

/** A row of `attribution_split`, its parts arrays as JSON. */
export interface SplitRow {
  digest: string;
  part_household_ids: string[];
  part_fen: (string | number)[];
  part_county_codes: string[];
  part_village_codes: string[];
  part_categories: string[];
  part_members: number[];
}

/**
 * RegistryLookups.rule: the attribution rule in force for a supplier's product on a day (a product's own before the
 * supplier's), ignoring rules created after `asOf` when it is set (a rebuild).
 */
export const RULE_IN_FORCE = namedSql<
  'supplierId' | 'productId' | 'day' | 'asOf',
  { id: string; kind: AttributionRuleKind; fen_per_unit: string | null; percent: string | null }
>(
  `SELECT id, kind, fen_per_unit, percent FROM attribution_rule
        WHERE supplier_id = :supplierId AND (product_id = :productId OR product_id IS NULL)
          AND valid_from <= :day::date AND (valid_to IS NULL OR valid_to >= :day::date)
          AND (:asOf::timestamptz IS NULL OR created_at <= :asOf::timestamptz)
        ORDER BY product_id NULLS LAST, valid_from DESC, id LIMIT 1`,
);

/**
 * RegistryLookups.households: the households linked to a supplier's product on a day, each once with its links'
 * weights added up, ignoring links created after `asOf` when it is set (a rebuild).
 */
export const LINKED_HOUSEHOLDS = namedSql<
  'supplierId' | 'productId' | 'day' | 'asOf',
  { household_id: string; weight: string; county_code: string; village_code: string; category: string; members: number }
>(
  `SELECT l.household_id, sum(l.weight)::text AS weight, h.county_code, h.village_code, h.category, h.members
         FROM benefit_link l JOIN household h ON h.id = l.household_id
        WHERE l.supplier_id = :supplierId AND (l.product_id = :productId OR l.product_id IS NULL)
          AND l.valid_from <= :day::date AND (l.valid_to IS NULL OR l.valid_to >= :day::date)
          AND (:asOf::timestamptz IS NULL OR l.created_at <= :asOf::timestamptz)
        GROUP BY l.household_id, h.county_code, h.village_code, h.category, h.members
        ORDER BY l.household_id`,
);

/** RegistryLookups.households in a rebuild: the households' edits after `since`, newest first (to undo them). */
export const HOUSEHOLD_REVISIONS_SINCE = namedSql<'householdIds' | 'since', { household_id: string; before: Record<string, unknown> }>(
  `SELECT household_id, before FROM household_revision WHERE household_id = ANY(:householdIds) AND created_at > :since ORDER BY created_at DESC, version DESC`,
);

/** BatchPlannerSource.load: the batch's lines, locked. */
export const LOCK_LINES = namedSql<'lineIds', LineRow>(
  `SELECT line_id, order_id, event_id, rule_id, quantity, amount_fen, attributable_fen, refunded_fen, reversed_fen, encode(split_digest, 'hex') AS split
         FROM attribution_line WHERE line_id = ANY(:lineIds::uuid[]) ORDER BY line_id FOR UPDATE`,
);

/**
 * BatchPlannerSource.load: each distinct split of the lines once; the parts arrays come as JSON: node-postgres parses a
 * 458-element uuid[] text array ~4× slower than JSON.parse
 */
export const SPLITS_BY_DIGEST = namedSql<'digests', SplitRow>(
  `SELECT encode(digest, 'hex') AS digest, to_json(part_household_ids) AS part_household_ids, to_json(part_fen) AS part_fen,
              to_json(part_county_codes) AS part_county_codes, to_json(part_village_codes) AS part_village_codes,
              to_json(part_categories) AS part_categories, to_json(part_members) AS part_members
         FROM attribution_split WHERE digest IN (SELECT decode(d, 'hex') FROM unnest(:digests::text[]) AS d)`,
);

/**
 * BatchPlannerSource.load: every movement of the lines `:lineIds`, oldest first (through `attribution_movement_key`,
 * which leads with the line).
 */
export const LINE_MOVEMENTS = namedSql<'lineIds', MovementRow>(
  `SELECT * FROM attribution_movement WHERE line_id = ANY(:lineIds::uuid[]) ORDER BY id`,
);
