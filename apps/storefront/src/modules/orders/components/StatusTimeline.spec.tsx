import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { yuanInputToFen } from '../utils/order-labels';
import { StatusTimeline } from './StatusTimeline';

const step = (
  id: string,
  action: 'place' | 'pay' | 'ship',
  toStatus: 'pending_payment' | 'to_ship' | 'shipped',
  actorRole: string,
  note: string | null,
) => ({
  __typename: 'OrderTransition' as const,
  id,
  action,
  fromStatus: null,
  toStatus,
  actorRole,
  note,
  createdAt: '2026-11-22T02:30:00.000Z',
});

describe('StatusTimeline', () => {
  it('shows every step in order with its status, Beijing time, actor and note', () => {
    renderWithProviders(
      <StatusTimeline
        steps={[
          step('1', 'place', 'pending_payment', 'buyer', null),
          step('2', 'pay', 'to_ship', 'platform_admin', '对公转账到账 ¥78.00（流水 TXN-1）'),
          step('3', 'ship', 'shipped', 'supplier_staff', '顺丰速运 SF1234567890'),
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-testid'))).toEqual(['timeline-place', 'timeline-pay', 'timeline-ship']);
    expect(items[0].textContent).toContain('提交订单 · 待付款');
    expect(items[0].textContent).toContain('2026/11/22 10:30');
    expect(items[1].textContent).toContain('对公转账到账 ¥78.00');
    expect(items[2].textContent).toContain('已发货');
  });

  it('names who acted in words, never as a role code', () => {
    renderWithProviders(
      <StatusTimeline
        steps={[
          step('1', 'place', 'pending_payment', 'buyer', null),
          step('2', 'pay', 'to_ship', 'platform_finance', null),
          step('3', 'ship', 'shipped', 'system', null),
        ]}
      />,
    );
    const text = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(text[0]).toContain('个人买家');
    expect(text[1]).toContain('平台财务');
    expect(text[2]).toContain('系统自动');
    expect(text.join('')).not.toMatch(/platform_finance|buyer|system/);
  });
});

describe('yuanInputToFen', () => {
  it('turns typed yuan into integer fen and refuses anything else', () => {
    expect(yuanInputToFen('78')).toBe(7800);
    expect(yuanInputToFen('78.5')).toBe(7850);
    expect(yuanInputToFen(' 0.01 ')).toBe(1);
    for (const bad of ['', '1.234', '-1', '1e3', 'abc', '1,000']) expect(yuanInputToFen(bad)).toBeNull();
  });
});
