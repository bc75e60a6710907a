import { namedSql } from '@yigou/server/database';

/**
 * CartService.add: adds the quantity to the buyer's line of the SKU (or makes the line) at the price shown now; no row
 * back when the line would pass `maxQuantity`.
 */
export const ADD_TO_CART = namedSql<'userId' | 'skuId' | 'quantity' | 'priceFen' | 'maxQuantity', { id: string }>(
  `INSERT INTO cart_item (user_id, sku_id, quantity, price_fen) VALUES (:userId, :skuId, :quantity, :priceFen)
       ON CONFLICT (user_id, sku_id) DO UPDATE SET quantity = cart_item.quantity + EXCLUDED.quantity, price_fen = EXCLUDED.price_fen
        WHERE cart_item.quantity + EXCLUDED.quantity <= :maxQuantity
       RETURNING id`,
);

/** CartService.remove: the buyer's lines of these SKUs. */
export const REMOVE_FROM_CART = namedSql<'userId' | 'skuIds'>(
  `DELETE FROM cart_item WHERE user_id = :userId AND sku_id = ANY(:skuIds::uuid[])`,
);
