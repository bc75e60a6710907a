import { describe, expect, it } from 'vitest';
import { linkOf } from './NotificationsPage';

describe('notification links', () => {
  it('lead to the order, the live room, the unit’s quota desk for quota reminders, or the unit pages for membership news', () => {
    expect(linkOf({ kind: 'order_paid', refType: 'order', refId: 'o1' })).toBe('/orders/o1');
    expect(linkOf({ kind: 'live_upcoming', refType: 'live_session', refId: 's1' })).toBe('/live/s1');
    expect(linkOf({ kind: 'unit_join_request', refType: 'work_unit', refId: 'u1' })).toBe('/unit/members');
    expect(linkOf({ kind: 'unit_join_rejected', refType: 'work_unit', refId: 'u1' })).toBe('/join-unit');
    expect(linkOf({ kind: 'quota_reminder', refType: 'work_unit', refId: 'u1' })).toBe('/quota?unit=u1');
    expect(linkOf({ kind: 'certificate_expiring', refType: 'product_certification', refId: 'c1' })).toBeNull();
    expect(linkOf({ kind: 'order_paid', refType: 'order', refId: null })).toBeNull();
  });
});
