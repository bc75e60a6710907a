import { SkuGate, SkuGateTimeout } from './sku-gate';

/** A promise with its resolver, to hold work open until the test lets it finish. */
function latch(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((r) => (open = r));
  return { promise, open };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('SkuGate', () => {
  it('lets at most perSku checkouts of one SKU run at once, the rest in order of arrival', async () => {
    const gate = new SkuGate(2);
    const started: number[] = [];
    const latches = [0, 1, 2, 3, 4].map(() => latch());
    let running = 0;
    let most = 0;
    const runs = latches.map((l, i) =>
      gate.run(['hot'], async () => {
        started.push(i);
        running++;
        most = Math.max(most, running);
        await l.promise;
        running--;
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(gate.waiting).toBe(3);
    latches[1].open();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    latches[0].open();
    latches[2].open();
    await tick();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    latches[3].open();
    latches[4].open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
    expect(gate.busySkus).toBe(0);
    expect(gate.waiting).toBe(0);
  });

  it('does not hold back other SKUs', async () => {
    const gate = new SkuGate(1);
    const hot = latch();
    const first = gate.run(['hot'], () => hot.promise);
    let other = false;
    await gate.run(['cold'], async () => {
      other = true;
    });
    expect(other).toBe(true);
    hot.open();
    await first;
  });

  it('gives the place back when the work fails', async () => {
    const gate = new SkuGate(1);
    await expect(gate.run(['a'], async () => Promise.reject(new Error('库存不足')))).rejects.toThrow('库存不足');
    expect(gate.busySkus).toBe(0);
    expect(await gate.run(['a'], async () => 'next')).toBe('next');
  });

  it('takes several SKUs in id order, so crossing checkouts cannot hold each other up forever', async () => {
    const gate = new SkuGate(1);
    const order: string[] = [];
    const slow = latch();
    const ab = gate.run(['b', 'a'], async () => {
      order.push('ab');
      await slow.promise;
    });
    const ba = gate.run(['a', 'b'], async () => {
      order.push('ba');
    });
    await tick();
    expect(order).toEqual(['ab']);
    slow.open();
    await Promise.all([ab, ba]);
    expect(order).toEqual(['ab', 'ba']);
    expect(gate.busySkus).toBe(0);
  });

  it('counts a SKU named twice once', async () => {
    const gate = new SkuGate(1);
    expect(await gate.run(['a', 'a'], async () => 1)).toBe(1);
    expect(gate.busySkus).toBe(0);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => new SkuGate(0)).toThrow(/positive integer/);
    expect(() => new SkuGate(1.5)).toThrow(/positive integer/);
  });
});

describe('SkuGate with a longest wait', () => {
  it('tells a checkout that waited too long, and the line behind it moves on', async () => {
    const gate = new SkuGate(1, 50);
    const first = latch();
    const running = gate.run(['hot'], () => first.promise);
    const late = gate.run(['hot'], async () => 'never');
    await expect(late).rejects.toBeInstanceOf(SkuGateTimeout);
    await expect(late).rejects.toMatchObject({ skuId: 'hot' });
    // The one that gave up left the queue: the next one gets the place as soon as it is free.
    const next = gate.run(['hot'], async () => 'next');
    first.open();
    await running;
    expect(await next).toBe('next');
    expect(gate.busySkus).toBe(0);
  });

  it('gives back the places already taken when a later SKU times out', async () => {
    const gate = new SkuGate(1, 50);
    const holdB = latch();
    const b = gate.run(['b'], () => holdB.promise);
    await expect(gate.run(['a', 'b'], async () => 'never')).rejects.toBeInstanceOf(SkuGateTimeout);
    // 'a' was taken and must be free again.
    expect(await gate.run(['a'], async () => 'a is free')).toBe('a is free');
    holdB.open();
    await b;
    expect(gate.busySkus).toBe(0);
  });

  it('does not time out a checkout that got its place in time, however long its work takes', async () => {
    const gate = new SkuGate(1, 20);
    expect(await gate.run(['a'], () => new Promise((r) => setTimeout(() => r('slow work'), 60)))).toBe('slow work');
  });

  it('keeps its one timer only while someone waits', async () => {
    const gate = new SkuGate(1, 50);
    const timer = () => (gate as unknown as { sweeper: unknown }).sweeper;
    await gate.run(['a'], async () => 'alone');
    expect(timer()).toBeNull();
    const hold = latch();
    const first = gate.run(['a'], () => hold.promise);
    const second = gate.run(['a'], async () => 'second');
    expect(timer()).not.toBeNull();
    hold.open();
    await first;
    expect(await second).toBe('second');
    await new Promise((r) => setTimeout(r, 40));
    expect(timer()).toBeNull();
  });

  it('refuses a longest wait that is not positive', () => {
    expect(() => new SkuGate(1, 0)).toThrow(/maxWaitMs/);
  });
});
