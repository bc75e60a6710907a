import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

export const OTHER_INCOME_KINDS = ['wage', 'land_rent', 'dividend', 'other'] as const;
export type OtherIncomeKind = (typeof OTHER_INCOME_KINDS)[number];

/** Income a household got outside counted sales (wages, land rent, dividends paid directly). */
@Entity('household_other_income')
@Check('household_other_income_kind_check', `"kind" IN ('wage', 'land_rent', 'dividend', 'other')`)
@Check('household_other_income_amount_check', `"amount_fen" > 0`)
@Index(['householdId', 'year'])
export class HouseholdOtherIncome {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  householdId: string;

  @Column('int')
  year: number;

  @Column('text')
  kind: OtherIncomeKind;

  @Column('bigint', { transformer: fenTransformer })
  amountFen: Fen;

  @Column('uuid', { nullable: true })
  supplierId: string | null;

  @Column('text', { default: '' })
  note: string;

  @Column('uuid')
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
