import { EntityManager } from 'typeorm';
import { productNamesIn } from '@yigou/server/catalog';
import { buyerLabels } from '@yigou/server/identity';
import { maskName } from './livestream.utils';

/** The verb of a ticker line: placed (已下单) or paid (已付款, "刚刚购买了"). */
export type TickerVerb = 'placed' | 'paid';

type TickerOrder = { buyerId: string; unitId: string | null; productIds: readonly string[] };

/**
 * "汾西县第一中学 王** 刚刚购买了 玉露香梨" / "… 刚刚下单了 …" for each order, in their order: the buyer's unit, a masked name and
 * what they bought; from one read of the buyers and their units (identity's buyerLabels) and one of the products
 * (catalog's productNamesIn), both in the caller's transaction.
 */
export async function tickerTexts(em: EntityManager, orders: readonly TickerOrder[], verb: TickerVerb): Promise<string[]> {
  if (orders.length === 0) return [];
  const buyers = await buyerLabels(em, orders);
  const products = await productNamesIn(
    em,
    orders.flatMap((o) => o.productIds),
  );
  return orders.map((o, i) => {
    const names = [...new Set(o.productIds)].map((id) => products.get(id)).filter((n): n is string => !!n);
    const what = names.length > 1 ? `${names[0]} 等 ${names.length} 件商品` : (names[0] ?? '直播商品');
    const buyer = buyers[i];
    const who = [buyer?.unitName, maskName(buyer?.displayName ?? '')].filter(Boolean).join(' ');
    return `${who} ${verb === 'paid' ? '刚刚购买了' : '刚刚下单了'} ${what}`;
  });
}
