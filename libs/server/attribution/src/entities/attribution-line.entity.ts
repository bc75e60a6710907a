import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
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
   * along this split), one array element per household in id order: typed arrays, not a JSON document per household,
   * so a line with hundreds of households is written and read cheaply (docs/counting.md).
   */
  @Column('uuid', { array: true })
  partHouseholdIds: string[];

  @Column('bigint', { array: true })
  partFen: string[];

  /** The household's county, village, category and members that day (what the report buckets need). */
  @Column('varchar', { length: 12, array: true })
  partCountyCodes: string[];

  @Column('varchar', { length: 12, array: true })
  partVillageCodes: string[];

  @Column('text', { array: true })
  partCategories: string[];

  @Column('int', { array: true })
  partMembers: number[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
