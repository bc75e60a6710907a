import { describe, expect, it } from 'vitest';
import { applyPush, LiveState } from './live-state';
import { formatCountdown } from './countdown';

const base: LiveState = {
  seq: 10,
  status: 'live' as LiveState['status'],
  orderCount: 1,
  itemCount: 1,
  salesFen: '1000',
  likeCount: 0,
  viewerCount: 3,
  offers: { 'sku-1': { pinned: true, claimed: 1, stockLeft: 9 } },
  ticker: [{ id: '1', text: '汾西县第一中学 王** 刚刚购买了 玉露香梨', at: '2026-11-22T07:00:00Z' }],
  comments: [{ id: 'c1', userId: 'u', authorName: '王晓文', body: '好甜', createdAt: '2026-11-22T07:00:00Z' }],
};

function push(over: Partial<Parameters<typeof applyPush>[1]>): Parameters<typeof applyPush>[1] {
  return {
    __typename: 'LiveUpdate',
    sessionId: 's',
    seq: 11,
    status: 'live' as LiveState['status'],
    orderCount: 2,
    itemCount: 3,
    salesFen: '3000',
    likeCount: 0,
    viewerCount: 3,
    coalesced: 1,
    offers: [],
    orders: [],
    comments: [],
    deletedCommentIds: [],
    ...over,
  } as Parameters<typeof applyPush>[1];
}

describe('live room state', () => {
  it('takes the absolute figures of a newer push and puts new orders on top of the ticker', () => {
    const { next, refetch } = applyPush(base, push({ orders: [{ __typename: 'LiveTickerItem', id: '2', text: '王** 刚刚购买了 肉鸡', at: '2026-11-22T07:00:01Z' }] }));
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
    const { next } = applyPush(base, push({ offers: [{ __typename: 'LiveOfferState', skuId: 'sku-1', pinned: true, claimed: 10, stockLeft: 0 }], deletedCommentIds: ['c1'] }));
    expect(next.offers['sku-1']).toEqual({ pinned: true, claimed: 10, stockLeft: 0 });
    expect(next.comments).toEqual([]);
  });

  it('formats countdowns', () => {
    expect(formatCountdown(3_725_000)).toBe('01:02:05');
    expect(formatCountdown(125_000)).toBe('02:05');
    expect(formatCountdown(-5)).toBe('00:00');
  });
});
