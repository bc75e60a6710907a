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
 *
 * A checkout of several SKUs takes their places in SKU id order, so two
 * checkouts can never each hold what the other waits for. The gate is taken
 * before any database connection, so a waiter never holds one.
 */
export class SkuGate {
  private readonly lanes = new Map<string, { running: number; waiting: (() => void)[] }>();

  constructor(readonly perSku: number) {
    if (!Number.isInteger(perSku) || perSku < 1) throw new Error(`SkuGate: perSku must be a positive integer, got ${perSku}`);
  }

  /** Runs `work` once it holds a place for every SKU in `skuIds`; the places are given back however it ends. */
  async run<T>(skuIds: readonly string[], work: () => Promise<T>): Promise<T> {
    const keys = [...new Set(skuIds)].sort();
    const held: string[] = [];
    try {
      for (const key of keys) {
        await this.enter(key);
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

  private enter(key: string): Promise<void> {
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
    return new Promise<void>((resolve) => queue.push(resolve));
  }

  private leave(key: string): void {
    const lane = this.lanes.get(key);
    if (!lane) return;
    const next = lane.waiting.shift();
    if (next) {
      next(); // the place passes straight to the next in line
      return;
    }
    lane.running--;
    if (lane.running === 0) this.lanes.delete(key);
  }
}
