import { alipayAmountToFen, fenToAlipayAmount, fromAlipayTime, toAlipayTime } from './alipay-format';

describe("Alipay's amounts and times", () => {
  it('writes fen as yuan with two decimals and reads them back exactly', () => {
    expect(fenToAlipayAmount(8880)).toBe('88.80');
    expect(fenToAlipayAmount(1)).toBe('0.01');
    expect(alipayAmountToFen('88.8')).toBe(8880);
    expect(alipayAmountToFen('0.01')).toBe(1);
    expect(alipayAmountToFen('19999999.99')).toBe(1999999999);
    for (let fen = 0; fen < 2000; fen += 7) expect(alipayAmountToFen(fenToAlipayAmount(fen))).toBe(fen);
  });

  it('refuses what is not an amount rather than guessing', () => {
    for (const bad of ['', '1.234', '-1.00', '1e3', 'abc', undefined, 12]) expect(alipayAmountToFen(bad)).toBeNull();
  });

  it('speaks Beijing time without a zone', () => {
    expect(toAlipayTime(new Date('2024-01-01T04:05:06Z'))).toBe('2024-01-01 12:05:06');
    expect(toAlipayTime(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01 00:00:00');
    expect(fromAlipayTime('2025-01-01 00:00:00')!.toISOString()).toBe('2024-12-31T16:00:00.000Z');
    expect(fromAlipayTime('2025-01-01T00:00:00')).toBeNull();
  });
});
