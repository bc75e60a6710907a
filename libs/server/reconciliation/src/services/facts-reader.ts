import type { EntityManager } from 'typeorm';
import { queryNamed, type Queryable } from '@yigou/server/database';
import type { FactRefund, OrderFacts, RegistryFacts } from './order-facts';
import {
  LINES_OF_ORDERS,
  LINKED_HOUSEHOLDS,
  LINKS,
  ORDER_PAGE,
  OrderRow,
  RATING_SETTINGS,
  REBINDINGS_OF_ORDERS,
  REFUNDS_OF_ORDERS,
  RULES,
  UNIT_REGIONS,
} from '../sql/reconciliation.sql';

type Query = EntityManager['query'];

export async function readRegistry(query: Query): Promise<RegistryFacts> {
  // one connection (the caller's snapshot transaction): one query at a time
  const units: { id: string; region_code: string }[] = await query(UNIT_REGIONS);
  const settings: { region_code: string; year: number; completion_requires_rating: boolean }[] = await query(RATING_SETTINGS);
  const rules: {
    id: string;
    supplier_id: string;
    product_id: string | null;
    kind: 'per_unit' | 'revenue_share';
    fen_per_unit: string | null;
    percent: string | null;
    valid_from: string;
    valid_to: string | null;
  }[] = await query(RULES);
  const links: {
    supplier_id: string;
    product_id: string | null;
    household_id: string;
    weight: string;
    valid_from: string;
    valid_to: string | null;
  }[] = await query(LINKS);
  const households: { id: string; county_code: string }[] = await query(LINKED_HOUSEHOLDS);
  return {
    unitRegion: new Map(units.map((u) => [u.id, u.region_code])),
    ratingRequired: new Map(settings.map((s) => [`${s.region_code}:${s.year}`, s.completion_requires_rating])),
    rules: rules.map((r) => ({
      id: r.id,
      supplierId: r.supplier_id,
      productId: r.product_id,
      kind: r.kind,
      fenPerUnit: r.fen_per_unit === null ? null : Number(r.fen_per_unit),
      percent: r.percent,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    })),
    links: links.map((l) => ({
      supplierId: l.supplier_id,
      productId: l.product_id,
      householdId: l.household_id,
      weight: l.weight,
      validFrom: l.valid_from,
      validTo: l.valid_to,
    })),
    households: new Map(households.map((h) => [h.id, { id: h.id, countyCode: h.county_code }])),
  };
}

/** Orders in pages of `pageSize`, with their lines, refunds and re-bindings. */
export async function* readOrders(query: Query, pageSize = 1000): AsyncGenerator<OrderFacts[]> {
  const db: Queryable = { query };
  let after: string | null = null;
  for (;;) {
    const orders: OrderRow[] = await queryNamed(db, ORDER_PAGE, { after, pageSize });
    if (orders.length === 0) return;
    after = orders[orders.length - 1].id;
    const orderIds = orders.map((o) => o.id);
    const lines = await queryNamed(db, LINES_OF_ORDERS, { orderIds });
    const refunds = await queryNamed(db, REFUNDS_OF_ORDERS, { orderIds });
    const rebinds = await queryNamed(db, REBINDINGS_OF_ORDERS, { orderIds });
    const byOrder = new Map<string, OrderFacts>();
    const facts = orders.map((o) => {
      const f: OrderFacts = {
        orderId: o.id,
        orderNo: o.order_no,
        unitAtCheckout: o.unit_id,
        supplierId: o.supplier_id,
        liveSessionId: o.live_session_id,
        paidAt: o.paid_at,
        receivedAt: o.received_at,
        completedAt: o.completed_at,
        cancelledAt: o.cancelled_at,
        paidFen: Number(o.paid_fen),
        lines: [],
        refunds: [],
        rebindings: [],
      };
      byOrder.set(o.id, f);
      return f;
    });
    for (const l of lines)
      byOrder.get(l.order_id)?.lines.push({
        lineId: l.id,
        productId: l.product_id,
        quantity: l.quantity,
        amountFen: Number(l.amount_fen),
        certified: l.certified,
      });
    for (const r of refunds) {
      const refund: FactRefund = {
        at: r.at,
        amountFen: Number(r.amount_fen),
        lines: (r.lines ?? []).map((l) => ({ lineId: l.lineId, amountFen: Number(l.amountFen) })),
      };
      byOrder.get(r.order_id)?.refunds.push(refund);
    }
    for (const b of rebinds) {
      const f = byOrder.get(b.order_id);
      if (!f) continue;
      // the unit bound at checkout is the one the first approved change moved the order from
      if (f.rebindings.length === 0) f.unitAtCheckout = b.from_unit_id;
      f.rebindings.push({ at: b.decided_at, fromUnitId: b.from_unit_id, toUnitId: b.to_unit_id });
    }
    yield facts;
    if (orders.length < pageSize) return;
  }
}
