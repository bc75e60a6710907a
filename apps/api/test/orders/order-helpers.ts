import { TestApp } from '@yigou/server/testing';

export interface Sku {
  skuId: string;
  priceFen: number;
  productName: string;
}

export async function skuOf(t: TestApp, demoKey: string): Promise<Sku> {
  const rows: { id: string; price_fen: string; name: string }[] = await t.db.query(
    `SELECT s.id, s.price_fen, p.name FROM product_sku s JOIN product p ON p.id = s.product_id WHERE p.demo_key = $1 ORDER BY s.sort_order LIMIT 1`,
    [demoKey],
  );
  return { skuId: rows[0].id, priceFen: Number(rows[0].price_fen), productName: rows[0].name };
}

export async function stockOf(t: TestApp, skuId: string): Promise<{ a: number; r: number }> {
  const [row] = await t.db.query(`SELECT stock_available AS a, stock_reserved AS r FROM product_sku WHERE id = $1`, [skuId]);
  return row;
}

export async function setStock(t: TestApp, skuId: string, available: number): Promise<void> {
  const { a } = await stockOf(t, skuId);
  if (a === available) return;
  await t.db.query(
    `WITH u AS (UPDATE product_sku SET stock_available = $2 WHERE id = $1 RETURNING id)
     INSERT INTO stock_movement (sku_id, kind, available_delta, reserved_delta, reason) SELECT id, 'adjusted', $3, 0, 'test' FROM u`,
    [skuId, available, available - a],
  );
}

/**
 * Holds a SKU's row in a transaction of the test's own, as a long stock adjustment would, so every checkout
 * of it that reaches the database waits. Returns the release.
 */
export async function holdSkuRow(t: TestApp, skuId: string): Promise<() => Promise<void>> {
  const holder = t.db.createQueryRunner();
  await holder.connect();
  await holder.startTransaction();
  await holder.query(`SELECT id FROM product_sku WHERE id = $1 FOR UPDATE`, [skuId]);
  return async () => {
    await holder.rollbackTransaction();
    await holder.release();
  };
}

/** 李建国's canteen address in 汾西县, the purchaser's in the order suites. */
export const CANTEEN_ADDRESS = {
  recipient: '李建国',
  phone: '13800000002',
  province: '山西省',
  city: '临汾市',
  district: '汾西县',
  detail: '永安镇府前街 1 号 汾西县第一中学食堂',
};

/** Saves the canteen address to `token`'s address book; its id. */
export async function addAddress(t: TestApp, token: string): Promise<string> {
  const r = await t.gql<{ saveAddress: { id: string } }>(
    `mutation($input: AddressInput!) { saveAddress(input: $input) { id } }`,
    { input: CANTEEN_ADDRESS },
    token,
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.saveAddress.id;
}

export const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id orderNo supplierId status paymentStatus paymentTerm totalFen itemsFen shippingFen remittanceRef payDeadline unitId lines { id skuId quantity unitPriceFen certified } } }`;

export interface PlacedOrder {
  id: string;
  orderNo: string;
  supplierId: string;
  status: string;
  paymentStatus: string;
  paymentTerm: string;
  totalFen: string;
  itemsFen: string;
  shippingFen: string;
  remittanceRef: string;
  payDeadline: string | null;
  unitId: string | null;
  lines: { id: string; skuId: string; quantity: number; unitPriceFen: string; certified: boolean }[];
}

export function line(sku: Sku, quantity: number, price = sku.priceFen) {
  return { skuId: sku.skuId, quantity, expectedPriceFen: String(price) };
}

/** Places a checkout as `token`'s buyer (headers such as x-test-now ride along) and returns its first order; throws on an error. */
export async function placeFirst(
  t: TestApp,
  token: string,
  input: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<PlacedOrder> {
  const r = await t.gql<{ placeOrder: PlacedOrder[] }>(PLACE, { input }, token, headers);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.placeOrder[0];
}

/** A canteen's bank-transfer checkout of `quantity` × `sku`, invoiced to 汾西县第一中学 (the finance desk suites' orders). */
export function canteenBankTransfer(sku: Sku, quantity: number, addressId: string) {
  return {
    lines: [line(sku, quantity)],
    addressId,
    paymentMethod: 'bank_transfer',
    purpose: 'canteen',
    invoice: { title: '汾西县第一中学', taxNo: '12141034MB1234567X' },
  };
}
