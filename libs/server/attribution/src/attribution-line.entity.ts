import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

/** Per attributed order line: what was attributable and how much of it refunds have reversed so far. */
@Entity('attribution_line')
export class AttributionLine {
  @PrimaryColumn('uuid')
  lineId: string;

  @Column('uuid')
  orderId: string;

  @Column('bigint')
  eventId: string;

  @Column('uuid', { nullable: true })
  ruleId: string | null;

  @Column('int')
  quantity: number;

  @Column('bigint', { transformer: fenTransformer })
  amountFen: Fen;

  @Column('bigint', { transformer: fenTransformer })
  attributableFen: Fen;

  @Column('bigint', { transformer: fenTransformer, default: 0 })
  refundedFen: Fen;

  @Column('bigint', { transformer: fenTransformer, default: 0 })
  reversedFen: Fen;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
