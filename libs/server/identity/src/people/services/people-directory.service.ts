import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  badInput,
  Connection,
  forbidden,
  type KeysetColumns,
  keysetConnection,
  notFound,
  pageSize,
  RequestContext,
} from '@yigou/server/core';
import { namedValues, queryNamed } from '@yigou/server/database';
import { type Role } from '@yigou/shared/domain';
import { maskPhone } from '@yigou/shared/validation';
import type { PersonRoleType, PersonType, RoleScope } from '../dto/people.types';
import { COUNT_PEOPLE, GRANTS_OF_USERS, PERSON_BY_ID, peoplePageSql, type PersonRow, SCOPE_HOLDERS } from '../sql/people-directory.sql';
import { ScopeLabels } from './scope-labels';

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
    const filter = { like, phone, unitId: args.unitId ?? null, role: args.role ?? null };
    const [{ n }] = await queryNamed(this.db, COUNT_PEOPLE, filter);
    const { page, keysetParams } = peoplePageSql(args.after, size + 1);
    const rows: (PersonRow & KeysetColumns)[] = await this.db.query(page.text, [...namedValues(page, filter), ...keysetParams]);
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
    const rows = await queryNamed(this.db, SCOPE_HOLDERS, {
      unitId: scope.unitId ?? null,
      supplierId: scope.supplierId ?? null,
      regionCode: scope.regionCode ?? null,
    });
    const only: RoleScope = { unitId: scope.unitId ?? null, supplierId: scope.supplierId ?? null, regionCode: scope.regionCode ?? null };
    return rows.map((r) => toPerson(r, only));
  }

  async byId(id: string): Promise<PersonType> {
    const rows = await queryNamed(this.db, PERSON_BY_ID, { id });
    if (!rows[0]) throw notFound('找不到该用户');
    return toPerson(rows[0]);
  }

  /** Every grant of these people with its scope in words (one query, then one per scope kind). */
  async rolesOf(userIds: readonly string[]): Promise<(PersonRoleType & { userId: string })[]> {
    const grants = await queryNamed(this.db, GRANTS_OF_USERS, { userIds: [...userIds] });
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
