import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { badInput } from '@yigou/server/core';
import { namedValues, preparedStatement, queryNamed, runPrepared } from '@yigou/server/database';
import { StockMovementKind } from '../entities/stock-movement.entity';
import { AppliedMovementRow, APPLY_MOVEMENT, INCONSISTENT_SKUS } from '../sql/stock.sql';

export interface StockChange {
  skuId: string;
  quantity: number;
  reason?: string | null;
  actorId?: string | null;
  refType?: string | null;
  refId?: string | null;
}

export interface StockLevel {
  skuId: string;
  available: number;
  reserved: number;
  movementId: string;
}

/** How each kind of movement moves the two figures, for a positive quantity. */
const EFFECT: Record<StockMovementKind, { available: number; reserved: number }> = {
  received: { available: 1, reserved: 0 },
  adjusted: { available: 1, reserved: 0 }, // quantity may be negative
  reserved: { available: -1, reserved: 1 },
  released: { available: 1, reserved: -1 },
  sold: { available: 0, reserved: -1 },
  returned: { available: 1, reserved: 0 },
};

/** Every stock change, on every checkout: prepared. */
const APPLY_MOVEMENT_PREPARED = preparedStatement(APPLY_MOVEMENT.text);

/**
 * The only writer of SKU stock (with stockReservationCtes, its rule for checkout's
 * statement). Each change is ONE statement that updates the SKU only if neither
 * figure would go below zero and, in the same statement, appends the movement —
 * no read-then-write, so concurrent buyers can never oversell. Returns null when
 * there is not enough stock.
 */
@Injectable()
export class StockService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Applies a movement inside the caller's transaction (or on its own). */
  async apply(kind: StockMovementKind, change: StockChange, em: EntityManager = this.db.manager): Promise<StockLevel | null> {
    const q = change.quantity;
    if (!Number.isInteger(q) || q === 0 || (kind !== 'adjusted' && q < 0)) {
      throw badInput('数量必须是正整数', 'quantity');
    }
    const availableDelta = EFFECT[kind].available * q;
    const reservedDelta = EFFECT[kind].reserved * q;
    const rows = await runPrepared<AppliedMovementRow>(
      em,
      APPLY_MOVEMENT_PREPARED,
      namedValues(APPLY_MOVEMENT, {
        skuId: change.skuId,
        availableDelta,
        reservedDelta,
        kind,
        reason: change.reason ?? null,
        actorId: change.actorId ?? null,
        refType: change.refType ?? null,
        refId: change.refId ?? null,
      }),
    );
    if (rows.length === 0) return null;
    const r = rows[0];
    return { skuId: r.sku_id, available: Number(r.stock_available), reserved: Number(r.stock_reserved), movementId: String(r.movement_id) };
  }

  /** The SKUs whose figures do not equal the sums of their movements (should always be empty). */
  async inconsistentSkus(em: EntityManager = this.db.manager): Promise<string[]> {
    const rows = await queryNamed(em, INCONSISTENT_SKUS, {});
    return rows.map((r) => r.id);
  }
}
