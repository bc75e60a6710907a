import type { IncomingHttpHeaders } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig, AuthenticatedUser, badInput, bearerOf, RequestContext } from '@yigou/server/core';
import { namedValues, preparedStatement, queryNamed, runPrepared } from '@yigou/server/database';
import { classifyLogin, normalizeLogin } from '@yigou/shared/validation';
import { LoginInput, RegisterInput } from '../dto/auth.input';
import { requireDisplayName } from '../dto/display-name.field';
import {
  accountAtAddressKey,
  accountKey,
  addressKey,
  AttemptThrottle,
  REFRESH_ADDRESS,
  KNOWN_ADDRESS_DAYS,
  REGISTER_ADDRESS,
  SIGN_IN_ACCOUNT,
  SIGN_IN_ADDRESS,
  unknownLoginKey,
} from './attempt-throttle';
import {
  alreadyRegistered,
  invalidCredentials,
  invalidToken,
  phoneNeedsCode,
  signInSuspended,
  tooManyAttempts,
  tooManyRefreshes,
  tooManyRegistrations,
  weakPassword,
} from '../errors';
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './password';
import { RoleGrantEntity } from '../entities/role-grant.entity';
import { AuthSession } from '../entities/session.entity';
import { TokenService } from './token.service';
import { recordConsent, requireConsent } from '../verification/services/legal-consent';
import { User } from '../entities/user.entity';
import { AuthenticatedUserCache } from '../user-cache/services/authenticated-user-cache';
import { AUTHENTICATED_USER, type AuthenticatedUserRow, SIGNED_IN_FROM } from '../sql/auth.sql';

/** What the per-request read gives: the request's user (grants included) and the account row `me` answers with. */
export interface AuthenticatedRead {
  user: AuthenticatedUser;
  account: User;
}

/** The per-request read (AUTHENTICATED_USER), prepared: it runs on every authenticated request. */
const AUTHENTICATED_USER_PREPARED = preparedStatement(AUTHENTICATED_USER.text);

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
    private readonly throttle: AttemptThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: AuthenticatedUserCache<AuthenticatedRead>,
  ) {}

  /**
   * Registers with an email. A phone number is refused here: a phone becomes an account's only when an SMS code
   * sent to it proves it (registerBySms, changePhone), so no one can take another person's number.
   */
  async register(ctx: RequestContext, input: RegisterInput): Promise<IssuedTokens> {
    const login = normalizeLogin(input.login);
    const kind = classifyLogin(login);
    if (kind === 'phone') throw phoneNeedsCode();
    if (kind !== 'email') throw badInput('请输入正确的邮箱地址', 'login');
    requireConsent(input);
    const displayName = requireDisplayName(input.displayName);
    const problem = passwordProblem(input.password, login);
    if (problem) throw weakPassword(problem);
    // Counted before the existence check (which tells whether a phone is registered) and the password hash.
    await this.throttle.claim(addressKey('register', ctx.ip), REGISTER_ADDRESS, ctx.now, tooManyRegistrations);
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (em) => {
      const existing = await em.getRepository(User).exist({ where: { email: login } });
      if (existing) throw alreadyRegistered('email');
      let user: User;
      try {
        user = await em.getRepository(User).save(em.getRepository(User).create({ displayName, phone: null, email: login, passwordHash }));
      } catch (e) {
        // A concurrent registration with the same email lost the race on the unique index.
        if ((e as { code?: string }).code === '23505') throw alreadyRegistered('email');
        throw e;
      }
      await em.getRepository(RoleGrantEntity).insert({ userId: user.id, role: 'buyer' });
      await recordConsent(em, ctx, user.id);
      return this.issue(em, user, ctx.ip, ctx.now);
    });
  }

  /**
   * Every identifier of an account counts against the account; the attempt is counted before the password
   * is checked, so parallel guesses take turns on the counter and at most SIGN_IN_ACCOUNT.free are tried.
   * From an address the account signed in from lately, attempts have a count of their own, so guesses from
   * elsewhere cannot keep its owner out.
   */
  async login(ctx: RequestContext, input: LoginInput): Promise<IssuedTokens> {
    const login = normalizeLogin(input.login);
    const kind = classifyLogin(login);
    if (!kind) throw badInput('请输入正确的账号：用户名、手机号或邮箱', 'login');
    const where = kind === 'phone' ? { phone: login } : kind === 'email' ? { email: login } : { username: login };
    const user = await this.db.getRepository(User).findOne({ where });
    const counted = !user
      ? unknownLoginKey(login)
      : (await this.signedInFrom(user.id, ctx.ip, ctx.now))
        ? accountAtAddressKey(user.id, ctx.ip)
        : accountKey(user.id);
    const address = addressKey('sign-in', ctx.ip);
    await this.throttle.claim(counted, SIGN_IN_ACCOUNT, ctx.now, tooManyAttempts, { key: address, policy: SIGN_IN_ADDRESS });
    const ok = user
      ? await verifyPassword(user.passwordHash, input.password)
      : (await verifyPassword(await dummyPasswordHash(), input.password)) && false;
    if (!user || !ok) {
      await this.throttle.recordFailure(address, SIGN_IN_ADDRESS, ctx.now);
      throw invalidCredentials();
    }
    await this.throttle.clear(counted);
    // Only after the password proved right: a suspended account is named as such, never before.
    if (user.disabled) throw signInSuspended();
    return this.db.transaction((em) => this.issue(em, user, ctx.ip, ctx.now));
  }

  private async signedInFrom(userId: string, ip: string, now: Date): Promise<boolean> {
    const since = new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000);
    const rows = await queryNamed(this.db, SIGNED_IN_FROM, { userId, ip, since });
    return rows.length > 0;
  }

  /** Rotates the refresh token. Reusing a rotated token revokes every session of that user. */
  async refresh(ctx: RequestContext, refreshToken: string): Promise<IssuedTokens> {
    const address = addressKey('refresh', ctx.ip);
    await this.throttle.assertNotWaiting(address, ctx.now, tooManyRefreshes);
    const outcome = await this.rotate(ctx, refreshToken);
    if (!outcome || 'reusedBy' in outcome) {
      await this.throttle.recordFailure(address, REFRESH_ADDRESS, ctx.now);
      throw invalidToken();
    }
    return outcome;
  }

  private async rotate(ctx: RequestContext, refreshToken: string): Promise<IssuedTokens | { reusedBy: string } | null> {
    if (!refreshToken || refreshToken.length > 200) return null;
    const hash = this.tokens.hashRefresh(refreshToken);
    const outcome = await this.db.transaction(async (em): Promise<IssuedTokens | { reusedBy: string } | null> => {
      const sessions = em.getRepository(AuthSession);
      const session = await sessions.findOne({ where: { tokenHash: hash }, lock: { mode: 'pessimistic_write' } });
      if (!session) return null;
      if (session.revokedAt) return session.replacedBy ? { reusedBy: session.userId } : null;
      if (session.expiresAt <= ctx.now) return null;
      const user = await em.getRepository(User).findOneBy({ id: session.userId });
      if (!user || user.disabled) return null;
      const next = { id: randomUUID(), familyId: session.familyId };
      const issued = await this.issue(em, user, ctx.ip, ctx.now, next);
      await sessions.update({ id: session.id }, { revokedAt: ctx.now, replacedBy: next.id });
      return issued;
    });
    if (outcome && 'reusedBy' in outcome) {
      // A rotated token came back: someone holds a copy. End every session of that user (their access tokens too).
      await this.db.getRepository(AuthSession).update({ userId: outcome.reusedBy, revokedAt: IsNull() }, { revokedAt: ctx.now });
      await this.cache.settled();
    }
    return outcome;
  }

  /** Ends the session of this refresh token: its refresh tokens and, from the next request on, its access tokens. */
  async logout(ctx: RequestContext, refreshToken: string): Promise<boolean> {
    if (!refreshToken || refreshToken.length > 200) return false;
    const sessions = this.db.getRepository(AuthSession);
    const row = await sessions.findOne({ where: { tokenHash: this.tokens.hashRefresh(refreshToken) }, select: { familyId: true } });
    if (!row) return false;
    const res = await sessions.update({ familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: ctx.now });
    // Signed out means signed out on every process: answer once none can still serve the session from its cache.
    if ((res.affected ?? 0) > 0) await this.cache.settled();
    return (res.affected ?? 0) > 0;
  }

  /**
   * Builds the request context from a bearer token; an invalid token yields an anonymous context flagged as such.
   * `account` is the signed-in user's row as that same statement read it (what `me` answers with, without reading it
   * again): valid for this request only.
   */
  async contextFromToken(
    token: string | null,
    ip: string,
    now?: Date,
  ): Promise<{ ctx: RequestContext; tokenInvalid: boolean; account?: User }> {
    if (!token) return { ctx: new RequestContext(null, ip, now), tokenInvalid: false };
    const claims = this.tokens.verifyAccess(token);
    const found = claims ? await this.readAuthenticated(claims.userId, claims.sessionId) : null;
    if (!found) return { ctx: new RequestContext(null, ip, now), tokenInvalid: true };
    return { ctx: new RequestContext(found.user, ip, now), tokenInvalid: false, account: found.account };
  }

  /**
   * The context of a REST request (uploads and downloads, which do not pass through the GraphQL context): the user of
   * its bearer token — none without one, or with one no longer valid — and the client's address ('unknown' if none).
   */
  restContext(req: { headers: IncomingHttpHeaders; ip?: string }): Promise<RequestContext> {
    // Asked once per request: an upload is checked by the UploadGate before its body is read and again by its handler.
    let ctx = this.restContexts.get(req);
    if (!ctx) {
      ctx = this.contextFromToken(bearerOf(req), req.ip ?? 'unknown').then((r) => r.ctx);
      this.restContexts.set(req, ctx);
    }
    return ctx;
  }

  /** Each REST request's context while the request lives (a WeakMap: it goes with the request). */
  private readonly restContexts = new WeakMap<object, Promise<RequestContext>>();

  /** The user, when the account is enabled and the session `sessionId` is still open. */
  async loadAuthenticatedUser(userId: string, sessionId: string): Promise<AuthenticatedUser | null> {
    return (await this.readAuthenticated(userId, sessionId))?.user ?? null;
  }

  /**
   * From this process's cache when it holds the user with this session family open (AuthenticatedUserCache: evicted
   * on every change, and changes answer only once every process evicted), else from the database.
   */
  private async readAuthenticated(userId: string, sessionId: string): Promise<AuthenticatedRead | null> {
    const cached = this.cache.lookup(userId, sessionId);
    // A copy of the row: `me` hands it to GraphQL, which must not share one object between requests.
    if (cached) return { user: cached.user, account: Object.assign(new User(), cached.account) };
    const ticket = this.cache.ticket();
    const read = await this.readFromDatabase(userId, sessionId);
    if (read) this.cache.remember(ticket, userId, sessionId, read);
    return read;
  }

  private async readFromDatabase(userId: string, sessionId: string): Promise<AuthenticatedRead | null> {
    const rows = await runPrepared<AuthenticatedUserRow>(
      this.db,
      AUTHENTICATED_USER_PREPARED,
      namedValues(AUTHENTICATED_USER, { userId, familyId: sessionId }),
    );
    if (rows.length === 0 || rows[0].disabled) return null;
    const r = rows[0];
    // The entity's columns but its password hash (never read here, and never a GraphQL field).
    const account = Object.assign(new User(), {
      id: r.id,
      displayName: r.display_name,
      username: r.username,
      phone: r.phone,
      email: r.email,
      unitId: r.unit_id,
      disabled: r.disabled,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    });
    const user: AuthenticatedUser = {
      id: r.id,
      displayName: r.display_name,
      unitId: r.unit_id,
      // Frozen: the same grants serve every request of this user while they are cached.
      grants: Object.freeze(
        rows
          .filter((r) => r.role)
          .map((r) =>
            Object.freeze({
              role: r.role as AuthenticatedUser['grants'][number]['role'],
              unitId: r.g_unit,
              supplierId: r.g_supplier,
              regionCode: r.g_region,
            }),
          ),
      ) as AuthenticatedUser['grants'],
    };
    Object.freeze(user);
    return { user, account };
  }

  /** Writes a refresh token row: a new session (its own family), or the next row of a rotated one. */
  /** Also used by the SMS sign-in paths (verification/sms-auth.service.ts). */
  async issue(em: EntityManager, user: User, ip: string, now: Date, row?: { id: string; familyId: string }): Promise<IssuedTokens> {
    const id = row?.id ?? randomUUID();
    const familyId = row?.familyId ?? id;
    const access = this.tokens.signAccess(user.id, familyId, now);
    const refresh = this.tokens.newRefreshToken();
    await em.getRepository(AuthSession).insert({
      id,
      userId: user.id,
      familyId,
      tokenHash: refresh.hash,
      expiresAt: new Date(now.getTime() + this.config.refreshTokenTtlSeconds * 1000),
      ip,
    });
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: refresh.token, user };
  }
}
