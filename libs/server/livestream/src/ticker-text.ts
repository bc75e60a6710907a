import { EntityManager } from 'typeorm';
import { maskName } from './livestream.utils';

/** The verb of a ticker line: placed (已下单) or paid (已付款, "刚刚购买了"). */
export type TickerVerb = 'placed' | 'paid';

type TickerOrder = { buyerId: string; unitId: string | null; productIds: readonly string[] };

/**
 * "汾西县第一中学 王** 刚刚购买了 玉露香梨" / "… 刚刚下单了 …" for each order, in their order: the buyer's unit, a masked name and
 * what they bought; from one read of the buyers and their units and one of the products.
 */
export async function tickerTexts(em: EntityManager, orders: readonly TickerOrder[], verb: TickerVerb): Promise<string[]> {
  if (orders.length === 0) return [];
  // Read-only lookups of display names for the masked line (identity and catalog have no batch name API yet).
  const buyers: { i: string; display_name: string; unit_name: string | null }[] = await em.query(
    `SELECT k.i::text AS i, u.display_name, w.name AS unit_name
       FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS k(buyer_id, unit_id, i)
       JOIN app_user u ON u.id = k.buyer_id LEFT JOIN work_unit w ON w.id = COALESCE(k.unit_id, u.unit_id)`,
    [orders.map((o) => o.buyerId), orders.map((o) => o.unitId)],
  );
  const buyerAt = new Map(buyers.map((b) => [Number(b.i) - 1, b]));
  const productIds = [...new Set(orders.flatMap((o) => o.productIds))];
  const products: { id: string; name: string }[] = productIds.length ? await em.query(`SELECT id, name FROM product WHERE id = ANY($1)`, [productIds]) : [];
  return orders.map((o, i) => {
    const names = [...new Set(o.productIds)].map((id) => products.find((x) => x.id === id)?.name).filter((n): n is string => !!n);
    const what = names.length > 1 ? `${names[0]} 等 ${names.length} 件商品` : (names[0] ?? '直播商品');
    const buyer = buyerAt.get(i);
    const who = [buyer?.unit_name, maskName(buyer?.display_name ?? '')].filter(Boolean).join(' ');
    return `${who} ${verb === 'paid' ? '刚刚购买了' : '刚刚下单了'} ${what}`;
  });
}
