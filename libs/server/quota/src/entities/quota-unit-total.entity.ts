import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

/** Running totals per unit and year, maintained in the same transaction as the ledger rows. */
@Entity('quota_unit_total')
@Index('quota_unit_total_region_year_idx', ['year', 'regionCode'])
export class QuotaUnitTotal {
  @PrimaryColumn('uuid') unitId: string;
  @PrimaryColumn('int') year: number;
  /** The unit's region when first counted: lets a jurisdiction read its totals without a list of unit ids. */
  @Column('varchar', { length: 12 }) regionCode: string;
  @Column('bigint', { default: 0, transformer: fenTransformer }) orderedFen: Fen;
  @Column('bigint', { default: 0, transformer: fenTransformer }) completedFen: Fen;
}
