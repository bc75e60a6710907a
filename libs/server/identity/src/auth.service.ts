import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { APP_CONFIG, AppConfig, AuthenticatedUser, badInput, RequestContext } from '@yigou/server/core';
import { preparedStatement, runPrepared } from '@yigou/server/database';
import { classifyLogin, normalizeLogin } from '@yigou/shared/validation';
import { LoginInput, RegisterInput } from './dto/auth.input';
import { alreadyRegistered, invalidCredentials, invalidToken, tooManyAttempts } from './identity.errors';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password';
import { RoleGrantEntity } from './role-grant.entity';
import { AuthSession, LoginFailure } from './session.entity';
import { TokenService } from './token.service';
import { User } from './user.entity';

/** Read on every authenticated request (so a disabled account or a revoked role counts at once): prepared. */
const AUTHENTICATED_USER = preparedStatement(
  `SELECT u.id, u.display_name, u.unit_id, u.disabled, g.role, g.unit_id AS g_unit, g.supplier_id AS g_supplier, g.region_code AS g_region
     FROM app_user u LEFT JOIN role_grant g ON g.user_id = u.id
    WHERE u.id = $1`,
);

export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_LOGIN = 5;
export const MAX_FAILURES_PER_IP = 30;

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: User;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(ctx: RequestContext, input: RegisterInput): Promise<IssuedTokens> {
    const login = normalizeLogin(input.login);
    const kind = classifyLogin(login);
    if (kind !== 'phone' && kind !== 'email') {
      throw badInput('请输入正确的手机号（11位）或邮箱地址', 'login');
    }
    const displayName = input.displayName.trim();
    if (!displayName) throw badInput('请填写姓名或昵称', 'displayName');
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (em) => {
      const existing = await em.getRepository(User).exist({ where: kind === 'phone' ? { phone: login } : { email: login } });
      if (existing) throw alreadyRegistered(kind);
      let user: User;
      try {
        user = await em.getRepository(User).save(
          em.getRepository(User).create({
            displayName,
            phone: kind === 'phone' ? login : null,
            email: kind === 'email' ? login : null,
            passwordHash,
          }),
        );
      } catch (e) {
        // A concurrent registration with the same login lost the race on the unique index.
        if ((e as { code?: string }).code === '23505') throw alreadyRegistered(kind);
        throw e;
      }
      await em.getRepository(RoleGrantEntity).insert({ userId: user.id, role: 'buyer' });
      return this.issue(em, user, ctx.ip, ctx.now);
    });
  }

  async login(ctx: RequestContext, input: LoginInput): Promise<IssuedTokens> {
    const login = normalizeLogin(input.login);
    const kind = classifyLogin(login);
    if (!kind) throw badInput('请输入正确的账号：用户名、手机号或邮箱', 'login');
    await this.assertNotThrottled(login, ctx);
    const where = kind === 'phone' ? { phone: login } : kind === 'email' ? { email: login } : { username: login };
    const user = await this.db.getRepository(User).findOne({ where });
    const ok = user
      ? !user.disabled && (await verifyPassword(user.passwordHash, input.password))
      : (await verifyPassword(await dummyPasswordHash(), input.password)) && false;
    if (!user || !ok) {
      await this.db.getRepository(LoginFailure).insert({ login, ip: ctx.ip });
      throw invalidCredentials();
    }
    return this.db.transaction((em) => this.issue(em, user, ctx.ip, ctx.now));
  }

  /** Rotates the refresh token. Reusing a rotated token revokes every session of that user. */
  async refresh(ctx: RequestContext, refreshToken: string): Promise<IssuedTokens> {
    if (!refreshToken || refreshToken.length > 200) throw invalidToken();
    const hash = this.tokens.hashRefresh(refreshToken);
    const outcome = await this.db.transaction(async (em): Promise<IssuedTokens | { reusedBy: string } | null> => {
      const sessions = em.getRepository(AuthSession);
      const session = await sessions.findOne({ where: { tokenHash: hash }, lock: { mode: 'pessimistic_write' } });
      if (!session) return null;
      if (session.revokedAt) return session.replacedBy ? { reusedBy: session.userId } : null;
      if (session.expiresAt <= ctx.now) return null;
      const user = await em.getRepository(User).findOneBy({ id: session.userId });
      if (!user || user.disabled) return null;
      const issued = await this.issue(em, user, ctx.ip, ctx.now);
      const next = await sessions.findOneByOrFail({ tokenHash: this.tokens.hashRefresh(issued.refreshToken) });
      await sessions.update({ id: session.id }, { revokedAt: ctx.now, replacedBy: next.id });
      return issued;
    });
    if (outcome && 'reusedBy' in outcome) {
      // A rotated token came back: someone holds a copy. End every session of that user.
      await this.db.getRepository(AuthSession).update({ userId: outcome.reusedBy, revokedAt: IsNull() }, { revokedAt: ctx.now });
      throw invalidToken();
    }
    if (!outcome) throw invalidToken();
    return outcome;
  }

  async logout(ctx: RequestContext, refreshToken: string): Promise<boolean> {
    if (!refreshToken || refreshToken.length > 200) return false;
    const res = await this.db
      .getRepository(AuthSession)
      .update({ tokenHash: this.tokens.hashRefresh(refreshToken), revokedAt: IsNull() }, { revokedAt: ctx.now });
    return (res.affected ?? 0) > 0;
  }

  /** Builds the request context from a bearer token; an invalid token yields an anonymous context flagged as such. */
  async contextFromToken(token: string | null, ip: string, now?: Date): Promise<{ ctx: RequestContext; tokenInvalid: boolean }> {
    if (!token) return { ctx: new RequestContext(null, ip, now), tokenInvalid: false };
    const userId = this.tokens.verifyAccess(token);
    const user = userId ? await this.loadAuthenticatedUser(userId) : null;
    if (!user) return { ctx: new RequestContext(null, ip, now), tokenInvalid: true };
    return { ctx: new RequestContext(user, ip, now), tokenInvalid: false };
  }

  async loadAuthenticatedUser(userId: string): Promise<AuthenticatedUser | null> {
    const rows = await runPrepared<{ id: string; display_name: string; unit_id: string | null; disabled: boolean; role: string | null; g_unit: string | null; g_supplier: string | null; g_region: string | null }>(
      this.db,
      AUTHENTICATED_USER,
      [userId],
    );
    if (rows.length === 0 || rows[0].disabled) return null;
    return {
      id: rows[0].id,
      displayName: rows[0].display_name,
      unitId: rows[0].unit_id,
      grants: rows
        .filter((r) => r.role)
        .map((r) => ({
          role: r.role as AuthenticatedUser['grants'][number]['role'],
          unitId: r.g_unit,
          supplierId: r.g_supplier,
          regionCode: r.g_region,
        })),
    };
  }

  private async assertNotThrottled(login: string, ctx: RequestContext): Promise<void> {
    const since = new Date(ctx.now.getTime() - LOGIN_WINDOW_SECONDS * 1000);
    const repo = this.db.getRepository(LoginFailure);
    const [byLogin, byIp] = await Promise.all([
      repo.find({ where: { login, createdAt: MoreThan(since) }, order: { createdAt: 'ASC' }, take: MAX_FAILURES_PER_LOGIN }),
      repo.count({ where: { ip: ctx.ip, createdAt: MoreThan(since) } }),
    ]);
    if (byLogin.length >= MAX_FAILURES_PER_LOGIN) {
      const oldest = byLogin[0].createdAt.getTime();
      throw tooManyAttempts(Math.max(1, Math.ceil((oldest + LOGIN_WINDOW_SECONDS * 1000 - ctx.now.getTime()) / 1000)));
    }
    if (byIp >= MAX_FAILURES_PER_IP) throw tooManyAttempts(LOGIN_WINDOW_SECONDS);
  }

  private async issue(em: EntityManager, user: User, ip: string, now: Date): Promise<IssuedTokens> {
    const access = this.tokens.signAccess(user.id, now);
    const refresh = this.tokens.newRefreshToken();
    await em.getRepository(AuthSession).insert({
      userId: user.id,
      tokenHash: refresh.hash,
      expiresAt: new Date(now.getTime() + this.config.refreshTokenTtlSeconds * 1000),
      ip,
    });
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: refresh.token, user };
  }
}
