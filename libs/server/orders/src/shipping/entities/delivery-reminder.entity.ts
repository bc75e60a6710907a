import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 确认收货提醒: an order whose buyer was reminded to confirm delivery (at most once per order). */
@Entity('order_delivery_reminder')
export class DeliveryReminder {
  @PrimaryColumn('uuid') orderId: string;
  @Column('timestamptz') sentAt: Date;
}
