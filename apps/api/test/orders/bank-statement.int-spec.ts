import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { OrderSweeper } from '@yigou/server/orders';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { fenToRmbUppercase } from '@yigou/shared/money';
import { addAddress, canteenBankTransfer, placeFirst, Sku, skuOf } from './order-helpers';

// Boots the API on a shared 2-core machine: give hooks room.
jest.setTimeout(120_000);

describe('bank transfers as finance officers work: GBK statements as files, partial transfers of expired orders, 收款凭证', () => {
  let t: TestApp;
  let purchaser: string;
  let finance: string;
  let beads: Sku;
  let address: string;
  let dir: string;

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    [purchaser, finance] = await Promise.all(['purchaser', 'platform-finance'].map((l) => t.loginAs(l)));
    beads = await skuOf(t, 'bead-ornament');
    address = await addAddress(t, purchaser);
    dir = await mkdtemp(join(tmpdir(), 'yigou-statement-'));
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  const bankOrder = (quantity = 1) => placeFirst(t, purchaser, canteenBankTransfer(beads, quantity, address));
  const upload = async (bytes: Buffer, name: string, token = finance) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'text/csv' }), name);
    const res = await fetch(`${t.url}/payments/bank-statements`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    return {
      status: res.status,
      body: (await res.json()) as {
        imported: number;
        duplicates: number;
        autoMatched: number;
        errors: string[];
        encoding: string;
        code?: string;
      },
    };
  };
  const yuan = (fen: string | number) => (Number(fen) / 100).toFixed(2);
  const HEADER = '交易流水号,交易日期,付款人户名,付款账号,金额,附言';
  const orderState = async (id: string) =>
    (
      await t.db.query(
        `SELECT status, payment_status, paid_fen::int AS paid, refunded_fen::int AS refunded FROM shop_order WHERE id = $1`,
        [id],
      )
    )[0] as { status: string; payment_status: string; paid: number; refunded: number };

  it('imports a 5,000-row GBK statement uploaded as a file, decodes the Chinese names and matches the rows that name orders', async () => {
    const orders = [await bankOrder(1), await bankOrder(2), await bankOrder(3)];
    const rows = [HEADER];
    for (let i = 0; i < 5000; i++) {
      const o = i % 1000 === 7 ? orders[(i - 7) / 1000] : undefined;
      rows.push(
        o
          ? `GBK-${i},2026/11/30,汾西县第一中学,6222 0200 1234 ${String(i).padStart(4, '0')},${yuan(o.totalFen)},"食堂采购 ${o.remittanceRef}"`
          : `GBK-${i},2026-11-30,交城县西营镇人民政府${i % 37},6222020012340000,"1,${String(i % 1000).padStart(3, '0')}.50",工会福利 农副产品`,
      );
    }
    const file = join(dir, '对公账户流水.csv');
    await writeFile(file, iconv.encode(rows.join('\r\n'), 'gbk'));
    const bytes = await readFile(file);
    expect(bytes.length).toBeGreaterThan(100 * 1024); // beyond the JSON body limit the GraphQL import had
    const started = Date.now();
    const r = await upload(bytes, '对公账户流水.csv');
    const ms = Date.now() - started;
    expect(r).toEqual({ status: 200, body: { imported: 5000, duplicates: 0, autoMatched: 3, errors: [], encoding: 'gb18030' } });
    expect(ms).toBeLessThan(60_000);
    const [row] = await t.db.query(`SELECT payer_name, amount_fen::int AS amount, memo FROM bank_transfer WHERE bank_txn_no = 'GBK-12'`);
    expect(row).toEqual({ payer_name: '交城县西营镇人民政府12', amount: 101250, memo: '工会福利 农副产品' });
    for (const o of orders)
      expect(await orderState(o.id)).toMatchObject({ status: 'to_ship', payment_status: 'paid', paid: Number(o.totalFen) });
    // The same file again adds nothing.
    expect((await upload(bytes, 'again.csv')).body).toMatchObject({ imported: 0, duplicates: 5000, autoMatched: 0 });
  });

  it('reads a UTF-8 file too, refuses more than 5,000 rows and people who are not platform finance', async () => {
    const utf8 = Buffer.from(`${HEADER}\nUTF-1,2026-11-30,汾西县第二中学,,12.00,无附言\n`, 'utf8');
    expect((await upload(utf8, 'u.csv')).body).toMatchObject({ imported: 1, encoding: 'utf-8' });
    const [{ payer_name }] = await t.db.query(`SELECT payer_name FROM bank_transfer WHERE bank_txn_no = 'UTF-1'`);
    expect(payer_name).toBe('汾西县第二中学');
    const big = [HEADER, ...Array.from({ length: 5001 }, (_, i) => `BIG-${i},2026-11-30,某单位,,1.00,`)].join('\n');
    const tooMany = await upload(Buffer.from(big), 'big.csv');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe('BAD_USER_INPUT');
    expect((await upload(utf8, 'u.csv', purchaser)).status).toBe(403);
  });

  it('an order that expires after a partial transfer leaves a bank refund for finance to pay back; the transfer stays listed, and a late transfer is still matched and paid back', async () => {
    const o = await bankOrder(2);
    const half = Math.floor(Number(o.totalFen) / 2);
    const rec = await t.gql<{ recordBankTransfer: { id: string } }>(
      `mutation($input: RecordTransferInput!) { recordBankTransfer(input: $input) { id } }`,
      {
        input: {
          bankTxnNo: 'PART-1',
          payerName: '汾西县第一中学',
          amountFen: String(half),
          memo: o.remittanceRef,
          receivedAt: new Date().toISOString(),
        },
      },
      finance,
    );
    const transferId = rec.data!.recordBankTransfer.id;
    await t.gql(
      `mutation($id: ID!, $a: [TransferAllocationInput!]!) { matchBankTransfer(transferId: $id, allocations: $a) { id } }`,
      { id: transferId, a: [{ orderId: o.id, amountFen: String(half) }] },
      finance,
    );
    expect(await orderState(o.id)).toMatchObject({ status: 'pending_payment', payment_status: 'partially_paid', paid: half });

    await t.api.app.get(OrderSweeper).sweep(new Date(Date.now() + 31 * 86_400_000));
    expect(await orderState(o.id)).toMatchObject({ status: 'cancelled', paid: half, refunded: 0 });
    const pending = await t.gql<{ pendingBankRefunds: { id: string; orderId: string; amountFen: string; kind: string; status: string }[] }>(
      `{ pendingBankRefunds { id orderId amountFen kind status } }`,
      {},
      finance,
    );
    const refund = pending.data!.pendingBankRefunds.find((r) => r.orderId === o.id)!;
    expect(refund).toMatchObject({ amountFen: String(half), kind: 'expired_transfer', status: 'pending' });
    const listed = await t.gql<{ bankTransfers: { edges: { node: { id: string; matches: { orderId: string; amountFen: string }[] } }[] } }>(
      `{ bankTransfers(first: 100) { edges { node { id matches { orderId amountFen } } } } }`,
      {},
      finance,
    );
    expect(listed.data!.bankTransfers.edges.find((x) => x.node.id === transferId)!.node.matches).toEqual([
      { orderId: o.id, amountFen: String(half) },
    ]);
    // The sweep again: no second refund.
    await t.api.app.get(OrderSweeper).sweep(new Date(Date.now() + 32 * 86_400_000));
    expect((await t.db.query(`SELECT count(*)::int AS n FROM refund WHERE order_id = $1`, [o.id]))[0].n).toBe(1);

    // The rest arrives after the expiry: still matchable to the order, and queued to go back too.
    const rest = Number(o.totalFen) - half;
    const late = await t.gql<{ recordBankTransfer: { id: string } }>(
      `mutation($input: RecordTransferInput!) { recordBankTransfer(input: $input) { id } }`,
      {
        input: {
          bankTxnNo: 'PART-2',
          payerName: '汾西县第一中学',
          amountFen: String(rest),
          memo: o.remittanceRef,
          receivedAt: new Date().toISOString(),
        },
      },
      finance,
    );
    const matchedLate = await t.gql(
      `mutation($id: ID!, $a: [TransferAllocationInput!]!) { matchBankTransfer(transferId: $id, allocations: $a) { id } }`,
      { id: late.data!.recordBankTransfer.id, a: [{ orderId: o.id, amountFen: String(rest) }] },
      finance,
    );
    expect(matchedLate.errors).toBeUndefined();
    expect(await orderState(o.id)).toMatchObject({ status: 'cancelled', paid: Number(o.totalFen), refunded: 0 });
    const owed = (
      await t.gql<{ pendingBankRefunds: { id: string; orderId: string; amountFen: string }[] }>(
        `{ pendingBankRefunds { id orderId amountFen } }`,
        {},
        finance,
      )
    ).data!.pendingBankRefunds.filter((r) => r.orderId === o.id);
    expect(owed.map((r) => Number(r.amountFen))).toEqual([half, rest]);

    const done = await t.gql<{ confirmBankRefund: { status: string; bankTxnNo: string } }>(
      `mutation($id: ID!) { confirmBankRefund(refundId: $id, bankTxnNo: "TK-20261201-01") { status bankTxnNo } }`,
      { id: refund.id },
      finance,
    );
    expect(done.data!.confirmBankRefund).toEqual({ status: 'succeeded', bankTxnNo: 'TK-20261201-01' });
    expect(await orderState(o.id)).toMatchObject({ status: 'cancelled', payment_status: 'partially_refunded', refunded: half });
    await t.gql(
      `mutation($id: ID!) { confirmBankRefund(refundId: $id, bankTxnNo: "TK-20261201-02") { status } }`,
      { id: owed[1].id },
      finance,
    );
    expect(await orderState(o.id)).toMatchObject({
      status: 'refunded',
      payment_status: 'refunded',
      paid: Number(o.totalFen),
      refunded: Number(o.totalFen),
    });
    const events: { type: string }[] = await t.db.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`, [o.id]);
    expect(events.map((e) => e.type)).toEqual(['order.cancelled']); // a partial payment never counted: nothing to reverse
    expect(
      (await t.gql<{ pendingBankRefunds: { id: string }[] }>(`{ pendingBankRefunds { id } }`, {}, finance)).data!.pendingBankRefunds.map(
        (r) => r.id,
      ),
    ).not.toContain(refund.id);
  });

  it('prints a 收款凭证 for a matched order with the amount in 人民币大写', async () => {
    const o = await bankOrder(3);
    const csv = `${HEADER}\nRCPT-1,2026-12-01,汾西县第一中学,6222020012345678,${yuan(o.totalFen)},${o.remittanceRef}\n`;
    expect((await upload(iconv.encode(csv, 'gbk'), 'r.csv')).body.autoMatched).toBe(1);
    const r = await t.gql<{
      paymentReceipt: {
        orderNo: string;
        payerName: string;
        receivedFen: string;
        amountInWords: string;
        transfers: { bankTxnNo: string }[];
      };
    }>(
      `query($id: ID!) { paymentReceipt(orderId: $id) { orderNo payerName receivedFen amountInWords transfers { bankTxnNo } } }`,
      { id: o.id },
      finance,
    );
    expect(r.data!.paymentReceipt).toEqual({
      orderNo: o.orderNo,
      payerName: '汾西县第一中学',
      receivedFen: o.totalFen,
      amountInWords: fenToRmbUppercase(Number(o.totalFen)),
      transfers: [{ bankTxnNo: 'RCPT-1' }],
    });
    expect(r.data!.paymentReceipt.amountInWords).toMatch(/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/);
    const unmatched = await bankOrder(1);
    expect(
      (await t.gql(`query($id: ID!) { paymentReceipt(orderId: $id) { receiptNo } }`, { id: unmatched.id }, finance)).errors![0].extensions!
        .code,
    ).toBe('BAD_USER_INPUT');
  });
});
