import { Check, Column, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** Per jurisdiction and year: the filing window and when an order counts as completed. */
@Entity('quota_year_setting')
@Unique('quota_year_setting_region_year_key', ['regionCode', 'year'])
@Check('quota_year_setting_window_check', `"filing_closes_at" > "filing_opens_at"`)
export class QuotaYearSetting {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('varchar', { length: 12 }) regionCode: string;
  @Column('int') year: number;
  @Column('timestamptz') filingOpensAt: Date;
  @Column('timestamptz') filingClosesAt: Date;
  /** true: "completed" needs the buyer's rating (order.completed); false: receipt is enough (order.received). */
  @Column('boolean', { default: false }) completionRequiresRating: boolean;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
