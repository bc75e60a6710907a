import type { EntityManager } from 'typeorm';
import { COUNTED_ORDER_EVENTS, ORDER_EVENTS } from '../dto/order-events';
import { eventsToApply } from './order-event-cursor';

/** An EntityManager whose cursor statement answers with the events `moves` lets through, recording what it was asked. */
function cursorTable(moves: (eventId: string) => boolean) {
  const asked: unknown[][] = [];
  const em = {
    query: async (_sql: string, params: unknown[]) => {
      asked.push(params);
      const [, , eventIds] = params as [string, string[], string[]];
      return eventIds.filter(moves).map((event_id) => ({ event_id }));
    },
  } as unknown as EntityManager;
  return { em, asked };
}

const item = (eventId: string, orderId: string, note: string) => ({ event: { id: eventId, payload: { orderId } }, note });

describe('eventsToApply', () => {
  it('moves every order’s cursor in one statement and keeps, in order and whole, the items whose event moved it', async () => {
    const { em, asked } = cursorTable((id) => id !== '12');
    const items = [item('11', 'o1', 'a'), item('12', 'o2', 'b'), item('13', 'o3', 'c')];
    expect(await eventsToApply(em, 'quota-counting', items)).toEqual([items[0], items[2]]);
    expect(asked).toEqual([['quota-counting', ['o1', 'o2', 'o3'], ['11', '12', '13']]]);
  });

  it('keeps nothing when every event was applied already, and asks nothing for an empty batch', async () => {
    const { em, asked } = cursorTable(() => false);
    expect(await eventsToApply(em, 'attribution-ledger', [item('21', 'o1', 'a')])).toEqual([]);
    expect(await eventsToApply(em, 'attribution-ledger', [])).toEqual([]);
    expect(asked).toHaveLength(1);
  });
});

describe('COUNTED_ORDER_EVENTS', () => {
  it('is every order event, each once: every one carries the counting facts', () => {
    expect([...COUNTED_ORDER_EVENTS].sort()).toEqual(Object.values(ORDER_EVENTS).sort());
  });
});
