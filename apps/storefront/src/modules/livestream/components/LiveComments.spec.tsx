import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { LiveComments } from './LiveComments';
import { LiveTicker } from './LiveTicker';

describe('live room comments and ticker', () => {
  it('shows HTML and script in a comment as text, never as markup', () => {
    const body = '<img src=x onerror=alert(1)><script>alert("x")</script> 好甜！';
    const { container } = renderWithProviders(
      <LiveComments
        sessionId="s1"
        canModerate={false}
        open={false}
        comments={[{ id: 'c1', userId: 'u1', authorName: '王晓文', body, createdAt: '2026-11-22T07:00:00Z' }]}
      />,
    );
    expect(screen.getByTestId('live-comment').textContent).toContain(body);
    expect(container.querySelector('img[src=x]')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });

  it('lists ticker lines newest first and says when there are none', () => {
    const { rerender } = renderWithProviders(<LiveTicker lines={[]} />);
    expect(screen.getByText('还没有订单，快来抢第一单')).toBeTruthy();
    rerender(
      <LiveTicker
        lines={[
          { id: 'placed:o3', orderId: 'o3', status: 'placed', text: '汾西县第一中学 李** 刚刚下单了 肉鸡', at: '' },
          { id: '2', orderId: 'o2', status: 'paid', text: '汾西县第一中学 王** 刚刚购买了 玉露香梨', at: '' },
        ]}
      />,
    );
    const lines = screen.getAllByTestId('ticker-line');
    expect(lines.map((l) => l.textContent)).toEqual([
      '已下单 汾西县第一中学 李** 刚刚下单了 肉鸡',
      '已付款 汾西县第一中学 王** 刚刚购买了 玉露香梨',
    ]);
    expect(lines.map((l) => l.getAttribute('data-status'))).toEqual(['placed', 'paid']);
  });
});
