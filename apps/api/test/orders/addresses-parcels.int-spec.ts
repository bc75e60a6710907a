// The migration's data steps are tested on their own; a migration is no project of its own to import by scope.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  codeFreeTextAddresses,
  firstParcelsFromOrders,
} from '../../../../libs/server/database/src/migrations/1796422384037-AddressRegionsParcels';
import { DELIVERY_REMINDER_DAYS, DeliveryReminderJob } from '@yigou/server/orders';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { addAddress, line, PLACE, PlacedOrder, Sku, skuOf } from './order-helpers';

const DAY = 86_400_000;
const SAVE = `mutation($input: AddressInput!) { saveAddress(input: $input) { id province city district provinceCode cityCode countyCode } }`;
const SHIP = `mutation($i: ShipParcelsInput!) { shipOrderParcels(input: $i) { id status carrier trackingNo parcels { carrierCode carrierName trackingNo trackingUrl note items { lineId quantity } } } }`;
const ADD = `mutation($i: AddParcelInput!) { addOrderParcel(input: $i) { id status parcels { carrierCode trackingNo trackingUrl } } }`;
const ORDER = `query($id: ID!) { order(id: $id) { status parcels { carrierCode carrierName trackingNo trackingUrl items { lineId quantity } note } } }`;
type Parcel = {
  carrierCode: string;
  carrierName: string;
  trackingNo: string;
  trackingUrl: string | null;
  note: string | null;
  items: { lineId: string; quantity: number }[];
};

jest.setTimeout(60_000);
describe('real addresses (GB/T 2260 codes) and shipping in parcels by listed carriers', () => {
  let t: TestApp;
  let purchaser: string;
  let supplier: string;
  let buyer: string;
  let walnut: Sku; // the demo supplier's product
  let address: string;

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    [purchaser, supplier, buyer] = await Promise.all(['purchaser', 'supplier', 'buyer'].map((l) => t.loginAs(l)));
    walnut = await skuOf(t, 'walnut');
    address = await addAddress(t, purchaser);
    await t.db.query(`UPDATE product_sku SET stock_available = stock_available + 500 WHERE id = $1`, [walnut.skuId]);
  });
  afterAll(() => t.close());

  const addressCount = async (token: string) =>
    (await t.gql<{ myAddresses: unknown[] }>(`{ myAddresses { id } }`, {}, token)).data!.myAddresses.length;
  const save = (input: Record<string, unknown>, token = buyer) =>
    t.gql<{ saveAddress: Record<string, string | null> }>(
      SAVE,
      { input: { recipient: '王芳', phone: '13900000001', detail: '府前街 1 号', ...input } },
      token,
    );

  describe('regions', () => {
    it('lists every province and, lazily, the children of one region', async () => {
      const r = await t.gql<{
        provinces: { code: string }[];
        cities: { code: string; name: string }[];
        counties: { code: string; name: string; fullName: string }[];
      }>(
        `{ provinces: regions(parentCode: "") { code } cities: regions(parentCode: "140000") { code name } counties: regions(parentCode: "141000") { code name fullName } }`,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.provinces).toHaveLength(31);
      expect(r.data!.cities.map((c) => c.name)).toEqual(expect.arrayContaining(['太原市', '临汾市', '吕梁市', '大同市']));
      expect(r.data!.counties).toContainEqual({ code: '141034', name: '汾西县', fullName: '山西省临汾市汾西县' });
      expect(r.data!.counties.length).toBeGreaterThan(15);
    });

    it('keeps the demo regions (townships and villages under 汾西县) and lists only served counties for the catalogue', async () => {
      const r = await t.gql<{ served: { code: string }[]; townships: { name: string }[] }>(
        `{ served: regions(level: county, served: true) { code } townships: regions(parentCode: "141034") { name } }`,
      );
      expect(r.data!.served.map((c) => c.code).sort()).toEqual(['140122', '140123', '140721', '141034', '141122']);
      expect(r.data!.townships.map((x) => x.name)).toEqual(expect.arrayContaining(['永安镇', '对竹镇']));
    });
  });

  describe('address book', () => {
    it('stores an address picked by codes, with the names from the region table', async () => {
      const r = await save({
        provinceCode: '140000',
        cityCode: '141000',
        countyCode: '141034',
        province: '山西',
        city: '临汾',
        district: '汾西',
      });
      expect(r.errors).toBeUndefined();
      expect(r.data!.saveAddress).toMatchObject({
        province: '山西省',
        city: '临汾市',
        district: '汾西县',
        provinceCode: '140000',
        cityCode: '141000',
        countyCode: '141034',
      });
    });

    it('accepts a city without counties (东莞市) with no county', async () => {
      const r = await save({ provinceCode: '440000', cityCode: '441900' });
      expect(r.errors).toBeUndefined();
      expect(r.data!.saveAddress).toMatchObject({ province: '广东省', city: '东莞市', district: '', countyCode: null });
    });

    it.each([
      [
        'a county of another city (交城县 is in 吕梁市)',
        { provinceCode: '140000', cityCode: '141000', countyCode: '141122' },
        '「交城县」不属于「山西省临汾市」，请重新选择省市区',
      ],
      [
        'a city of another province',
        { provinceCode: '140000', cityCode: '110100', countyCode: '110101' },
        '「市辖区」不属于「山西省」，请重新选择省市区',
      ],
      ['an unknown county code', { provinceCode: '140000', cityCode: '141000', countyCode: '141099' }, '未知的县级行政区划代码 141099'],
      [
        'a township code as the county',
        { provinceCode: '140000', cityCode: '141000', countyCode: '141034100' },
        '行政区划代码应为 6 位数字，「141034100」不是',
      ],
      ['a county given as the city', { provinceCode: '140000', cityCode: '141034', countyCode: '141034' }, '未知的市级行政区划代码 141034'],
      ['no county where the city has counties', { provinceCode: '140000', cityCode: '141000' }, '请选择区/县'],
      ['a county without its province', { cityCode: '141000', countyCode: '141034' }, '请选择省份'],
    ])('refuses %s, in Chinese, and writes nothing', async (_what, codes, message) => {
      const before = await addressCount(buyer);
      const r = await save(codes);
      expect(r.errors?.[0]).toMatchObject({ message, extensions: { code: 'REGION_MISMATCH' } });
      expect(await addressCount(buyer)).toBe(before);
    });

    it('names every wrong field of a refused address at once, and writes nothing', async () => {
      const before = await addressCount(buyer);
      const r = await save({ recipient: '', phone: '139', detail: '府', provinceCode: '140000', cityCode: '141000', countyCode: '141034' });
      expect(r.errors).toHaveLength(1);
      expect(r.errors![0]).toMatchObject({
        message: '收货人姓名为 1–30 个字',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'recipient',
          fields: [
            { field: 'recipient', message: '收货人姓名为 1–30 个字' },
            { field: 'phone', message: '请填写正确的手机或固话号码' },
            { field: 'detail', message: '详细地址为 2–120 个字' },
          ],
        },
      });
      expect(await addressCount(buyer)).toBe(before);
    });

    it('names a region that does not nest in the same refusal as the other wrong fields', async () => {
      const before = await addressCount(buyer);
      const r = await save({ phone: '139', provinceCode: '140000', cityCode: '141000', countyCode: '141122' });
      expect(r.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'phone',
        fields: [
          { field: 'phone', message: '请填写正确的手机或固话号码' },
          { field: 'countyCode', message: '「交城县」不属于「山西省临汾市」，请重新选择省市区' },
        ],
      });
      const empty = await save({ recipient: '', provinceCode: '', cityCode: '', countyCode: '' });
      expect(empty.errors![0].extensions).toMatchObject({
        field: 'recipient',
        fields: [
          { field: 'recipient', message: '收货人姓名为 1–30 个字' },
          { field: 'province', message: '请选择省份' },
        ],
      });
      // a name is bounded even beside codes that are read instead of it
      const long = await save({ provinceCode: '140000', cityCode: '141000', countyCode: '141032', province: '山'.repeat(5000) });
      expect(long.errors![0].extensions).toMatchObject({ code: 'REGION_MISMATCH', field: 'province' });
      expect(await addressCount(buyer)).toBe(before);
    });

    it('refuses to change an existing address to codes that do not nest, leaving it as it was', async () => {
      const ok = await save({ provinceCode: '140000', cityCode: '141100', countyCode: '141122' });
      const id = ok.data!.saveAddress.id!;
      const bad = await t.gql(
        `mutation($id: ID, $input: AddressInput!) { saveAddress(id: $id, input: $input) { id } }`,
        {
          id,
          input: {
            recipient: '王芳',
            phone: '13900000001',
            detail: '改了',
            provinceCode: '140000',
            cityCode: '141000',
            countyCode: '141122',
          },
        },
        buyer,
      );
      expect(bad.errors?.[0].extensions?.code).toBe('REGION_MISMATCH');
      const [row] = await t.db.query(`SELECT county_code, city_code, detail FROM address WHERE id = $1`, [id]);
      expect(row).toEqual({ county_code: '141122', city_code: '141100', detail: '府前街 1 号' });
    });

    it('gives a free-text address the codes of the county it names (municipalities included), and none when it names none', async () => {
      const named = await save({ province: '山西省', city: '临汾市', district: '汾西县' });
      expect(named.data!.saveAddress).toMatchObject({ countyCode: '141034', cityCode: '141000', provinceCode: '140000' });
      const beijing = await save({ province: '北京市', city: '北京市', district: '东城区' });
      expect(beijing.data!.saveAddress).toMatchObject({ countyCode: '110101', cityCode: '110100', provinceCode: '110000' });
      const unknown = await save({ province: '山西省', city: '临汾市', district: '不存在县' });
      expect(unknown.errors).toBeUndefined();
      expect(unknown.data!.saveAddress).toMatchObject({ district: '不存在县', countyCode: null });
    });

    it('the migration codes old free-text addresses where they match, and leaves the others', async () => {
      const ids: string[] = (
        await t.db.query(
          `INSERT INTO address (user_id, recipient, phone, province, city, district, detail)
           SELECT user_id, '旧地址', phone, p, c, d, '旧' FROM address, (VALUES ('山西省', '吕梁市', '交城县'), ('重庆市', '重庆市', '城口县'), ('山西省', '大同市', '交城县')) v(p, c, d)
            WHERE id = $1 RETURNING id`,
          [address],
        )
      ).map((r: { id: string }) => r.id);
      const qr = t.db.createQueryRunner();
      await codeFreeTextAddresses(qr);
      await qr.release();
      const rows: { district: string; county_code: string | null; city_code: string | null }[] = await t.db.query(
        `SELECT district, county_code, city_code FROM address WHERE id = ANY($1::uuid[]) ORDER BY created_at, district`,
        [ids],
      );
      expect(rows.map((r) => r.county_code).sort()).toEqual(['141122', '500229', null].sort());
      await t.db.query(`DELETE FROM address WHERE id = ANY($1::uuid[])`, [ids]);
    });
  });

  describe('shipping in parcels', () => {
    const place = async (quantity = 3) => {
      const r = await t.gql<{ placeOrder: PlacedOrder[] }>(
        PLACE,
        {
          input: {
            lines: [line(walnut, quantity)],
            addressId: address,
            paymentMethod: 'bank_transfer',
            paymentTerm: 'ship_first',
            purpose: 'canteen',
          },
        },
        purchaser,
      );
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      expect(r.data.placeOrder[0].status).toBe('to_ship');
      return r.data.placeOrder[0];
    };
    const parcelRows = async (orderId: string) =>
      Number((await t.db.query(`SELECT count(*)::int AS n FROM order_parcel WHERE order_id = $1`, [orderId]))[0].n);

    it('lists the carriers with codes and number shapes', async () => {
      const r = await t.gql<{ carriers: { code: string; name: string; pattern: string; hasTrackingPage: boolean }[] }>(
        `{ carriers { code name shapeHint pattern hasTrackingPage } }`,
      );
      expect(r.data!.carriers.map((c) => c.code)).toEqual(
        expect.arrayContaining(['SF', 'ZTO', 'YTO', 'YD', 'STO', 'EMS', 'JD', 'JT', 'DBL', 'OTHER']),
      );
      expect(new RegExp(r.data!.carriers.find((c) => c.code === 'SF')!.pattern).test('SF1234567890123')).toBe(true);
    });

    it('ships one order in two parcels by two carriers; the buyer sees each with its tracking link', async () => {
      const o = await place(3);
      const lineId = o.lines[0].id;
      const r = await t.gql<{ shipOrderParcels: { status: string; carrier: string; parcels: Parcel[] } }>(
        SHIP,
        {
          i: {
            orderId: o.id,
            parcels: [
              { carrierCode: 'SF', trackingNo: 'sf 1234567890123', items: [{ lineId, quantity: 2 }] },
              { carrierCode: 'ZTO', trackingNo: '731234567890', items: [{ lineId, quantity: 1 }], note: '冷链箱' },
            ],
          },
        },
        supplier,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.shipOrderParcels.status).toBe('shipped');
      const seen = await t.gql<{ order: { status: string; parcels: Parcel[] } }>(ORDER, { id: o.id }, purchaser);
      expect(seen.data!.order.parcels).toEqual([
        {
          carrierCode: 'SF',
          carrierName: '顺丰速运',
          trackingNo: 'SF1234567890123',
          trackingUrl: 'https://www.sf-express.com/chn/sc/waybill/waybill-detail/SF1234567890123',
          items: [{ lineId, quantity: 2 }],
          note: null,
        },
        {
          carrierCode: 'ZTO',
          carrierName: '中通快递',
          trackingNo: '731234567890',
          trackingUrl: 'https://www.zto.com/express/expressCheck.html?txtBill=731234567890',
          items: [{ lineId, quantity: 1 }],
          note: '冷链箱',
        },
      ]);
    });

    it.each([
      [
        'a number of the wrong shape for its carrier',
        [{ carrierCode: 'SF', trackingNo: '731234567890X' }],
        'TRACKING_NO_SHAPE',
        '顺丰速运的快递单号应为SF 加 13 位数字，或 12 位数字，「731234567890X」不符',
      ],
      [
        'an 极兔 number on the second parcel',
        [
          { carrierCode: 'ZTO', trackingNo: '731234567891' },
          { carrierCode: 'JT', trackingNo: 'JT123' },
        ],
        'TRACKING_NO_SHAPE',
        '第 2 个包裹：极兔速递的快递单号应为JT 加 13 位数字，「JT123」不符',
      ],
      [
        'a carrier not on the list',
        [{ carrierCode: 'UPS', trackingNo: '1Z999AA10123456784' }],
        'UNKNOWN_CARRIER',
        '不支持的快递公司「UPS」，请从列表中选择',
      ],
      [
        'the same number twice',
        [
          { carrierCode: 'YD', trackingNo: '4312345678901' },
          { carrierCode: 'YD', trackingNo: '4312345678901' },
        ],
        'BAD_USER_INPUT',
        '第 2 个包裹：快递单号 4312345678901 已登记在本订单中',
      ],
      [
        '「其他快递」without a name',
        [{ carrierCode: 'OTHER', trackingNo: 'ABC-123456' }],
        'BAD_USER_INPUT',
        '选择「其他快递」时请填写快递公司名称',
      ],
    ])('refuses %s and writes nothing', async (_what, parcels, code, message) => {
      const o = await place(2);
      const r = await t.gql(SHIP, { i: { orderId: o.id, parcels } }, supplier);
      expect(r.errors?.[0]).toMatchObject({ message, extensions: { code } });
      expect(await parcelRows(o.id)).toBe(0);
      expect((await t.gql<{ order: { status: string } }>(ORDER, { id: o.id }, purchaser)).data!.order.status).toBe('to_ship');
    });

    it("refuses parcels holding more than was ordered, or another order's line", async () => {
      const o = await place(2);
      const other = await place(1);
      const over = await t.gql(
        SHIP,
        {
          i: {
            orderId: o.id,
            parcels: [
              { carrierCode: 'STO', trackingNo: '7712345678901', items: [{ lineId: o.lines[0].id, quantity: 2 }] },
              { carrierCode: 'EMS', trackingNo: 'EA123456789CN', items: [{ lineId: o.lines[0].id, quantity: 1 }] },
            ],
          },
        },
        supplier,
      );
      expect(over.errors?.[0].message).toBe(`第 2 个包裹：「${walnut.productName}」共订购 2 件，包裹里已有 3 件`);
      const foreign = await t.gql(
        SHIP,
        {
          i: {
            orderId: o.id,
            parcels: [{ carrierCode: 'EMS', trackingNo: 'EA123456789CN', items: [{ lineId: other.lines[0].id, quantity: 1 }] }],
          },
        },
        supplier,
      );
      expect(foreign.errors?.[0].message).toBe('包裹里的商品不属于这个订单');
      expect(await parcelRows(o.id)).toBe(0);
    });

    it('refuses the buyer', async () => {
      const o = await place(1);
      const parcels = [{ carrierCode: 'JD', trackingNo: 'JDVA12345678901' }];
      const asBuyer = await t.gql(SHIP, { i: { orderId: o.id, parcels } }, purchaser);
      expect(asBuyer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await parcelRows(o.id)).toBe(0);
    });

    it('adds a later parcel to a shipped order (checked the same way), never to one not yet shipped', async () => {
      const o = await place(2);
      const early = await t.gql(ADD, { i: { orderId: o.id, parcel: { carrierCode: 'JT', trackingNo: 'JT1234567890123' } } }, supplier);
      expect(early.errors?.[0].extensions?.code).toBe('INVALID_ORDER_STATE');
      await t.gql(SHIP, { i: { orderId: o.id, parcels: [{ carrierCode: 'DBL', trackingNo: 'DPK123456789012' }] } }, supplier);
      const bad = await t.gql(ADD, { i: { orderId: o.id, parcel: { carrierCode: 'JT', trackingNo: '1234567890123' } } }, supplier);
      expect(bad.errors?.[0].extensions?.code).toBe('TRACKING_NO_SHAPE');
      const dup = await t.gql(ADD, { i: { orderId: o.id, parcel: { carrierCode: 'DBL', trackingNo: 'DPK123456789012' } } }, supplier);
      expect(dup.errors?.[0].message).toBe('快递单号 DPK123456789012 已登记在本订单中');
      const r = await t.gql<{ addOrderParcel: { parcels: Parcel[] } }>(
        ADD,
        { i: { orderId: o.id, parcel: { carrierCode: 'JT', trackingNo: 'JT1234567890123', note: '补发赠品' } } },
        supplier,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.addOrderParcel.parcels.map((p) => [p.carrierCode, p.trackingUrl])).toEqual([
        ['DBL', 'https://www.kuaidi100.com/chaxun?com=debangkuaidi&nu=DPK123456789012'],
        ['JT', 'https://www.kuaidi100.com/chaxun?com=jtexpress&nu=JT1234567890123'],
      ]);
    });

    it('the single-waybill shipOrder records its first parcel; orders shipped before parcels get one from the migration', async () => {
      const o = await place(1);
      const r = await t.gql(
        `mutation($i: ShipOrderInput!) { shipOrder(input: $i) { status } }`,
        { i: { orderId: o.id, carrier: '顺丰速运', trackingNo: 'SF1234567890' } },
        supplier,
      );
      expect(r.errors).toBeUndefined();
      const seen = await t.gql<{ order: { parcels: Parcel[] } }>(ORDER, { id: o.id }, purchaser);
      expect(seen.data!.order.parcels).toMatchObject([
        { carrierCode: 'OTHER', carrierName: '顺丰速运', trackingNo: 'SF1234567890', trackingUrl: null },
      ]);
      // as before this change: the order row alone carries the waybill
      await t.db.query(`DELETE FROM order_parcel WHERE order_id = $1`, [o.id]);
      const qr = t.db.createQueryRunner();
      await firstParcelsFromOrders(qr);
      await firstParcelsFromOrders(qr); // idempotent
      await qr.release();
      const again = await t.gql<{ order: { parcels: Parcel[] } }>(ORDER, { id: o.id }, purchaser);
      expect(again.data!.order.parcels).toMatchObject([{ carrierCode: 'SF', carrierName: '顺丰速运', trackingNo: 'SF1234567890' }]);
    });

    it(`reminds the buyer once, ${DELIVERY_REMINDER_DAYS} days after shipping, to confirm delivery (not before, not after receipt)`, async () => {
      const o = await place(1);
      const received = await place(1);
      for (const x of [o, received])
        await t.gql(
          SHIP,
          { i: { orderId: x.id, parcels: [{ carrierCode: 'YTO', trackingNo: `YT${String(Date.now()).slice(-13).padStart(13, '0')}` }] } },
          supplier,
        );
      expect(
        (await t.gql(`mutation($id: ID!) { confirmReceipt(orderId: $id) { status } }`, { id: received.id }, purchaser)).errors,
      ).toBeUndefined();
      const job = t.api.app.get(DeliveryReminderJob);
      const notes = async () => {
        const r = await t.gql<{ myNotifications: { edges: { node: { kind: string; title: string; refId: string | null } }[] } }>(
          `{ myNotifications(first: 100) { edges { node { kind title refId } } } }`,
          {},
          purchaser,
        );
        return r.data!.myNotifications.edges.map((e) => e.node).filter((n) => n.kind === 'order.delivery_reminder');
      };
      await job.runOnce(new Date(Date.now() + (DELIVERY_REMINDER_DAYS - 1) * DAY));
      expect((await notes()).filter((n) => n.refId === o.id)).toHaveLength(0);
      const later = new Date(Date.now() + DELIVERY_REMINDER_DAYS * DAY + 3_600_000);
      expect(await job.runOnce(later)).toBeGreaterThanOrEqual(1);
      await job.runOnce(later);
      const mine = await notes();
      expect(mine.filter((n) => n.refId === o.id)).toEqual([
        { kind: 'order.delivery_reminder', title: `订单 ${o.orderNo} 收到了吗？`, refId: o.id },
      ]);
      expect(mine.filter((n) => n.refId === received.id)).toHaveLength(0);
    });
  });
});
