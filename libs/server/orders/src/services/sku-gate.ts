/**
 * Admission to the checkout statement, per SKU, inside one API process.
 *
 * Every checkout of a SKU updates that SKU's row, so PostgreSQL runs them one
 * after another. When many wait on the row at once, each waiter costs the
 * database CPU (lock queue, wake-ups) and slows the one that holds it: on the
 * 2-core VM, pgbench with checkout's own statement on one hot SKU did
 * 1,660 orders/s with 2 clients and 716 with 50 (bench/checkout-hot-sku).
 * So at most `perSku` checkouts of a SKU run in the database at once per
 * process; the others wait here, in order of arrival, where waiting is free.
 * A checkout that has waited `maxWaitMs` (checked every 10–100 ms) gives up
 * with SkuGateTimeout, so in a rush (or while the row is held by something
 * slow) the buyer is told to try again instead of waiting for a proxy to cut
 * the request.
 *
 * A checkout of several SKUs takes their places in SKU id order, so two
 * checkouts can never each hold what the other waits for. The gate is taken
 * before any database connection, so a waiter never holds one.
 */
export class SkuGate {
  private readonly lanes = new Map<string, { running: number; waiting: Waiter[] }>();
  /**
   * Gives up on waiters past their deadline; runs only while someone waits (one timer, not one per waiter: ~7 % of the API's CPU in the
   * benchmark).
   */
  private sweeper: NodeJS.Timeout | null = null;
  private readonly sweepEveryMs: number;

  constructor(
    readonly perSku: number,
    readonly maxWaitMs = Number.POSITIVE_INFINITY,
  ) {
    if (!Number.isInteger(perSku) || perSku < 1) throw new Error(`SkuGate: perSku must be a positive integer, got ${perSku}`);
    if (!(maxWaitMs > 0)) throw new Error(`SkuGate: maxWaitMs must be positive, got ${maxWaitMs}`);
    this.sweepEveryMs = Math.min(100, Math.max(10, maxWaitMs / 5));
  }

  /** Runs `work` once it holds a place for every SKU in `skuIds`; the places are given back however it ends. */
  async run<T>(skuIds: readonly string[], work: () => Promise<T>): Promise<T> {
    const keys = [...new Set(skuIds)].sort();
    const deadline = Date.now() + this.maxWaitMs;
    const held: string[] = [];
    try {
      for (const key of keys) {
        await this.enter(key, deadline);
        held.push(key);
      }
      return await work();
    } finally {
      for (const key of held.reverse()) this.leave(key);
    }
  }

  /** SKUs with checkouts running or waiting in this process (idle SKUs are forgotten). */
  get busySkus(): number {
    return this.lanes.size;
  }

  /** Checkouts waiting in this process for a place (the checkout queue); counted when asked (/metrics), not kept. */
  get waiting(): number {
    let n = 0;
    for (const lane of this.lanes.values()) n += lane.waiting.length;
    return n;
  }

  private enter(key: string, deadline: number): Promise<void> {
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { running: 0, waiting: [] };
      this.lanes.set(key, lane);
    }
    if (lane.running < this.perSku) {
      lane.running++;
      return Promise.resolve();
    }
    const queue = lane.waiting;
    return new Promise<void>((go, fail) => {
      queue.push({ go, fail, deadline });
      if (!this.sweeper && Number.isFinite(deadline)) {
        this.sweeper = setInterval(() => this.sweep(), this.sweepEveryMs);
        this.sweeper.unref();
      }
    });
  }

  private leave(key: string): void {
    const lane = this.lanes.get(key);
    if (!lane) return;
    const next = lane.waiting.shift();
    if (next) {
      next.go(); // the place passes straight to the next in line
      return;
    }
    lane.running--;
    if (lane.running === 0) this.lanes.delete(key);
  }

  private sweep(): void {
    const now = Date.now();
    let waiting = 0;
    for (const [key, lane] of this.lanes) {
      for (let i = lane.waiting.length - 1; i >= 0; i--) {
        const w = lane.waiting[i];
        if (w.deadline <= now) {
          lane.waiting.splice(i, 1);
          w.fail(new SkuGateTimeout(key));
        }
      }
      waiting += lane.waiting.length;
    }
    if (waiting === 0 && this.sweeper) {
      clearInterval(this.sweeper);
      this.sweeper = null;
    }
  }
}

interface Waiter {
  go: () => void;
  fail: (e: Error) => void;
  deadline: number;
}

/** A checkout waited longer than the gate allows for one of its SKUs. */
export class SkuGateTimeout extends Error {
  constructor(readonly skuId: string) {
    super(`waited too long for SKU ${skuId}`);
    this.name = 'SkuGateTimeout';
  }
}
