import { toAlipayNotice } from './alipay-notify.service';

const base = {
  notify_time: '2026-12-05 10:00:00',
  notify_type: 'trade_status_sync',
  notify_id: 'n1',
  app_id: '2021000199990001',
  trade_no: '2026120522001400001',
  out_trade_no: '5b8f7c1e-1111-4222-8333-944455556666',
  total_amount: '78.00',
  gmt_payment: '2026-12-05 09:59:58',
};

describe("Alipay's notifications in the ledger's terms", () => {
  it('a paid trade is a success of total_amount in CNY at gmt_payment, echoing out_trade_no', () => {
    for (const trade_status of ['TRADE_SUCCESS', 'TRADE_FINISHED']) {
      expect(toAlipayNotice({ ...base, trade_status })).toEqual({
        provider: 'alipay',
        eventId: 'n1',
        type: `trade_status_sync.${trade_status}`,
        kind: 'succeeded',
        providerPaymentId: base.out_trade_no,
        attemptId: base.out_trade_no,
        amountFen: 7800,
        currency: 'cny',
        message: null,
        occurredAt: new Date('2026-12-05T01:59:58Z'),
      });
    }
  });

  it('a refund is never a payment nor a close, whatever its trade_status', () => {
    expect(toAlipayNotice({ ...base, trade_status: 'TRADE_SUCCESS', out_biz_no: 'r1', refund_fee: '10.00' })).toMatchObject({
      kind: 'refund_update',
      amountFen: null,
    });
    expect(toAlipayNotice({ ...base, trade_status: 'TRADE_CLOSED', refund_fee: '78.00' })).toMatchObject({ kind: 'refund_update' });
    expect(toAlipayNotice({ ...base, trade_status: 'TRADE_SUCCESS', refund_fee: '0.00' })).toMatchObject({ kind: 'succeeded' });
  });

  it('closed is a cancel, waiting is nothing, an amount that is not one is unknown (the ledger then asks for review)', () => {
    expect(toAlipayNotice({ ...base, trade_status: 'TRADE_CLOSED' }).kind).toBe('canceled');
    expect(toAlipayNotice({ ...base, trade_status: 'WAIT_BUYER_PAY' }).kind).toBe('other');
    expect(toAlipayNotice({ ...base, trade_status: 'TRADE_SUCCESS', total_amount: '78.001' }).amountFen).toBeNull();
    expect(toAlipayNotice({ ...base, trade_status: 'TRADE_SUCCESS', trans_currency: 'USD' }).currency).toBe('usd');
  });
});
