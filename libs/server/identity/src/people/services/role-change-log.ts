import type { EntityManager } from 'typeorm';
import type { Role } from '@yigou/shared/domain';
import { RoleAuditAction, RoleAuditEntry } from '../entities/role-audit-entry.entity';

export interface RoleChange {
  actor: { id: string; displayName: string };
  /** The role the actor acted as (an appointing role; the applicant themselves when a supplier application grants it). */
  actorRole: Role;
  target: { id: string; displayName: string };
  action: RoleAuditAction;
  reason: string;
  what: { role: Role; unitId?: string | null; supplierId?: string | null; regionCode?: string | null; scopeLabel: string | null } | null;
}

/**
 * The one way a role change reaches the audit log, in the caller's transaction: the people desk's grants,
 * withdrawals, suspensions and restores, and the roles other flows give (a supplier application's staff role).
 */
export function recordRoleChange(em: EntityManager, c: RoleChange): Promise<unknown> {
  return em.getRepository(RoleAuditEntry).insert({
    actorId: c.actor.id,
    actorName: c.actor.displayName,
    actorRole: c.actorRole,
    targetUserId: c.target.id,
    targetName: c.target.displayName,
    action: c.action,
    role: c.what?.role ?? null,
    unitId: c.what?.unitId ?? null,
    supplierId: c.what?.supplierId ?? null,
    regionCode: c.what?.regionCode ?? null,
    scopeLabel: c.what?.scopeLabel ?? null,
    reason: c.reason,
  });
}
