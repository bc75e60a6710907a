import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

/** Line detail of an entry, for top products. */
@Entity('live_order_entry_line')
@Index(['sessionId', 'productId'])
export class LiveOrderEntryLine {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Index() @Column('bigint') entryId: string;
  @Column('uuid') sessionId: string;
  @Column('uuid') productId: string;
  @Column('uuid') skuId: string;
  @Column('int') quantityDelta: number;
  @Column('bigint', { transformer: fenTransformer }) amountDeltaFen: Fen;
}
