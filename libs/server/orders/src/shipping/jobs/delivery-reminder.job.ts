import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { ExclusiveJob, JobScheduler } from '@yigou/server/jobs';
import { NotificationService } from '@yigou/server/notifications';
import { AUTO_RECEIVE_DAYS } from '../../services/order-state';
import { DUE_DELIVERY_REMINDERS } from '../sql/delivery-reminder.sql';

/** Days after shipping when the buyer is reminded to confirm delivery (before the automatic receipt at AUTO_RECEIVE_DAYS). */
export const DELIVERY_REMINDER_DAYS = 7;
/** pg advisory lock key ('dlvr'), so runs never overlap. */
export const DELIVERY_REMINDER_LOCK_KEY = 0x646c7672;

/**
 * 确认收货提醒: hourly, once per cluster (JobScheduler), every order still shipped DELIVERY_REMINDER_DAYS after
 * it shipped gets one notification to its buyer. The order_delivery_reminder row is written in the same
 * transaction as the notification, so a reminder is sent at most once, whichever process runs the job.
 */
@Injectable()
export class DeliveryReminderJob extends ExclusiveJob {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationService,
    scheduler: JobScheduler,
  ) {
    super(db, scheduler, {
      name: 'orders.delivery-reminder',
      cron: '7 * * * *',
      lockKey: DELIVERY_REMINDER_LOCK_KEY,
      what: 'delivery reminders',
    });
  }

  /** Sends the reminders due at `now`; returns how many, or null when another process was running it. */
  runOnce(now: Date): Promise<number | null> {
    return this.exclusively(() => this.remind(now));
  }

  private remind(now: Date): Promise<number> {
    return this.db.transaction(async (em) => {
      const due = await queryNamed(em, DUE_DELIVERY_REMINDERS, { now, days: DELIVERY_REMINDER_DAYS });
      for (const d of due) {
        const auto = d.auto_receive_at ? `，${AUTO_RECEIVE_DAYS} 天未确认将自动确认收货` : '';
        await this.notifications.send(em, [d.buyer_id], {
          kind: 'order.delivery_reminder',
          title: `订单 ${d.order_no} 收到了吗？`,
          body: `订单已发货 ${DELIVERY_REMINDER_DAYS} 天。收到货后请确认收货并评价，订单才计入单位的以购代捐完成额${auto}。`,
          refType: 'order',
          refId: d.order_id,
        });
      }
      return due.length;
    });
  }
}
