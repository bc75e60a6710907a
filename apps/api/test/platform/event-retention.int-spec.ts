import { EntityManager } from 'typeorm';
import {
  ConsumptionRetention,
  DomainEvent,
  EventConsumer,
  EventDispatcher,
  EventName,
  EventOutbox,
  OrderEventType,
} from '@yigou/server/events';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { factlessOrderEvent } from './event-fixtures';

class Recording implements EventConsumer {
  readonly seen: string[] = [];
  failOn: string | null = null;
  constructor(
    readonly name: string,
    readonly types: readonly EventName[],
  ) {}
  async handle(event: DomainEvent, _em: EntityManager): Promise<void> {
    if (event.aggregateId === this.failOn) throw new Error('handler failed');
    this.seen.push(event.id);
  }
}

/**
 * event_consumption retention (the daily job): old records below the consumer's low-water mark go; the newest
 * record and every record of an aggregate held behind a dead letter stay; delivery carries on as before (nothing
 * handled twice, a later event of a pruned order is still delivered).
 */
describe('event consumption retention', () => {
  let t: TestApp;
  let outbox: EventOutbox;
  let dispatcher: EventDispatcher;
  const [A, B, C] = [
    'aaaaaaaa-1111-4111-8111-111111111111',
    'bbbbbbbb-2222-4222-8222-222222222222',
    'cccccccc-3333-4333-8333-333333333333',
  ];

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false, eventsMaxAttempts: 1 });
    outbox = t.api.app.get(EventOutbox);
    dispatcher = t.api.app.get(EventDispatcher);
  });
  afterAll(() => t.close());

  const append = (type: OrderEventType, aggregateId: string) =>
    t.db.transaction((em) => outbox.append(em, factlessOrderEvent(type, aggregateId)));
  const records = async (consumer: string) =>
    (
      (await t.db.query(
        `SELECT c.event_id::text AS id, e.aggregate_id AS agg FROM event_consumption c JOIN outbox_event e ON e.id = c.event_id WHERE c.consumer = $1 ORDER BY c.event_id`,
        [consumer],
      )) as { id: string; agg: string }[]
    ).map((r) => `${r.agg.slice(0, 1)}:${r.id}`);

  it('deletes old records below the low-water mark, keeps the newest and a held order, and delivery goes on', async () => {
    const c = new Recording('test-retention', ['order.paid', 'order.received']);
    dispatcher.register(c);
    const a1 = await append('order.paid', A);
    const b1 = await append('order.paid', B);
    const c1 = await append('order.paid', C);
    await dispatcher.drain();
    c.failOn = C;
    const c2 = await append('order.received', C); // parked at once: C is held behind its dead letter
    await dispatcher.drain();
    expect(c.seen).toEqual([a1, b1, c1].map(String));
    expect(await records('test-retention')).toEqual([`a:${a1}`, `b:${b1}`, `c:${c1}`]);

    await t.db.query(`UPDATE event_consumption SET processed_at = now() - interval '40 days' WHERE consumer = 'test-retention'`);
    const job = t.api.app.get(ConsumptionRetention);
    expect(await job.runOnce(new Date(Date.now() - 20 * 86_400_000))).toBe(0); // 20 days ago, nothing was 30 days old
    expect(await job.runOnce(new Date())).toBeGreaterThanOrEqual(2);
    // A and B went; C's record stays (its order waits behind a dead letter), and it is the newest too
    expect(await records('test-retention')).toEqual([`c:${c1}`]);

    // a later event of a pruned order is delivered; nothing pruned is delivered again
    c.failOn = null;
    const a2 = await append('order.received', A);
    await dispatcher.drain();
    await dispatcher.drain();
    expect(c.seen).toEqual([a1, b1, c1, a2].map(String));
    // C's parked event stays parked (an admin retries it, not retention)
    expect(
      (
        await t.db.query(
          `SELECT parked_at IS NOT NULL AS parked FROM event_dead_letter WHERE consumer = 'test-retention' AND event_id = $1`,
          [c2],
        )
      )[0].parked,
    ).toBe(true);
  });
});
