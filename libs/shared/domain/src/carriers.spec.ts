import { CARRIERS, carrierByCode, normalizeTrackingNo, trackingNoProblem, trackingUrl } from './carriers';

const carrier = (code: string) => carrierByCode(code)!;

describe('carriers', () => {
  it.each([
    ['SF', ['SF1234567890123', '123456789012'], ['SF123456789012', 'SF1234567890', '12345678901', 'ZT1234567890123']],
    ['ZTO', ['731234567890', '531234567890', '78123456789012'], ['231234567890', '7312345678901', '72123456789012']],
    ['YTO', ['YT1234567890123', 'D123456789'], ['YT123456789012', 'YT12345678901234']],
    ['YD', ['4312345678901', '431234567890123'], ['43123456789012', '431234567890']],
    ['STO', ['773123456789', '7731234567890', 'STO1234567890'], ['77312345678', 'STO123456789']],
    ['EMS', ['EA123456789CN', '1123456789012', '9123456789012'], ['EA12345678CN', '2123456789012']],
    ['YZPY', ['9812345678901', 'CA123456789CN'], ['8812345678901']],
    ['JD', ['JDVA12345678901', 'JD0123456789012'], ['JD123', 'JX0123456789012']],
    ['JT', ['JT1234567890123'], ['JT123456789012', '1234567890123']],
    ['DBL', ['DPK123456789012', '1234567890', '12345678'], ['DPK12345678901', '1234567']],
    ['OTHER', ['ABC-123456', 'X12345'], ['ABC12', 'A B C 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3']],
  ])('%s accepts its documented shapes and refuses others', (code, good, bad) => {
    for (const no of good) expect([no, trackingNoProblem(carrier(code), no)]).toEqual([no, null]);
    for (const no of bad) expect(trackingNoProblem(carrier(code), no)).toMatch(/快递单号应为/);
  });

  it('reads numbers as printed on a label: spaces dropped, letters upper-cased', () => {
    expect(normalizeTrackingNo(' sf 1234 5678 90123 ')).toBe('SF1234567890123');
    expect(trackingNoProblem(carrier('SF'), 'sf 1234 5678 90123')).toBeNull();
  });

  it('links every listed carrier but OTHER to a public query page with the number in it', () => {
    for (const c of CARRIERS) {
      const url = trackingUrl(c.code, 'JT1234567890123');
      if (c.code === 'OTHER') expect(url).toBeNull();
      else expect(url).toMatch(/^https:\/\/[^ ]+JT1234567890123/);
    }
    expect(trackingUrl('sf', 'SF1234567890123')).toBe('https://www.sf-express.com/chn/sc/waybill/waybill-detail/SF1234567890123');
  });

  it('knows carriers by code only', () => {
    expect(carrierByCode('顺丰速运')).toBeNull();
    expect(carrierByCode(' zto ')?.name).toBe('中通快递');
  });
});
