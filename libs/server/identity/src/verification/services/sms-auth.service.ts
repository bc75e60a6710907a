import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { RequestContext } from '@yigou/server/core';
import { requireDisplayName } from '../../dto/display-name.field';
import { accountKey, addressKey, AttemptThrottle, REGISTER_ADDRESS, SIGN_IN_ACCOUNT } from '../../services/attempt-throttle';
import { AuthService, IssuedTokens } from '../../services/auth.service';
import { alreadyRegistered, signInSuspended, tooManyAttempts, tooManyRegistrations, weakPassword } from '../../errors';
import { hashPassword, passwordProblem, verifyPassword } from '../../services/password';
import { RoleGrantEntity } from '../../entities/role-grant.entity';
import { AuthSession } from '../../entities/session.entity';
import { User } from '../../entities/user.entity';
import { AuthenticatedUserCache } from '../../user-cache/services/authenticated-user-cache';
import type { SmsPurpose } from '../../sms/sms-sender';
import {
  ChangePasswordInput,
  ChangePhoneInput,
  RegisterBySmsInput,
  RequestSmsCodeInput,
  ResetPasswordBySmsInput,
  SmsLoginInput,
} from '../dto/sms-auth.input';
import { recordConsent, requireConsent } from './legal-consent';
import { phoneNotRegistered, samePhone, wrongCurrentPassword } from '../errors';
import { CodeSent, requirePhone, VerificationService } from './verification.service';

/**
 * The account paths that an SMS code proves: register with a proven phone, sign in by code, reset a forgotten
 * password, change the phone; and changing the password with the current one. Every path runs in one
 * transaction with the code's consumption, so a refusal writes nothing and leaves the code good.
 */
@Injectable()
export class SmsAuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly codes: VerificationService,
    private readonly auth: AuthService,
    private readonly throttle: AttemptThrottle,
    private readonly cache: AuthenticatedUserCache,
  ) {}

  async requestCode(ctx: RequestContext, input: RequestSmsCodeInput): Promise<CodeSent> {
    const phone = requirePhone(input.phone);
    const purpose = input.purpose as SmsPurpose;
    const holder = await this.db.getRepository(User).findOne({ where: { phone }, select: { id: true } });
    if (purpose === 'register' && holder) throw alreadyRegistered('phone');
    if (purpose === 'change_phone') {
      ctx.requireUser();
      if (holder?.id === ctx.user?.id) throw samePhone();
      if (holder) throw alreadyRegistered('phone');
    }
    if ((purpose === 'login' || purpose === 'reset_password') && !holder) throw phoneNotRegistered();
    return this.codes.send(ctx, phone, purpose, { id: input.captchaId, answer: input.captchaAnswer });
  }

  async register(ctx: RequestContext, input: RegisterBySmsInput): Promise<IssuedTokens> {
    const phone = requirePhone(input.phone);
    requireConsent(input);
    const displayName = requireDisplayName(input.displayName);
    const problem = passwordProblem(input.password, phone);
    if (problem) throw weakPassword(problem);
    await this.throttle.claim(addressKey('register', ctx.ip), REGISTER_ADDRESS, ctx.now, tooManyRegistrations);
    const passwordHash = await hashPassword(input.password);
    return this.inTransaction(async (em) => {
      await this.codes.consume(em, ctx, phone, 'register', input.code);
      if (await em.getRepository(User).exist({ where: { phone } })) throw alreadyRegistered('phone');
      const user = await em.getRepository(User).save(em.getRepository(User).create({ displayName, phone, email: null, passwordHash }));
      await em.getRepository(RoleGrantEntity).insert({ userId: user.id, role: 'buyer' });
      await recordConsent(em, ctx, user.id);
      return this.auth.issue(em, user, ctx.ip, ctx.now);
    });
  }

  async login(ctx: RequestContext, input: SmsLoginInput): Promise<IssuedTokens> {
    const phone = requirePhone(input.phone);
    return this.db.transaction(async (em) => {
      await this.codes.consume(em, ctx, phone, 'login', input.code);
      const user = await em.getRepository(User).findOne({ where: { phone } });
      if (!user) throw phoneNotRegistered();
      if (user.disabled) throw signInSuspended();
      return this.auth.issue(em, user, ctx.ip, ctx.now);
    });
  }

  /** Sets a new password and ends every session of the account (the person signs in again with it). */
  async resetPassword(ctx: RequestContext, input: ResetPasswordBySmsInput): Promise<boolean> {
    const phone = requirePhone(input.phone);
    const problem = passwordProblem(input.newPassword, phone);
    if (problem) throw weakPassword(problem);
    const passwordHash = await hashPassword(input.newPassword);
    await this.cache.transaction(this.db, async (em) => {
      await this.codes.consume(em, ctx, phone, 'reset_password', input.code);
      const user = await em.getRepository(User).findOne({ where: { phone } });
      if (!user) throw phoneNotRegistered();
      await em.getRepository(User).update({ id: user.id }, { passwordHash });
      await this.endSessions(em, user.id, ctx.now);
    });
    // Failed sign-ins of the account are forgiven: its owner proved the phone.
    const user = await this.db.getRepository(User).findOne({ where: { phone }, select: { id: true } });
    if (user) await this.throttle.clear(accountKey(user.id));
    return true;
  }

  /** Needs the current password; ends every other session and answers with a fresh one for this device. */
  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<IssuedTokens> {
    const me = ctx.requireUser();
    const user = await this.db.getRepository(User).findOneByOrFail({ id: me.id });
    await this.throttle.claim(accountKey(user.id), SIGN_IN_ACCOUNT, ctx.now, tooManyAttempts);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw wrongCurrentPassword();
    if (input.newPassword === input.currentPassword) throw weakPassword('新密码不能与当前密码相同');
    const problem = passwordProblem(input.newPassword, user.phone ?? user.email ?? user.username);
    if (problem) throw weakPassword(problem);
    await this.throttle.clear(accountKey(user.id));
    const passwordHash = await hashPassword(input.newPassword);
    return this.cache.transaction(this.db, async (em) => {
      await em.getRepository(User).update({ id: user.id }, { passwordHash });
      await this.endSessions(em, user.id, ctx.now);
      return this.auth.issue(em, { ...user, passwordHash }, ctx.ip, ctx.now);
    });
  }

  /** Moves the account to a new phone proven by a code sent to it. */
  async changePhone(ctx: RequestContext, input: ChangePhoneInput): Promise<User> {
    const me = ctx.requireUser();
    const phone = requirePhone(input.phone);
    const changed = await this.inTransaction(async (em) => {
      await this.codes.consume(em, ctx, phone, 'change_phone', input.code);
      const holder = await em.getRepository(User).findOne({ where: { phone }, select: { id: true } });
      if (holder?.id === me.id) throw samePhone();
      if (holder) throw alreadyRegistered('phone');
      await em.getRepository(User).update({ id: me.id }, { phone });
      return em.getRepository(User).findOneByOrFail({ id: me.id });
    });
    await this.cache.settled();
    return changed;
  }

  private async endSessions(em: EntityManager, userId: string, now: Date): Promise<void> {
    await em.getRepository(AuthSession).update({ userId, revokedAt: IsNull() }, { revokedAt: now });
  }

  /** A phone taken by a concurrent registration loses on the unique index: the same answer as the check. */
  private async inTransaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(fn);
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw alreadyRegistered('phone');
      throw e;
    }
  }
}
