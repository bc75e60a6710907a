import { checkParcels, legacyParcel } from './parcel-rules';

const lines = [
  { id: 'l1', quantity: 3, productName: '玉露香梨' },
  { id: 'l2', quantity: 1, productName: '枣夹核桃' },
];

describe('checkParcels', () => {
  it('checks each parcel and normalises its number', () => {
    expect(
      checkParcels([{ carrierCode: 'sf', trackingNo: 'sf1234567890123', items: [{ lineId: 'l1', quantity: 3 }], note: ' 冷链 ' }], lines),
    ).toEqual([
      { carrierCode: 'SF', carrierName: '顺丰速运', trackingNo: 'SF1234567890123', items: [{ lineId: 'l1', quantity: 3 }], note: '冷链' },
    ]);
  });

  it('counts items across parcels, with those already sent', () => {
    const sent = checkParcels([{ carrierCode: 'ZTO', trackingNo: '731234567890', items: [{ lineId: 'l1', quantity: 2 }] }], lines);
    expect(() =>
      checkParcels([{ carrierCode: 'JT', trackingNo: 'JT1234567890123', items: [{ lineId: 'l1', quantity: 2 }] }], lines, sent),
    ).toThrow('「玉露香梨」共订购 3 件，包裹里已有 4 件');
    expect(() => checkParcels([{ carrierCode: 'ZTO', trackingNo: '731234567890' }], lines, sent)).toThrow(
      '快递单号 731234567890 已登记在本订单中',
    );
  });

  it('names OTHER carriers by what the supplier typed, and requires it', () => {
    expect(checkParcels([{ carrierCode: 'OTHER', carrierName: ' 安能物流 ', trackingNo: 'ANE-123456' }], lines)[0]).toMatchObject({
      carrierCode: 'OTHER',
      carrierName: '安能物流',
    });
    expect(() => checkParcels([{ carrierCode: 'OTHER', trackingNo: 'ANE-123456' }], lines)).toThrow('请填写快递公司名称');
  });

  it('the single-waybill path: a code is checked, free text becomes OTHER', () => {
    expect(legacyParcel('顺丰速运', 'SF1234567890')).toMatchObject({ carrierCode: 'OTHER', carrierName: '顺丰速运' });
    expect(legacyParcel('SF', 'SF1234567890123')).toMatchObject({ carrierCode: 'SF', carrierName: '顺丰速运' });
    expect(() => legacyParcel('SF', 'SF1234567890')).toThrow('顺丰速运的快递单号应为');
  });
});
