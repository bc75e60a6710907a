import { describe, expect, it } from 'vitest';
import { formatDateTime, orderLinesLine, shippingAddressLine } from './order-labels';

describe('formatDateTime', () => {
  it('shows the wall clock in China, to the minute, whatever the browser’s time zone', () => {
    // 17:30 UTC on 8 December is 01:30 on 9 December in Shanghai; these tests run in UTC
    expect(formatDateTime('2026-12-08T17:30:00.000Z', 'zh-CN')).toBe('2026/12/09 01:30');
    expect(formatDateTime('2026-12-08T17:30:00.000Z', 'en')).toBe('09/12/2026, 01:30');
  });
});

describe('shippingAddressLine', () => {
  it('says who and which phone, then the address run together as it is written in China', () => {
    const address = {
      recipient: '李四',
      phone: '13800138000',
      province: '山西省',
      city: '临汾市',
      district: '汾西县',
      detail: '永安镇1号',
    };
    expect(shippingAddressLine(address)).toBe('李四 13800138000 山西省临汾市汾西县永安镇1号');
  });
});

describe('orderLinesLine', () => {
  it('names each line with its spec and count, joined by a Chinese semicolon', () => {
    const lines = [
      { productName: '玉露香梨', skuSpec: '5斤装', quantity: 2 },
      { productName: '小米', skuSpec: '1kg', quantity: 1 },
    ];
    expect(orderLinesLine(lines)).toBe('玉露香梨 5斤装 ×2；小米 1kg ×1');
  });
});
