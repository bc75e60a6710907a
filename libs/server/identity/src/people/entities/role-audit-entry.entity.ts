import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ROLE_AUDIT_ACTIONS = ['grant', 'withdraw', 'suspend', 'restore'] as const;
export type RoleAuditAction = (typeof ROLE_AUDIT_ACTIONS)[number];

/**
 * One grant, withdrawal, suspension or restore: who did it (and as which role), to whom, which role with
 * which scope, when and why. Append-only; names and the scope in words are kept as they were at the time,
 * so the log still reads right after a person is renamed or a grant is gone.
 */
@Entity('role_audit_entry')
@Check('role_audit_entry_action_check', `"action" IN ('grant','withdraw','suspend','restore')`)
export class RoleAuditEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;

  @Column('uuid') actorId: string;
  @Column('text') actorName: string;
  /** The role the actor used: platform_admin, county_admin, unit_admin or supplier_staff. */
  @Column('text') actorRole: string;

  @Index()
  @Column('uuid')
  targetUserId: string;
  @Column('text') targetName: string;

  @Column('text') action: RoleAuditAction;

  @Column('text', { nullable: true }) role: string | null;
  @Column('uuid', { nullable: true }) unitId: string | null;
  @Column('uuid', { nullable: true }) supplierId: string | null;
  @Column('varchar', { length: 12, nullable: true }) regionCode: string | null;
  /** The scope in words (汾西县第一中学, 汾西县, 高寒农牧专业合作社) when the change was made. */
  @Column('text', { nullable: true }) scopeLabel: string | null;

  @Column('text') reason: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
