import { Column, Entity, PrimaryColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

/** Report bucket totals: net amount, households and people with a positive net amount. */
@Entity('attribution_bucket_sum')
export class AttributionBucketSum {
  @PrimaryColumn('varchar', { length: 12 }) countyCode: string;
  @PrimaryColumn('int') year: number;
  @PrimaryColumn('text') dim: string;
  @PrimaryColumn('text') key: string;
  @Column('bigint', { transformer: fenTransformer }) amountFen: Fen;
  @Column('int') households: number;
  @Column('int') people: number;
}
