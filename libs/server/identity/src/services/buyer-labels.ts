import type { EntityManager } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { BUYER_LABELS } from '../sql/users.sql';

/** How another domain shows a buyer: their display name and the unit they buy for (the order's, else their own). */
export interface BuyerLabel {
  displayName: string;
  unitName: string | null;
}

/**
 * Identity's read port for buyers' display labels, one statement for the lot, in the caller's transaction (the live
 * ticker writes its lines in checkout's and the order consumer's). Each buyer is `{ buyerId, unitId }`, `unitId` the
 * order's unit or null; the answer is in the same order, undefined where the user does not exist.
 */
export async function buyerLabels(
  em: EntityManager,
  buyers: readonly { buyerId: string; unitId: string | null }[],
): Promise<(BuyerLabel | undefined)[]> {
  if (buyers.length === 0) return [];
  const rows = await queryNamed(em, BUYER_LABELS, { buyerIds: buyers.map((b) => b.buyerId), unitIds: buyers.map((b) => b.unitId) });
  const at = new Map(rows.map((r) => [Number(r.i) - 1, { displayName: r.display_name, unitName: r.unit_name }]));
  return buyers.map((_, i) => at.get(i));
}
