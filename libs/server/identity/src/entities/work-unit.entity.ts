import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';

/** 预算单位 / 工作单位: a government body or public institution whose purchases count for its quota. */
@Entity('work_unit')
@Check('work_unit_headcount_check', '"headcount" >= 0')
@Check('work_unit_budget_check', '"canteen_budget_fen" >= 0')
export class WorkUnit {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('text') name: string;

  @Index()
  @Column('varchar', { length: 12 })
  regionCode: string;

  /** 主管单位 */
  @Index()
  @Column('uuid', { nullable: true })
  parentId: string | null;

  /** 在编人数 */
  @Column('int', { default: 0 }) headcount: number;

  @Column('boolean', { default: false }) hasCanteen: boolean;

  @Column('bigint', { default: 0, transformer: fenTransformer }) canteenBudgetFen: number;

  /** e.g. 'finance_bureau' for the jurisdiction's 财政局; 'general' otherwise */
  @Column('text', { default: 'general' }) kind: string;

  @Index({ unique: true, where: '"demo_key" IS NOT NULL' })
  @Column('varchar', { length: 64, nullable: true })
  demoKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
