import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A request to count an order for another work unit; an admin approves or rejects it, recorded. */
@Entity('order_binding_change')
@Check('order_binding_change_status_check', `"status" IN ('pending', 'approved', 'rejected')`)
@Index(['orderId'], { unique: true, where: `"status" = 'pending'` })
export class BindingChangeRequest {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') orderId: string;
  @Column('uuid', { nullable: true }) fromUnitId: string | null;
  @Column('uuid') toUnitId: string;
  @Column('text') reason: string;
  @Column('text', { default: 'pending' }) status: string;
  @Column('uuid') requestedBy: string;
  @Column('uuid', { nullable: true }) decidedBy: string | null;
  @Column('timestamptz', { nullable: true }) decidedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
