import { earliestPayDeadline, ordersSubject } from './payment-provider';

describe('what every provider sends about the orders it is paid for', () => {
  it('the subject names 以购订单 and each order number, joined as the provider asks', () => {
    const orders = [{ orderNo: 'YG20261206-000001' }, { orderNo: 'YG20261206-000002' }];
    expect(ordersSubject(orders, '、')).toBe('以购订单 YG20261206-000001、YG20261206-000002');
    expect(ordersSubject(orders.slice(0, 1), ', ')).toBe('以购订单 YG20261206-000001');
  });

  it('the payment closes at the earliest deadline among the orders that have one; none: no deadline', () => {
    const at = (iso: string) => ({ payDeadline: new Date(iso) });
    expect(earliestPayDeadline([at('2026-12-06T10:30:00Z'), { payDeadline: null }, at('2026-12-06T10:15:00Z')])).toEqual(
      new Date('2026-12-06T10:15:00Z'),
    );
    expect(earliestPayDeadline([{ payDeadline: null }])).toBeNull();
    expect(earliestPayDeadline([])).toBeNull();
  });
});
