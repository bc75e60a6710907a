import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

/** 脱贫户, 未脱贫户 and the monitored 三类户 (不稳定户, 边缘易致贫户, 突发严重困难户). */
export const HOUSEHOLD_CATEGORIES = ['lifted', 'not_lifted', 'unstable', 'marginal', 'sudden_hardship'] as const;
export type HouseholdCategory = (typeof HOUSEHOLD_CATEGORIES)[number];

/** 建档立卡户: a registered household. The head's ID number is stored encrypted (IdNumberCipher). */
@Entity('household')
@Check('household_members_check', `"members" > 0`)
@Check('household_income_check', `"income_per_capita_fen" >= 0`)
@Check('household_category_check', `"category" IN ('lifted', 'not_lifted', 'unstable', 'marginal', 'sudden_hardship')`)
export class Household {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('varchar', { length: 12 })
  countyCode: string;

  @Index()
  @Column('varchar', { length: 12 })
  villageCode: string;

  /** 户编号 */
  @Index('household_household_no_key', { unique: true })
  @Column('varchar', { length: 32 })
  householdNo: string;

  @Column('text')
  headName: string;

  /** `v1:iv:tag:ciphertext` from IdNumberCipher; never the ID in the clear. */
  @Column('text')
  headIdNumberEnc: string;

  @Column('int')
  members: number;

  @Index()
  @Column('text')
  category: HouseholdCategory;

  /** 人均纯收入 per year */
  @Column('bigint', { transformer: fenTransformer })
  incomePerCapitaFen: Fen;

  /** 帮扶责任人: the cadres paired to help this household. */
  @Column('text', { array: true, default: () => "'{}'" })
  helpers: string[];

  /** Bumped by every edit; household_revision keeps each earlier state. */
  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
