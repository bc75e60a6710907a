import { namedSql } from '@yigou/server/database';
import type { PaceStatus, RankingSort } from '../services/quota-pace';

/** QuotaRankingService.onModuleInit: whether PostgreSQL has ICU's zh-CN (pinyin) collation. */
export const HAS_ZH_COLLATION = namedSql<never>(`SELECT 1 FROM pg_collation WHERE collname = 'zh-x-icu'`);

const SORT_SQL: Record<RankingSort, string> = {
  rank: 'rank',
  name: 'name',
  target: 'target_fen',
  ordered: 'ordered_fen',
  completed: 'completed_fen',
  rate: 'rate',
};

/**
 * The ranking's ORDER BY: the asked sort (rank when none), then rank, name and id; names in `collate` (`''` or
 * ` COLLATE "zh-x-icu"`).
 */
export function rankingOrderSql(sort: RankingSort | null | undefined, descending: boolean | null | undefined, collate: string): string {
  const sortCol = SORT_SQL[sort ?? 'rank'] ?? 'rank';
  return `${sortCol}${sortCol === 'name' ? collate : ''} ${descending ? 'DESC' : 'ASC'}, rank ASC, name${collate} ASC, unit_id ASC`;
}

/** A row of the ranking statement: a unit of the page (NULLs when the page is empty) with the jurisdiction's totals. */
export interface RankingSqlRow {
  unit_id: string;
  name: string;
  parent_name: string | null;
  has_canteen: boolean;
  target_fen: string;
  provisional: boolean;
  filing_status: string;
  overdue: boolean;
  ordered_fen: string;
  completed_fen: string;
  rate: number;
  rank: string;
  tied: boolean;
  status: PaceStatus;
  total_count: string;
  all_target: string;
  all_ordered: string;
  all_completed: string;
}

/**
 * QuotaRankingService.computeRanking: every unit of the jurisdiction (`:regionPrefix` is `LIKE` text) ranked by
 * completion rate, then completed amount (ties share a rank), coloured against `:pace`, filtered by `:status` and
 * `:search` (each NULL for all), one page (`:offset`, `:limit`; NULL for every row) in `order` (rankingOrderSql); each
 * row carries the filtered count and the whole jurisdiction's totals (one row of NULLs and totals when the page is empty).
 */
export const rankingSql = (order: string) =>
  namedSql<'year' | 'regionPrefix' | 'now' | 'pace' | 'status' | 'search' | 'offset' | 'limit', RankingSqlRow>(
    `WITH base AS (
         SELECT t.unit_id, t.unit_name AS name, t.parent_name, t.has_canteen, t.target_fen, t.provisional, t.filing_status,
                (t.filing_closes_at IS NOT NULL AND :now::timestamptz > t.filing_closes_at AND t.filing_status <> 'approved') AS overdue,
                COALESCE(u.ordered_fen, 0) AS ordered_fen, COALESCE(u.completed_fen, 0) AS completed_fen,
                CASE WHEN t.target_fen > 0 THEN COALESCE(u.completed_fen, 0)::float8 / t.target_fen ELSE 1 END AS rate
           FROM quota_unit_target t
           LEFT JOIN quota_unit_total u ON u.unit_id = t.unit_id AND u.year = t.year
          WHERE t.year = :year AND t.region_code LIKE :regionPrefix
       ), ranked AS (
         SELECT b.*, rank() OVER (ORDER BY rate DESC, completed_fen DESC) AS rank,
                count(*) OVER (PARTITION BY rate, completed_fen) > 1 AS tied,
                CASE WHEN rate >= :pace::float8 THEN 'green' WHEN rate >= :pace::float8 * 0.75 THEN 'amber' ELSE 'red' END AS status
           FROM base b
       ), filtered AS (
         SELECT * FROM ranked
          WHERE (:status::text IS NULL OR status = :status) AND (:search::text IS NULL OR strpos(name, :search) > 0 OR strpos(COALESCE(parent_name, ''), :search) > 0)
       ), page AS (
         SELECT * FROM filtered ORDER BY ${order} OFFSET :offset LIMIT :limit
       )
       SELECT a.total_count, a.all_target, a.all_ordered, a.all_completed, p.*
         FROM (SELECT (SELECT count(*) FROM filtered) AS total_count, COALESCE(sum(target_fen), 0) AS all_target,
                      COALESCE(sum(ordered_fen), 0) AS all_ordered, COALESCE(sum(completed_fen), 0) AS all_completed FROM base) a
         LEFT JOIN page p ON true
        ORDER BY ${order}`,
  );

/**
 * QuotaRankingService.rollUps: each unit's figures with its subordinates' (the whole subtree, by a recursive walk of
 * the stored parent links, 20 levels at most).
 */
export const ROLL_UPS = namedSql<'year' | 'unitIds', { root: string; n: number; target: string; ordered: string; completed: string }>(
  `WITH RECURSIVE sub(root, unit_id, depth) AS (
         SELECT unit_id, unit_id, 0 FROM quota_unit_target WHERE year = :year AND unit_id = ANY(:unitIds::uuid[])
         UNION ALL
         SELECT s.root, t.unit_id, s.depth + 1 FROM sub s JOIN quota_unit_target t ON t.year = :year AND t.parent_id = s.unit_id WHERE s.depth < 20
       )
       SELECT s.root, count(*)::int AS n, sum(t.target_fen) AS target, sum(COALESCE(u.ordered_fen, 0)) AS ordered, sum(COALESCE(u.completed_fen, 0)) AS completed
         FROM sub s JOIN quota_unit_target t ON t.unit_id = s.unit_id AND t.year = :year
         LEFT JOIN quota_unit_total u ON u.unit_id = s.unit_id AND u.year = :year
        GROUP BY s.root`,
);
