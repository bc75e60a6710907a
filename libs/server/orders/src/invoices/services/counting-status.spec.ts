import { countingStatus, CountingStatusFacts } from './counting-status';

const base: CountingStatusFacts = {
  unitId: 'u',
  status: 'to_ship',
  paymentStatus: 'paid',
  paidFen: 100,
  refundedFen: 0,
  lines: [{ certified: true }],
};

describe('the 以购代捐 status printed on the 采购清单', () => {
  it('follows payment and receipt', () => {
    expect(countingStatus({ ...base, status: 'pending_payment', paymentStatus: 'unpaid', paidFen: 0 })).toBe('未付款，暂不计入');
    expect(countingStatus(base)).toBe('已计入下单额，收货后计入完成额');
    expect(countingStatus({ ...base, status: 'received' })).toBe('已计入完成额');
    expect(countingStatus({ ...base, status: 'completed', paymentStatus: 'partially_refunded', refundedFen: 30 })).toBe(
      '已计入完成额，已扣除退款',
    );
    expect(countingStatus({ ...base, status: 'received', paymentStatus: 'unpaid', paidFen: 0 })).toBe('待付款，付款后计入');
  });

  it('says why an order does not count', () => {
    expect(countingStatus({ ...base, unitId: null })).toBe('不计入（未绑定单位）');
    expect(countingStatus({ ...base, lines: [{ certified: false }] })).toBe('不计入（非认证帮扶产品）');
    expect(countingStatus({ ...base, status: 'cancelled' })).toBe('不计入（已取消）');
    expect(countingStatus({ ...base, status: 'received', paymentStatus: 'refunded', refundedFen: 100 })).toBe('不计入（已全额退款）');
    expect(countingStatus({ ...base, lines: [{ certified: true }, { certified: false }] })).toBe(
      '已计入下单额，收货后计入完成额，仅认证产品',
    );
  });
});
