import { EntityManager } from 'typeorm';
import { maskName } from './livestream.utils';

/** The verb of a ticker line: placed (已下单) or paid (已付款, "刚刚购买了"). */
export type TickerVerb = 'placed' | 'paid';

/** "汾西县第一中学 王** 刚刚购买了 玉露香梨" / "… 刚刚下单了 …": the buyer's unit, a masked name and what they bought. */
export async function tickerText(em: EntityManager, o: { buyerId: string; unitId: string | null; productIds: readonly string[] }, verb: TickerVerb): Promise<string> {
  // Read-only lookups of display names for the masked line (identity and catalog have no batch name API yet).
  const [buyer]: { display_name: string; unit_name: string | null }[] = await em.query(
    `SELECT u.display_name, w.name AS unit_name FROM app_user u LEFT JOIN work_unit w ON w.id = COALESCE($2::uuid, u.unit_id) WHERE u.id = $1`,
    [o.buyerId, o.unitId],
  );
  const productIds = [...new Set(o.productIds)];
  const products: { id: string; name: string }[] = productIds.length ? await em.query(`SELECT id, name FROM product WHERE id = ANY($1)`, [productIds]) : [];
  const names = productIds.map((id) => products.find((x) => x.id === id)?.name).filter((n): n is string => !!n);
  const what = names.length > 1 ? `${names[0]} 等 ${names.length} 件商品` : (names[0] ?? '直播商品');
  const who = [buyer?.unit_name, maskName(buyer?.display_name ?? '')].filter(Boolean).join(' ');
  return `${who} ${verb === 'paid' ? '刚刚购买了' : '刚刚下单了'} ${what}`;
}
