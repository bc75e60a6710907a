import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const SUPPLIER_REVIEW_ACTIONS = [
  'applied',
  'recommended',
  'county_rejected',
  'approved',
  'platform_rejected',
  'suspended',
  'reinstated',
] as const;
export type SupplierReviewAction = (typeof SUPPLIER_REVIEW_ACTIONS)[number];

/** One step of a supplier's 入驻 history: who did what, when, and why. Append-only. */
@Entity('supplier_review_step')
@Index(['supplierId', 'id'])
@Check(
  'supplier_review_step_action_check',
  `"action" IN ('applied','recommended','county_rejected','approved','platform_rejected','suspended','reinstated')`,
)
export class SupplierReviewStep {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid') supplierId: string;

  @Column('text') action: SupplierReviewAction;

  @Column('text') fromStatus: string;

  @Column('text') toStatus: string;

  @Column('text', { nullable: true }) reason: string | null;

  @Column('uuid') actorId: string;

  @Column('text', { nullable: true }) actorName: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
