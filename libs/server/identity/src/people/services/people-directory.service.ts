import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  badInput,
  Connection,
  forbidden,
  type KeysetColumns,
  keysetConnection,
  keysetSort,
  notFound,
  pageSize,
  RequestContext,
  sqlKeyset,
} from '@yigou/server/core';
import { type Role } from '@yigou/shared/domain';
import { maskPhone } from '@yigou/shared/validation';
import type { PersonRoleType, PersonType, RoleScope } from '../dto/people.types';
import { ScopeLabels } from './scope-labels';

interface PersonRow {
  id: string;
  display_name: string;
  username: string | null;
  phone: string | null;
  unit_id: string | null;
  unit_name: string | null;
  disabled: boolean;
  created_at: Date;
}

const PERSON_COLUMNS = `u.id, u.display_name, u.username, u.phone, u.unit_id, w.name AS unit_name, u.disabled, u.created_at`;
const HOLDERS_LIMIT = 500;
/** The people list's order; its cursor keeps created_at's microseconds (before, it was cut to milliseconds). */
const NEWEST_FIRST = keysetSort('u', 'created_at', 'timestamptz');

function toPerson(r: PersonRow, scope: RoleScope | null = null): PersonType {
  return {
    id: r.id,
    displayName: r.display_name,
    username: r.username,
    maskedPhone: r.phone ? maskPhone(r.phone) : null,
    unitId: r.unit_id,
    unitName: r.unit_name,
    suspended: r.disabled,
    createdAt: r.created_at,
    scope,
  };
}

/** "138****0004", "0004", "13800000004" → a LIKE pattern on phone (each * one digit); null when the text is not phone-like. */
export function phonePattern(text: string): string | null {
  const compact = text.replace(/[\s-]/g, '');
  if (!/^[\d*]{3,11}$/.test(compact) || !/\d/.test(compact)) return null;
  return `%${compact.replace(/\*/g, '_')}%`;
}

/** Who holds which roles: the platform admin's people search, a delegate's people of their scope. */
@Injectable()
export class PeopleDirectoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scopes: ScopeLabels,
  ) {}

  /** Newest first, keyset-paginated on (created_at, id); by name, username, unit name or phone digits; optionally by unit and role. */
  async search(args: {
    search?: string | null;
    unitId?: string | null;
    role?: Role | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Connection<PersonType>> {
    const size = pageSize(args.first);
    const text = args.search?.trim() || null;
    const like = text ? `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%` : null;
    const phone = text ? phonePattern(text) : null;
    const where = `($1::text IS NULL OR u.display_name ILIKE $1 OR u.username ILIKE $1 OR w.name ILIKE $1 OR ($2::text IS NOT NULL AND u.phone LIKE $2))
        AND ($3::uuid IS NULL OR u.unit_id = $3::uuid OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.unit_id = $3::uuid))
        AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role = $4::text))`;
    const params = [like, phone, args.unitId ?? null, args.role ?? null];
    const [{ n }]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM app_user u LEFT JOIN work_unit w ON w.id = u.unit_id WHERE ${where}`,
      params,
    );
    const keyset = sqlKeyset(NEWEST_FIRST, args.after, params.length + 1);
    const rows: (PersonRow & KeysetColumns)[] = await this.db.query(
      `SELECT ${PERSON_COLUMNS}, ${keyset.select} FROM app_user u LEFT JOIN work_unit w ON w.id = u.unit_id
        WHERE ${where} AND ${keyset.where}
        ORDER BY ${keyset.orderBy} LIMIT ${size + 1}`,
      [...params, ...keyset.params],
    );
    return keysetConnection(
      rows.map((r) => toPerson(r)),
      rows,
      size,
      n,
    );
  }

  /**
   * The people of one scope, for its appointers: a unit's members and holders of its roles (unit admins),
   * a supplier's staff (its staff), the holders of a county's roles (its county admins). Only roles in
   * that scope are shown.
   */
  async holders(ctx: RequestContext, scope: RoleScope): Promise<PersonType[]> {
    const given = [scope.unitId, scope.supplierId, scope.regionCode].filter(Boolean).length;
    if (given !== 1) throw badInput('请只选择一个单位、供应商或县', 'scope');
    const mayRead =
      ctx.hasRole('platform_admin') ||
      (scope.unitId && ctx.grantsFor('unit_admin').some((g) => g.unitId === scope.unitId)) ||
      (scope.supplierId && ctx.grantsFor('supplier_staff').some((g) => g.supplierId === scope.supplierId)) ||
      (scope.regionCode && ctx.canActInRegion('county_admin', scope.regionCode));
    if (!mayRead) throw forbidden('您只能查看自己管理范围内的人员');
    const rows: PersonRow[] = await this.db.query(
      `SELECT ${PERSON_COLUMNS} FROM app_user u LEFT JOIN work_unit w ON w.id = u.unit_id
        WHERE ($1::uuid IS NOT NULL AND (u.unit_id = $1::uuid OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.unit_id = $1::uuid)))
           OR ($2::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.supplier_id = $2::uuid))
           OR ($3::varchar IS NOT NULL AND EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.region_code = $3::varchar))
        ORDER BY u.display_name, u.id LIMIT ${HOLDERS_LIMIT}`,
      [scope.unitId ?? null, scope.supplierId ?? null, scope.regionCode ?? null],
    );
    const only: RoleScope = { unitId: scope.unitId ?? null, supplierId: scope.supplierId ?? null, regionCode: scope.regionCode ?? null };
    return rows.map((r) => toPerson(r, only));
  }

  async byId(id: string): Promise<PersonType> {
    const rows: PersonRow[] = await this.db.query(
      `SELECT ${PERSON_COLUMNS} FROM app_user u LEFT JOIN work_unit w ON w.id = u.unit_id WHERE u.id = $1`,
      [id],
    );
    if (!rows[0]) throw notFound('找不到该用户');
    return toPerson(rows[0]);
  }

  /** Every grant of these people with its scope in words (one query, then one per scope kind). */
  async rolesOf(userIds: readonly string[]): Promise<(PersonRoleType & { userId: string })[]> {
    const grants: {
      id: string;
      user_id: string;
      role: Role;
      unit_id: string | null;
      supplier_id: string | null;
      region_code: string | null;
      created_at: Date;
    }[] = await this.db.query(
      `SELECT id, user_id, role, unit_id, supplier_id, region_code, created_at FROM role_grant WHERE user_id = ANY($1::uuid[]) ORDER BY created_at, role`,
      [[...userIds]],
    );
    const scopes = grants.map((g) => ({ unitId: g.unit_id, supplierId: g.supplier_id, regionCode: g.region_code }));
    const label = await this.scopes.labels(scopes);
    return grants.map((g, i) => ({
      id: g.id,
      userId: g.user_id,
      role: g.role,
      unitId: g.unit_id,
      supplierId: g.supplier_id,
      regionCode: g.region_code,
      scopeLabel: label(scopes[i]),
      grantedAt: g.created_at,
    }));
  }
}
