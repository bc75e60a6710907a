import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@yigou/shared/domain';

/** A role held by a user, limited to a unit, a supplier or a region where the role is scoped. */
@Entity('role_grant')
@Index('role_grant_unique', ['userId', 'role', 'unitId', 'supplierId', 'regionCode'], { unique: true })
@Check(
  'role_grant_role_check',
  `"role" IN ('buyer','unit_purchaser','unit_admin','supplier_staff','live_host','county_admin','finance_reviewer','platform_admin','platform_finance','auditor')`,
)
export class RoleGrantEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Index()
  @Column('uuid')
  userId: string;

  @Column('text') role: Role;

  @Column('uuid', { nullable: true }) unitId: string | null;
  @Column('uuid', { nullable: true }) supplierId: string | null;
  @Column('varchar', { length: 12, nullable: true }) regionCode: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
