import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { writeWorkbook } from '@yigou/server/spreadsheet';
import { DataSource } from 'typeorm';
import { Connection, idConnection, idCursorAfter, type LogDays, type LogRange, logRange, pageSize } from '@yigou/server/core';
import { queryNamed } from '@yigou/server/database';
import { roleLabel } from '@yigou/shared/domain';
import type { RoleAuditEntryType } from '../dto/people.types';
import { shanghaiDateTime } from '@yigou/shared/time';
import { AUDIT_ENTRIES, type AuditRow, COUNT_AUDIT_ENTRIES } from '../sql/role-audit.sql';

export const AUDIT_ACTION_LABELS: Record<string, string> = { grant: '授予', withdraw: '撤销', suspend: '停用账号', restore: '恢复账号' };

function toEntry(r: AuditRow): RoleAuditEntryType {
  return {
    id: r.id,
    action: r.action,
    actorId: r.actor_id,
    actorName: r.actor_name,
    actorRole: r.actor_role as RoleAuditEntryType['actorRole'],
    targetUserId: r.target_user_id,
    targetName: r.target_name,
    role: r.role as RoleAuditEntryType['role'],
    unitId: r.unit_id,
    supplierId: r.supplier_id,
    regionCode: r.region_code,
    scopeLabel: r.scope_label,
    reason: r.reason,
    createdAt: r.created_at,
  };
}

/** The platform admin reads and exports the log of grants, withdrawals, suspensions and restores. */
@Injectable()
export class RoleAuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The most entries one export holds; a range with more is refused, never cut short (the tests lower it). */
  exportMaxRows = 50_000;

  /** Newest first: all of it, or of the Shanghai days `from`–`to` (both included), the total counting that range alone. */
  async page(
    userId: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    days: LogDays = {},
  ): Promise<Connection<RoleAuditEntryType>> {
    const size = pageSize(first);
    const before = idCursorAfter(after);
    const range = logRange(days);
    const [{ n }] = await queryNamed(this.db, COUNT_AUDIT_ENTRIES, { userId: userId ?? null, start: range.start, end: range.end });
    return idConnection(await this.rows(userId ?? null, size + 1, before, range), size, n, toEntry);
  }

  /**
   * The log (by or about one person when given) as XLSX, newest first: all of it, or of the Shanghai days `from`–`to`
   * (both included). A range with more entries than one export holds is refused with the cap, never cut short.
   */
  async export(userId: string | null | undefined, days: LogDays = {}): Promise<{ filename: string; contentBase64: string }> {
    const range = logRange(days);
    const rows = range.whole(await this.rows(userId ?? null, this.exportMaxRows + 1, null, range), this.exportMaxRows, '授权日志');
    const file = await writeWorkbook([
      {
        name: '角色授权日志',
        columns: [
          { header: '时间', key: 'at', width: 20 },
          { header: '操作', key: 'action', width: 10 },
          { header: '操作人', key: 'actor', width: 22 },
          { header: '操作人身份', key: 'actorRole', width: 14 },
          { header: '对象', key: 'target', width: 22 },
          { header: '角色', key: 'role', width: 14 },
          { header: '范围', key: 'scope', width: 24 },
          { header: '原因', key: 'reason', width: 40 },
        ],
        rows: rows.map((r) => ({
          at: shanghaiDateTime(r.created_at),
          action: AUDIT_ACTION_LABELS[r.action] ?? r.action,
          actor: r.actor_name,
          actorRole: roleLabel(r.actor_role),
          target: r.target_name,
          role: r.role ? roleLabel(r.role) : '',
          scope: r.scope_label ?? '',
          reason: r.reason,
        })),
      },
    ]);
    return { filename: `role-audit-log${range.fileSuffix}.xlsx`, contentBase64: file.toString('base64') };
  }

  private rows(userId: string | null, limit: number, before: string | null, range: LogRange): Promise<AuditRow[]> {
    return queryNamed(this.db, AUDIT_ENTRIES, { userId, before, limit, start: range.start, end: range.end });
  }
}
