import { EntityManager } from 'typeorm';
import { DomainEvent, EventConsumer, EventDispatcher, EventOutbox } from '@yigou/server/events';
import { createTestApp, TestApp } from '@yigou/server/testing';

class RecordingConsumer implements EventConsumer {
  readonly seen: DomainEvent[] = [];
  constructor(
    readonly name: string,
    readonly types: readonly string[],
    private readonly failOn?: string,
  ) {}
  async handle(event: DomainEvent, em: EntityManager): Promise<void> {
    if (event.aggregateId === this.failOn) throw new Error('handler failed');
    // a write in the same transaction as the consumption mark
    await em.query(`INSERT INTO consumer_mark (mark) VALUES ($1)`, [`${this.name}:${event.id}`]);
    this.seen.push(event);
  }
}

describe('domain events (transactional outbox)', () => {
  let t: TestApp;
  let outbox: EventOutbox;
  let dispatcher: EventDispatcher;
  const ids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    // a scratch table of this suite's own database for the consumers' writes
    await t.db.query(`CREATE TABLE consumer_mark (mark text NOT NULL)`);
    outbox = t.api.app.get(EventOutbox);
    dispatcher = t.api.app.get(EventDispatcher);
  });
  afterAll(() => t.close());

  it('delivers committed events once to each interested consumer, and never rolled-back ones', async () => {
    const paid = new RecordingConsumer('test-paid', ['order.paid']);
    const all = new RecordingConsumer('test-all', ['order.paid', 'order.refunded']);
    dispatcher.register(paid);
    dispatcher.register(all);
    await t.db.transaction(async (em) => {
      await outbox.append(em, { type: 'order.paid', aggregateType: 'order', aggregateId: ids[0], payload: { amountFen: 6800 } });
      await outbox.append(em, { type: 'order.refunded', aggregateType: 'order', aggregateId: ids[0], payload: { amountFen: 6800 } });
    });
    await t.db
      .transaction(async (em) => {
        await outbox.append(em, { type: 'order.paid', aggregateType: 'order', aggregateId: ids[1], payload: {} });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    // two delivery rounds at once, as two processes would: still once each
    await Promise.all([dispatcher.drain(), dispatcher.drain()]);
    await dispatcher.drain();
    expect(paid.seen.map((e) => e.type)).toEqual(['order.paid']);
    expect(all.seen.map((e) => e.type)).toEqual(['order.paid', 'order.refunded']);
    expect(all.seen[0].payload).toEqual({ amountFen: 6800 });
    const marks = await t.db.query(`SELECT count(*)::int AS n FROM consumer_mark`);
    expect(marks[0].n).toBe(3);
  });

  it('retries an event whose handler failed, with nothing of the failed attempt kept', async () => {
    const flaky = new RecordingConsumer('test-flaky', ['order.cancelled'], ids[2]);
    dispatcher.register(flaky);
    await t.db.transaction((em) => outbox.append(em, { type: 'order.cancelled', aggregateType: 'order', aggregateId: ids[2], payload: {} }));
    const healthy = new RecordingConsumer('test-healthy', ['order.cancelled']);
    dispatcher.register(healthy);
    await expect(dispatcher.drain()).rejects.toThrow('handler failed');
    const pending = await t.db.query(`SELECT count(*)::int AS n FROM event_consumption WHERE consumer = 'test-flaky'`);
    expect(pending[0].n).toBe(0);
    // the failing consumer does not hold up the others
    expect(healthy.seen.map((e) => e.aggregateId)).toEqual([ids[2]]);
  });
});
