import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AttributionSplit } from './attribution-split.entity';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

/** Per attributed order line: what was attributable, its split, and how much of it does not count now (refunds, cancellation). */
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

  /**
   * The households' full parts of `attributableFen` as split the day the line first counted (later events move amounts
   * along this split): the digest of its `attribution_split`, stored once for every line with the same split.
   */
  @ManyToOne(() => AttributionSplit, { nullable: false })
  @JoinColumn({ name: 'split_digest' })
  split?: AttributionSplit;

  @Index()
  @Column('bytea')
  splitDigest: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
