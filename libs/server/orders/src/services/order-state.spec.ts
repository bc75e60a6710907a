import { buyerRoleOf, canTransition, ORDER_ACTIONS, TRANSITIONS } from './order-state';

describe('order state machine', () => {
  it('only moves forward: a shipped order cannot be cancelled, paid again into pending, or shipped twice', () => {
    expect(canTransition('cancel', 'shipped')).toBe(false);
    expect(canTransition('ship', 'shipped')).toBe(false);
    expect(canTransition('receive', 'to_ship')).toBe(false);
    expect(canTransition('complete', 'shipped')).toBe(false);
    expect(canTransition('expire', 'to_ship')).toBe(false);
  });

  it('allows the normal path place → pay → ship → receive → complete, and cancel only before shipment', () => {
    expect(canTransition('pay', 'pending_payment')).toBe(true);
    expect(canTransition('ship', 'to_ship')).toBe(true);
    expect(canTransition('receive', 'shipped')).toBe(true);
    expect(canTransition('complete', 'received')).toBe(true);
    expect(canTransition('cancel', 'pending_payment')).toBe(true);
    expect(canTransition('cancel', 'to_ship')).toBe(true);
  });

  it('names a rule for every action', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...ORDER_ACTIONS].sort());
  });

  it("a unit purchase (a purpose other than personal, or 对公转账) is the 单位采购员's; a personal online order the 个人买家's", () => {
    expect(buyerRoleOf({ purpose: 'canteen', paymentTerm: 'online' })).toBe('unit_purchaser');
    expect(buyerRoleOf({ purpose: 'personal', paymentTerm: 'pay_first' })).toBe('unit_purchaser');
    expect(buyerRoleOf({ purpose: 'personal', paymentTerm: 'ship_first' })).toBe('unit_purchaser');
    expect(buyerRoleOf({ purpose: 'personal', paymentTerm: 'online' })).toBe('buyer');
  });
});
