import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { badInput, Connection, decodeCursor, encodeCursor, pageSize, RequestContext } from '@yigou/server/core';
import type { Role } from '@yigou/shared/domain';
import { hashPassword } from './password';
import { RoleGrantEntity } from './role-grant.entity';
import { User } from './user.entity';
import { WorkUnit } from './work-unit.entity';

export interface DemoAccountSpec {
  username: string;
  displayName: string;
  phone?: string;
  email?: string;
  unitId?: string | null;
  grants: { role: Role; unitId?: string | null; supplierId?: string | null; regionCode?: string | null }[];
}

export const DEMO_PASSWORD = 'yigou-demo';

@Injectable()
export class UserService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string): Promise<User | null> {
    return this.db.getRepository(User).findOneBy({ id });
  }

  grantsForUsers(userIds: readonly string[]): Promise<RoleGrantEntity[]> {
    return this.db.getRepository(RoleGrantEntity).find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC', role: 'ASC' } });
  }

  unitsByIds(ids: readonly string[]): Promise<WorkUnit[]> {
    return this.db.getRepository(WorkUnit).findBy({ id: In([...ids]) });
  }

  unitByDemoKey(key: string): Promise<WorkUnit | null> {
    return this.db.getRepository(WorkUnit).findOneBy({ demoKey: key });
  }

  async updateProfile(ctx: RequestContext, displayName: string): Promise<User> {
    const me = ctx.requireUser();
    const name = displayName.trim();
    if (!name) throw badInput('请填写姓名或昵称', 'displayName');
    await this.db.getRepository(User).update({ id: me.id }, { displayName: name });
    return this.db.getRepository(User).findOneByOrFail({ id: me.id });
  }

  /** Platform admins' user list: newest first, keyset-paginated on (created_at, id). */
  async list(search: string | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<Connection<User>> {
    const size = pageSize(first);
    const qb = this.db.getRepository(User).createQueryBuilder('u');
    const text = search?.trim();
    if (text) {
      const like = `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      qb.where('(u.display_name ILIKE :like OR u.username ILIKE :like OR u.phone LIKE :like OR u.email ILIKE :like)', { like });
    }
    const totalCount = await qb.getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      qb.andWhere('(u.created_at, u.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await qb.orderBy('u.created_at', 'DESC').addOrderBy('u.id', 'DESC').take(size + 1).getMany();
    const page = rows.slice(0, size);
    const edges = page.map((u) => ({ node: u, cursor: encodeCursor([u.createdAt.toISOString(), u.id]) }));
    return { edges, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** Creates the demo accounts that are missing (idempotent: existing usernames are left alone). */
  async ensureDemoAccounts(specs: DemoAccountSpec[]): Promise<number> {
    const existing = await this.db.getRepository(User).find({ where: { username: In(specs.map((s) => s.username)) } });
    const have = new Set(existing.map((u) => u.username));
    const missing = specs.filter((s) => !have.has(s.username));
    if (missing.length === 0) return 0;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await this.db.transaction(async (em) => {
      for (const spec of missing) {
        const user = await em.getRepository(User).save(
          em.getRepository(User).create({
            username: spec.username,
            displayName: spec.displayName,
            phone: spec.phone ?? null,
            email: spec.email ?? null,
            unitId: spec.unitId ?? null,
            passwordHash,
          }),
        );
        await em.getRepository(RoleGrantEntity).insert(
          spec.grants.map((g) => ({
            userId: user.id,
            role: g.role,
            unitId: g.unitId ?? null,
            supplierId: g.supplierId ?? null,
            regionCode: g.regionCode ?? null,
          })),
        );
      }
    });
    return missing.length;
  }
}
