import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { EntityManager } from 'typeorm';
import {
  DomainEvent,
  EventConsumer,
  EventDispatcher,
  EventName,
  EventOutbox,
  OrderEventPayload,
  OrderEventType,
} from '@yigou/server/events';
import { createTestApp, startSecondApi, TestApp } from '@yigou/server/testing';
import { demoIds, OrderEventPlayer } from '../quota/quota-helpers';
import { factlessOrderEvent } from './event-fixtures';

/** Handles events by writing a row; `seen` are the handler calls, including those of batches later undone. */
class RecordingConsumer implements EventConsumer {
  readonly seen: DomainEvent[] = [];
  constructor(
    readonly name: string,
    readonly types: readonly EventName[],
    public failOn?: string,
  ) {}
  async handle(event: DomainEvent, em: EntityManager): Promise<void> {
    if (event.aggregateId === this.failOn) throw new Error('handler failed');
    // a write in the same transaction as the consumption mark
    await em.query(`INSERT INTO consumer_mark (mark) VALUES ($1)`, [`${this.name}:${event.id}`]);
    this.seen.push(event);
  }
}

const DEAD_LETTERS = `query($parkedOnly: Boolean) { eventDeadLetters(parkedOnly: $parkedOnly) {
  consumer eventId eventType aggregateId orderNo attempts lastError firstFailedAt lastFailedAt nextAttemptAt parkedAt retriedAt waitingBehind } }`;
const RETRY = `mutation($consumer: String!, $eventId: ID!) { retryDeadLetterEvent(consumer: $consumer, eventId: $eventId) {
  delivered deadLetter { attempts parkedAt retriedAt } } }`;

interface DeadLetterView {
  consumer: string;
  eventId: string;
  eventType: string;
  aggregateId: string;
  orderNo: string | null;
  attempts: number;
  lastError: string;
  nextAttemptAt: string | null;
  parkedAt: string | null;
  retriedAt: string | null;
  waitingBehind: number;
}

describe('domain events (transactional outbox)', () => {
  let t: TestApp;
  let outbox: EventOutbox;
  let dispatcher: EventDispatcher;
  const ids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];
  const BACKOFF_MS = 1500;

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false, eventsMaxAttempts: 3, eventsRetryBaseMs: BACKOFF_MS, eventsRetryMaxMs: 10_000 });
    // a scratch table of this suite's own database for the consumers' writes
    await t.db.query(`CREATE TABLE consumer_mark (id bigserial PRIMARY KEY, mark text NOT NULL)`);
    outbox = t.api.app.get(EventOutbox);
    dispatcher = t.api.app.get(EventDispatcher);
  });
  afterAll(() => t.close());

  const append = (type: OrderEventType, aggregateId: string, payload: Partial<OrderEventPayload> = {}) =>
    t.db.transaction((em) => outbox.append(em, factlessOrderEvent(type, aggregateId, payload)));
  const deadLetter = async (consumer: string, eventId: string) =>
    (
      (await t.db.query(
        `SELECT attempts, last_failed_at, next_attempt_at, parked_at, last_error FROM event_dead_letter WHERE consumer = $1 AND event_id = $2`,
        [consumer, eventId],
      )) as {
        attempts: number;
        last_failed_at: Date;
        next_attempt_at: Date | null;
        parked_at: Date | null;
        last_error: string;
      }[]
    )[0];

  /** The events a consumer's committed batches handled, in handling order (its rows written in the batch transaction). */
  const delivered = async (consumer: string) =>
    (await t.db.query(
      `SELECT e.id::text AS id, e.aggregate_id AS "aggregateId" FROM consumer_mark m JOIN outbox_event e ON m.mark = $1 || ':' || e.id
        ORDER BY m.id`,
      [consumer],
    )) as { id: string; aggregateId: string }[];

  it('delivers committed events once to each interested consumer, and never rolled-back ones', async () => {
    const paid = new RecordingConsumer('test-paid', ['order.paid']);
    const all = new RecordingConsumer('test-all', ['order.paid', 'order.refunded']);
    dispatcher.register(paid);
    dispatcher.register(all);
    const paidEvent = factlessOrderEvent('order.paid', ids[0], { paidFen: 6800 });
    await t.db.transaction(async (em) => {
      await outbox.append(em, paidEvent);
      await outbox.append(em, factlessOrderEvent('order.refunded', ids[0], { paidFen: 6800 }));
    });
    await t.db
      .transaction(async (em) => {
        await outbox.append(em, factlessOrderEvent('order.paid', ids[1]));
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    // two delivery rounds at once, as two processes would: still once each
    await Promise.all([dispatcher.drain(), dispatcher.drain()]);
    await dispatcher.drain();
    expect(paid.seen.map((e) => e.type)).toEqual(['order.paid']);
    expect(all.seen.map((e) => e.type)).toEqual(['order.paid', 'order.refunded']);
    expect(all.seen[0].payload).toEqual(paidEvent.payload);
    const marks = await t.db.query(`SELECT count(*)::int AS n FROM consumer_mark`);
    expect(marks[0].n).toBe(3);
  });

  let flaky: RecordingConsumer;
  let parkedEvent: string;
  let parkedOrder: string;
  let waitingEvent: string;

  it('retries a failing event with backoff, parks it after the last attempt, and goes on with other orders while that order waits', async () => {
    const [bad, other, third]: string[] = [randomUUID(), randomUUID(), randomUUID()];
    flaky = new RecordingConsumer('test-flaky', ['order.paid', 'order.refunded'], bad);
    dispatcher.register(flaky);
    const first = await append('order.paid', bad, { orderNo: 'YG-BAD-1' });
    await append('order.paid', other);
    const later = await append('order.refunded', bad);
    await dispatcher.drain();
    const mine = async () => (await delivered('test-flaky')).filter((e) => [bad, other, third].includes(e.aggregateId));
    // the other order went through; the failing one and the event behind it did not
    expect((await mine()).map((e) => e.aggregateId)).toEqual([other]);
    let dl = await deadLetter('test-flaky', first);
    expect(dl.attempts).toBe(1);
    expect(dl.parked_at).toBeNull();
    expect(dl.last_error).toContain('handler failed');
    expect(dl.next_attempt_at!.getTime() - dl.last_failed_at.getTime()).toBe(BACKOFF_MS);
    // not retried before its time, however often delivery runs
    await dispatcher.drain();
    await dispatcher.drain();
    expect((await deadLetter('test-flaky', first)).attempts).toBe(1);
    // second attempt after the first backoff, third after twice that: then parked
    await sleep(BACKOFF_MS + 100);
    await dispatcher.drain();
    dl = await deadLetter('test-flaky', first);
    expect(dl.attempts).toBe(2);
    expect(dl.next_attempt_at!.getTime() - dl.last_failed_at.getTime()).toBe(2 * BACKOFF_MS);
    await sleep(2 * BACKOFF_MS + 100);
    await dispatcher.drain();
    dl = await deadLetter('test-flaky', first);
    expect(dl.attempts).toBe(3);
    expect(dl.parked_at).not.toBeNull();
    expect(dl.next_attempt_at).toBeNull();
    // parked: no more attempts, and later events of other orders keep flowing
    await append('order.paid', third);
    await sleep(50);
    await dispatcher.drain();
    expect((await deadLetter('test-flaky', first)).attempts).toBe(3);
    expect((await mine()).map((e) => e.aggregateId)).toEqual([other, third]);
    expect(flaky.seen.some((e) => e.id === later)).toBe(false);
    [parkedEvent, parkedOrder, waitingEvent] = [first, bad, later];
  });

  it('shows platform admins the parked event, refuses everyone else, and a retry delivers it and then the events waiting behind it', async () => {
    const admin = await t.loginAs('admin');
    const list = await t.gql<{ eventDeadLetters: DeadLetterView[] }>(DEAD_LETTERS, { parkedOnly: true }, admin);
    const mine = list.data!.eventDeadLetters.find((d) => d.consumer === 'test-flaky' && d.eventId === parkedEvent);
    expect(mine).toMatchObject({
      eventType: 'order.paid',
      aggregateId: parkedOrder,
      orderNo: 'YG-BAD-1',
      attempts: 3,
      waitingBehind: 1,
      nextAttemptAt: null,
    });
    expect(mine!.lastError).toContain('handler failed');
    expect(mine!.parkedAt).not.toBeNull();

    for (const login of ['buyer', 'finance', 'county-admin']) {
      const token = await t.loginAs(login);
      const denied = await t.gql(DEAD_LETTERS, {}, token);
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const retryDenied = await t.gql(RETRY, { consumer: 'test-flaky', eventId: parkedEvent }, token);
      expect(retryDenied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.gql(DEAD_LETTERS, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await deadLetter('test-flaky', parkedEvent)).attempts).toBe(3);

    // still broken: one attempt, parked again at once
    const again = await t.gql<{
      retryDeadLetterEvent: { delivered: boolean; deadLetter: { attempts: number; parkedAt: string | null; retriedAt: string | null } };
    }>(RETRY, { consumer: 'test-flaky', eventId: parkedEvent }, admin);
    expect(again.data!.retryDeadLetterEvent.delivered).toBe(false);
    expect(again.data!.retryDeadLetterEvent.deadLetter).toMatchObject({ attempts: 4 });
    expect(again.data!.retryDeadLetterEvent.deadLetter.parkedAt).not.toBeNull();
    expect(again.data!.retryDeadLetterEvent.deadLetter.retriedAt).not.toBeNull();

    // the cause fixed: the retry goes through, and the order's later event follows in order
    flaky.failOn = undefined;
    const fixed = await t.gql<{ retryDeadLetterEvent: { delivered: boolean; deadLetter: unknown } }>(
      RETRY,
      { consumer: 'test-flaky', eventId: parkedEvent },
      admin,
    );
    expect(fixed.data!.retryDeadLetterEvent).toEqual({ delivered: true, deadLetter: null });
    const ofOrder = (await delivered('test-flaky')).filter((e) => e.aggregateId === parkedOrder).map((e) => e.id);
    expect(ofOrder).toEqual([parkedEvent, waitingEvent]);
    const after = await t.gql<{ eventDeadLetters: DeadLetterView[] }>(DEAD_LETTERS, {}, admin);
    expect(after.data!.eventDeadLetters.filter((d) => d.consumer === 'test-flaky')).toEqual([]);
    // once each, nothing doubled
    const all = await delivered('test-flaky');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM event_consumption WHERE consumer = 'test-flaky'`);
    expect(n).toBe(all.length);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    const notFound = await t.gql(RETRY, { consumer: 'test-flaky', eventId: parkedEvent }, admin);
    expect(notFound.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('an order event quota counting cannot handle is parked, and the other orders are still counted', async () => {
    const ids = await demoIds(t);
    const player = new OrderEventPlayer(t);
    const pear = ids.products['玉露香梨'];
    const school = ids.units['fenxi-no1-school'];
    const line = { productId: pear.id, quantity: 1, amountFen: 6800, certified: true };
    const broken = player.order({ unitId: school, buyerId: ids.users['buyer'], supplierId: pear.supplierId, lines: [line] });
    const good = player.order({ unitId: school, buyerId: ids.users['buyer'], supplierId: pear.supplierId, lines: [line] });
    // a payload the counting code cannot read (its facts have no lines at all)
    await player.emit(
      'order.paid',
      {
        ...broken.payload,
        lines: null as never,
        state: { unitId: school, paid: true, received: false, rated: false, cancelled: false, lines: null as never },
      },
      false,
    );
    await player.emit('order.paid', good.payload, false);
    await dispatcher.drain();
    const counted = async (orderId: string) =>
      (await t.db.query(`SELECT count(*)::int AS n FROM quota_ledger WHERE order_id = $1`, [orderId]))[0].n as number;
    expect(await counted(good.orderId)).toBe(1);
    expect(await counted(broken.orderId)).toBe(0);
    const [dl] = await t.db.query(
      `SELECT attempts, parked_at FROM event_dead_letter WHERE consumer = 'quota-counting' AND aggregate_id = $1`,
      [broken.orderId],
    );
    expect(dl.attempts).toBe(1);
  });

  it('a batch with one poison order event: each counting consumer parks only that event and counts every other order of the batch', async () => {
    const d = await demoIds(t);
    const [unit, buyer, pear] = [d.units['fenxi-no1-school'], d.users['buyer'], d.products['玉露香梨']];
    const [{ id: session }] = await t.db.query(
      `INSERT INTO live_session (id, title, host_name, host_title, kind, county_code, status, starts_at, started_at, stream_url)
       VALUES (gen_random_uuid(), '批量测试直播', '张明', '副县长', 'sales', '141034', 'live', now(), now(), 'https://example.invalid/live.m3u8') RETURNING id`,
    );
    const N = 40;
    const POISON = 17;
    // N live-room orders of one certified line, paid then received, committed together so that each consumer takes the
    // paid events in one batch; order POISON's payment has a moment that is not a time (every consumer throws on it)
    const orders: { id: string; g: number }[] = await t.db.query(
      `WITH o AS (SELECT gen_random_uuid() AS id, g,
                         jsonb_build_object('lineId', gen_random_uuid(), 'productId', $4::text, 'skuId', gen_random_uuid(),
                                            'quantity', 2, 'unitPriceFen', 3400, 'amountFen', 6800, 'certified', true) AS line
                    FROM generate_series(1, $5::int) g),
            ins AS (
              INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload)
              SELECT k.type, 'order', o.id, jsonb_build_object('orderId', o.id, 'orderNo', 'POISON-' || o.g, 'buyerId', $1::text, 'unitId', $2::text,
                       'supplierId', $3::text, 'liveSessionId', $6::text, 'totalFen', 6800, 'paidFen', 6800,
                       'occurredAt', CASE WHEN o.g = $7 AND k.type = 'order.paid' THEN 'not a time' ELSE now()::text END,
                       'lines', jsonb_build_array(o.line),
                       'state', jsonb_build_object('unitId', $2::text, 'paid', true, 'received', k.type = 'order.received', 'rated', false, 'cancelled', false,
                                'lines', jsonb_build_array(o.line || jsonb_build_object('refundedFen', 0, 'refundedQuantity', 0))))
                FROM o CROSS JOIN (VALUES (1, 'order.paid'), (2, 'order.received')) AS k(n, type)
               ORDER BY k.n, o.g)
       SELECT id::text, g FROM o ORDER BY g`,
      [buyer, unit, pear.supplierId, pear.id, N, session, POISON],
    );
    const poison = orders.find((o) => o.g === POISON)!.id;
    const good = orders.filter((o) => o.id !== poison).map((o) => o.id);
    const consumers = ['quota-counting', 'attribution-ledger', 'livestream.orders'];
    // three attempts with backoff (1.5 s, then 3 s), then parked
    for (let i = 0; i < 60; i++) {
      await dispatcher.drain();
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM event_dead_letter WHERE aggregate_id = $1 AND parked_at IS NOT NULL`,
        [poison],
      );
      if (n === consumers.length) break;
      await sleep(250);
    }
    const letters: { consumer: string; aggregate_id: string; event_type: string; attempts: number; parked: boolean }[] = await t.db.query(
      `SELECT consumer, aggregate_id, event_type, attempts, parked_at IS NOT NULL AS parked FROM event_dead_letter WHERE consumer = ANY($1) AND aggregate_id = ANY($2) ORDER BY consumer`,
      [consumers, orders.map((o) => o.id)],
    );
    expect(letters).toEqual(
      consumers.sort().map((consumer) => ({ consumer, aggregate_id: poison, event_type: 'order.paid', attempts: 3, parked: true })),
    );
    const [q] = await t.db.query(
      `SELECT count(*) FILTER (WHERE kind = 'ordered')::int AS ordered, count(*) FILTER (WHERE kind = 'completed')::int AS completed,
              count(DISTINCT order_id)::int AS orders, sum(amount_fen)::int AS fen, count(*) FILTER (WHERE order_id = $2)::int AS poisoned
         FROM quota_ledger WHERE order_id = ANY($1::uuid[]) OR order_id = $2`,
      [good, poison],
    );
    expect(q).toEqual({ ordered: N - 1, completed: N - 1, orders: N - 1, fen: 2 * 6800 * (N - 1), poisoned: 0 });
    const lines: { order_id: string; attributable: string; held: string | null }[] = await t.db.query(
      `SELECT l.order_id, l.attributable_fen::text AS attributable, (SELECT sum(m.target_after_fen - m.target_before_fen) FROM attribution_movement m WHERE m.line_id = l.line_id)::text AS held
         FROM attribution_line l WHERE l.order_id = ANY($1::uuid[]) OR l.order_id = $2`,
      [good, poison],
    );
    expect(lines.map((l) => l.order_id).sort()).toEqual([...good].sort());
    // the demo's rule for 玉露香梨 gives households a part of each line, all of it held once the order is received
    expect(Number(lines[0].attributable)).toBeGreaterThan(0);
    for (const l of lines) expect(l.held).toBe(l.attributable);
    const live: { orders: number; items: number; sales: string }[] = await t.db.query(
      `SELECT order_count AS orders, item_count AS items, sales_fen::text AS sales FROM live_session WHERE id = $1`,
      [session],
    );
    expect(live).toEqual([{ orders: N - 1, items: 2 * (N - 1), sales: String(6800 * (N - 1)) }]);
    const [{ entries }] = await t.db.query(
      `SELECT count(*)::int AS entries FROM live_order_entry WHERE session_id = $1 AND order_id = $2`,
      [session, poison],
    );
    expect(entries).toBe(0);
    // every other event of the batch was handled once by each consumer; the poisoned order's receipt waits behind its payment
    const handled: { consumer: string; n: number }[] = await t.db.query(
      `SELECT c.consumer, count(*)::int AS n FROM event_consumption c JOIN outbox_event e ON e.id = c.event_id
        WHERE c.consumer = ANY($1) AND e.payload->>'orderNo' LIKE 'POISON-%' GROUP BY c.consumer ORDER BY c.consumer`,
      [consumers],
    );
    expect(handled).toEqual(consumers.sort().map((consumer) => ({ consumer, n: 2 * (N - 1) })));
  }, 60_000);

  describe('faults while events are queued', () => {
    let unit: string, buyer: string, product: string, supplier: string;
    beforeAll(async () => {
      const d = await demoIds(t);
      [unit, buyer, product, supplier] = [
        d.units['fenxi-no1-school'],
        d.users['buyer'],
        d.products['玉露香梨'].id,
        d.products['玉露香梨'].supplierId,
      ];
    });

    /** Queues `n` paid orders of one certified line each (committed together), tagged so the test can find them. */
    // each carries its counting facts (state: paid, one line), as the orders domain writes them (docs/counting.md)
    const queueOrders = async (n: number, tag: string) =>
      t.db.query(
        `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload)
         SELECT 'order.paid', 'order', o.id, jsonb_build_object('orderId', o.id, 'orderNo', $6 || o.g, 'buyerId', $1::text, 'unitId', $2::text,
                'supplierId', $3::text, 'liveSessionId', null, 'totalFen', 100, 'paidFen', 100, 'occurredAt', now(),
                'lines', jsonb_build_array(o.line),
                'state', jsonb_build_object('unitId', $2::text, 'paid', true, 'received', false, 'rated', false, 'cancelled', false,
                         'lines', jsonb_build_array(o.line || jsonb_build_object('refundedFen', 0, 'refundedQuantity', 0))))
           FROM (SELECT gen_random_uuid() AS id, g,
                        jsonb_build_object('lineId', gen_random_uuid(), 'productId', $4::text, 'skuId', gen_random_uuid(),
                                           'quantity', 1, 'unitPriceFen', 100, 'amountFen', 100, 'certified', true) AS line
                   FROM generate_series(1, $5::int) g) o`,
        [buyer, unit, supplier, product, n, tag],
      );
    const progress = async (tag: string) =>
      (
        await t.db.query(
          `SELECT count(c.event_id)::int AS consumed,
                  (SELECT count(*)::int FROM quota_ledger q JOIN outbox_event x ON x.aggregate_id = q.order_id WHERE x.payload->>'orderNo' LIKE $1 || '%') AS ledger,
                  (SELECT count(DISTINCT q.order_id)::int FROM quota_ledger q JOIN outbox_event x ON x.aggregate_id = q.order_id WHERE x.payload->>'orderNo' LIKE $1 || '%') AS orders
             FROM outbox_event e LEFT JOIN event_consumption c ON c.consumer = 'quota-counting' AND c.event_id = e.id
            WHERE e.payload->>'orderNo' LIKE $1 || '%'`,
          [tag],
        )
      )[0] as { consumed: number; ledger: number; orders: number };
    const drainUntil = async (tag: string, n: number) => {
      for (let i = 0; i < 100 && (await progress(tag).catch(() => ({ consumed: 0 }))).consumed < n; i++) {
        await dispatcher.drain().catch(() => undefined);
        await sleep(100);
      }
    };

    it('a delivering API process killed mid-batch loses nothing and counts nothing twice', async () => {
      const N = 2000;
      await queueOrders(N, 'KILL-');
      const second = await startSecondApi(t, { EVENTS_AUTO_DELIVER: 'true' });
      let atKill = 0;
      try {
        for (let i = 0; i < 3000 && atKill === 0; i++) {
          atKill = (await progress('KILL-')).consumed;
          if (atKill === 0) await sleep(20);
        }
      } finally {
        second.child.kill('SIGKILL');
      }
      // it had delivered some batches and was working on more when it died
      expect(atKill).toBeGreaterThan(0);
      expect(atKill).toBeLessThan(N);
      await drainUntil('KILL-', N);
      expect(await progress('KILL-')).toEqual({ consumed: N, ledger: N, orders: N });
    }, 180_000);

    it('every database connection dropped in the middle of delivery (as in a database restart): nothing lost, nothing doubled', async () => {
      const N = 1500;
      await queueOrders(N, 'DROP-');
      const killer = new Client({ connectionString: t.api.databaseUrl });
      await killer.connect();
      try {
        const delivering = dispatcher.drain().catch((e: unknown) => e);
        for (let i = 0; i < 600 && (await progress('DROP-')).consumed === 0; i++) await sleep(20);
        const [{ n }] = (
          await killer.query(
            `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
          )
        ).rows;
        expect(n).toBeGreaterThan(0);
        await delivering;
      } finally {
        await killer.end();
      }
      expect((await progress('DROP-')).consumed).toBeLessThanOrEqual(N);
      await drainUntil('DROP-', N);
      expect(await progress('DROP-')).toEqual({ consumed: N, ledger: N, orders: N });
    }, 180_000);
  });
});
