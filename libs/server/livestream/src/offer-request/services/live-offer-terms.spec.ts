import { pinnableCap, requireSameCounty } from './live-offer-terms';

const accepted = { status: 'accepted' as const, approvedPriceFen: 3000, approvedStockCap: 50 };

describe('live offer terms', () => {
  it('pins at the approved price or above, with the approved cap by default', () => {
    expect(pinnableCap(accepted, 3000, null)).toBe(50);
    expect(pinnableCap(accepted, 3500, 20)).toBe(20);
  });

  it('refuses a price below the floor and a cap above the approved one', () => {
    expect(() => pinnableCap(accepted, 2999, null)).toThrow('直播价不能低于供应商同意的最低直播价 ¥30.00');
    expect(() => pinnableCap(accepted, 3000, 51)).toThrow('直播库存不能超过供应商同意的 50 件');
  });

  it('refuses without an accepted request', () => {
    expect(() => pinnableCap(null, 3000, null)).toThrow('供应商尚未同意');
    expect(() => pinnableCap({ status: 'pending', approvedPriceFen: null, approvedStockCap: null }, 3000, null)).toThrow('供应商尚未同意');
    expect(() => pinnableCap({ status: 'declined', approvedPriceFen: null, approvedStockCap: null }, 3000, null)).toThrow('供应商已拒绝');
  });

  it('keeps offers within the county unless the session allows more', () => {
    expect(() => requireSameCounty({ countyCode: '141034', allowCrossCounty: false }, { countyCode: '141122' })).toThrow(
      '只能邀请本县供应商',
    );
    expect(() => requireSameCounty({ countyCode: '141034', allowCrossCounty: true }, { countyCode: '141122' })).not.toThrow();
    expect(() => requireSameCounty({ countyCode: '141034', allowCrossCounty: false }, { countyCode: '141034' })).not.toThrow();
  });
});
