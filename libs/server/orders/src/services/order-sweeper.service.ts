import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { JobScheduler, withAdvisoryLock } from '@yigou/server/jobs';
import { Order } from '../entities/order.entity';
import { OrderLifecycle, SYSTEM } from './order-lifecycle.service';
import { CheckoutService } from './checkout.service';

const SWEEP_LOCK = 4_420_001;

/**
 * Cancels unpaid orders whose deadline passed (releasing their stock) and
 * auto-confirms receipt 10 days after shipment. Runs every minute, once per cluster
 * (JobScheduler's cron; the advisory lock keeps runs from overlapping);
 * `sweep(now)` is the explicit entry for tests.
 */
@Injectable()
export class OrderSweeper implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: OrderLifecycle,
    private readonly scheduler: JobScheduler,
    private readonly checkout: CheckoutService,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ name: 'orders.sweep', cron: '* * * * *', run: () => this.sweepLocked(new Date()) });
    // Checkout keys older than CheckoutService.KEY_HOURS (one DELETE by the created_at index; any process may run it).
    this.scheduler.register({
      name: 'orders.forget-checkout-keys',
      cron: '7 * * * *',
      run: () => this.checkout.forgetCheckoutKeys(new Date()),
    });
  }

  /** One process sweeps at a time. */
  async sweepLocked(now: Date): Promise<{ expired: number; autoReceived: number } | null> {
    return withAdvisoryLock(this.db, SWEEP_LOCK, async () => {
      const swept = await this.sweep(now);
      await this.flagOverdue(now);
      return swept;
    });
  }

  async sweep(now: Date): Promise<{ expired: number; autoReceived: number }> {
    const expired = await this.eachLocked(
      (qb) => qb.where(`o.status = 'pending_payment' AND o.pay_deadline < :now`, { now }).orderBy('o.pay_deadline'),
      (em, order) => this.lifecycle.cancel(em, order, 'expire', SYSTEM, '超过付款期限未付款，系统自动取消并释放库存', now),
    );
    const autoReceived = await this.eachLocked(
      (qb) => qb.where(`o.status = 'shipped' AND o.auto_receive_at < :now`, { now }).orderBy('o.auto_receive_at'),
      (em, order) => this.lifecycle.receive(em, order, true, SYSTEM, now),
    );
    return { expired, autoReceived };
  }

  /**
   * Orders still waiting to ship past their shipping deadline: recorded once on the
   * timeline ('ship_overdue'), which tells the buyer, and the supplier's staff are told too.
   * Separate from `sweep` so a test can move the clock for one without the other.
   */
  flagOverdue(now: Date): Promise<number> {
    return this.eachLocked(
      (qb) =>
        qb
          .where(`o.status = 'to_ship'`)
          .andWhere(
            `(CASE WHEN o.payment_term = 'ship_first' THEN o.created_at ELSE o.paid_at END) + make_interval(days => o.ship_deadline_days) < :now`,
            { now },
          )
          .andWhere(`NOT EXISTS (SELECT 1 FROM order_transition t WHERE t.order_id = o.id AND t.action = 'ship_overdue')`)
          .orderBy('o.created_at'),
      async (em, order) => {
        const note = `已超过 ${order.shipDeadlineDays} 天发货期限，尚未发货`;
        await this.lifecycle.record(em, order, 'ship_overdue', 'to_ship', SYSTEM, note, now);
        await this.lifecycle.notifySupplier(em, order, 'ship_overdue', `${note}，请尽快发货`);
      },
    );
  }

  /**
   * Acts on every order `pick` selects (alias o, in its order), one order per transaction: the order is locked FOR
   * UPDATE SKIP LOCKED, so an order someone is acting on at the same moment is passed over (the next run finds it if it
   * still matches), and each order's work commits with it. Returns how many it acted on.
   */
  private async eachLocked(
    pick: (qb: SelectQueryBuilder<Order>) => SelectQueryBuilder<Order>,
    act: (em: EntityManager, order: Order) => Promise<unknown>,
  ): Promise<number> {
    let done = 0;
    for (;;) {
      const order = await this.db.transaction(async (em) => {
        const [next] = await pick(em.getRepository(Order).createQueryBuilder('o'))
          .take(1)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        if (next) await act(em, next);
        return next;
      });
      if (!order) return done;
      done++;
    }
  }
}
