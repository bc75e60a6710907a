import { namedSql } from '@yigou/server/database';

/** The SKU's figures after a movement, and the movement's id. */
export interface AppliedMovementRow {
  sku_id: string;
  stock_available: number;
  stock_reserved: number;
  movement_id: string;
}

/**
 * StockService.apply, on every checkout (prepared there): moves the SKU's two figures only if neither would go below
 * zero and, in the same statement, appends the movement. No row: not enough stock.
 */
export const APPLY_MOVEMENT = namedSql<
  'skuId' | 'availableDelta' | 'reservedDelta' | 'kind' | 'reason' | 'actorId' | 'refType' | 'refId',
  AppliedMovementRow
>(
  `WITH upd AS (
     UPDATE product_sku
        SET stock_available = stock_available + :availableDelta, stock_reserved = stock_reserved + :reservedDelta
      WHERE id = :skuId AND stock_available + :availableDelta >= 0 AND stock_reserved + :reservedDelta >= 0
    RETURNING id, stock_available, stock_reserved
   ), mv AS (
     INSERT INTO stock_movement (sku_id, kind, available_delta, reserved_delta, reason, actor_id, ref_type, ref_id)
     SELECT id, :kind, :availableDelta, :reservedDelta, :reason, :actorId, :refType, :refId FROM upd
     RETURNING id
   )
   SELECT upd.id AS sku_id, upd.stock_available, upd.stock_reserved, mv.id AS movement_id FROM upd, mv`,
);

/** StockService.inconsistentSkus: the SKUs whose figures do not equal the sums of their movements (should be none). */
export const INCONSISTENT_SKUS = namedSql<never, { id: string }>(
  `SELECT s.id FROM product_sku s
         LEFT JOIN (SELECT sku_id, sum(available_delta) AS a, sum(reserved_delta) AS r FROM stock_movement GROUP BY sku_id) m ON m.sku_id = s.id
        WHERE s.stock_available <> COALESCE(m.a, 0) OR s.stock_reserved <> COALESCE(m.r, 0)`,
);
