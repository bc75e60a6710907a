import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

export const REPORT_DIMENSIONS = ['total', 'category', 'village', 'supplier', 'product', 'unit', 'session', 'month'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/** Net attributed per household per report bucket (county, year, dimension, key); kept with the ledger. */
@Entity('attribution_household_sum')
@Index(['householdId', 'year'])
export class AttributionHouseholdSum {
  @PrimaryColumn('varchar', { length: 12 }) countyCode: string;
  @PrimaryColumn('int') year: number;
  @PrimaryColumn('text') dim: string;
  @PrimaryColumn('text') key: string;
  @PrimaryColumn('uuid') householdId: string;
  @Column('bigint', { transformer: fenTransformer }) amountFen: Fen;
}
