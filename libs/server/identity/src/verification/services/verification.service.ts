import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import svgCaptcha from 'svg-captcha';
import { APP_CONFIG, AppConfig, badInput, RequestContext } from '@yigou/server/core';
import { executeNamed, queryNamed } from '@yigou/server/database';
import { isUuid, PHONE_PATTERN } from '@yigou/shared/validation';
import { SMS_SENDER, SmsPurpose, SmsSender } from '../../sms/sms-sender';
import { StandInSmsSender } from '../../sms/stand-in-sms.sender';
import { SmsCaptcha } from '../entities/sms-captcha.entity';
import { SmsCode } from '../entities/sms-code.entity';
import {
  addressHourUsedUp,
  captchaRequired,
  captchaWrong,
  codeExpired,
  codeMissing,
  codeTriedTooOften,
  codeUsed,
  codeWrong,
  phoneDayUsedUp,
  sendTooSoon,
  smsSendFailed,
  smsUnavailable,
} from '../errors';
import { CODE_RULES, decideSend, hashSecret, newCode, sameHash } from './verification-rules';
import { LOCK_PHONE, RECENT_SENDS, TRY_LATEST_CODE, USE_CAPTCHA, USE_CODE } from '../sql/verification.sql';

export interface CodeSent {
  phone: string;
  validSeconds: number;
  resendAfterSeconds: number;
}

/** Checks the phone's shape: 11 digits starting 1[3-9]. */
export function requirePhone(raw: string, field = 'phone'): string {
  const phone = raw.trim();
  if (!PHONE_PATTERN.test(phone)) throw badInput('请输入正确的手机号（11位）', field);
  return phone;
}

/**
 * Sends SMS verification codes within the limits (CODE_RULES) and checks them. A code is consumed inside the
 * caller's transaction, so that when the action it proves fails (a weak password, a phone taken meanwhile)
 * nothing is written and the code stays good; only the try is counted, in its own statement, before the
 * comparison, so parallel guesses cannot exceed the tries allowed.
 */
@Injectable()
export class VerificationService {
  private readonly logger = new Logger(VerificationService.name);
  /** Captcha answers kept in memory for the dev/test inbox, only with the stand-in sender. */
  readonly devCaptchaAnswers = new Map<string, string>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SMS_SENDER) private readonly sender: SmsSender | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get available(): boolean {
    return this.sender !== null;
  }

  /** The stand-in's inbox, or null with a real provider (or none). */
  get standIn(): StandInSmsSender | null {
    return this.sender instanceof StandInSmsSender && this.config.nodeEnv !== 'production' ? this.sender : null;
  }

  async captcha(ctx: RequestContext): Promise<{ id: string; svg: string }> {
    const c = svgCaptcha.create({ size: 4, noise: 2, ignoreChars: '0oO1ilI', color: false, background: '#f5f5f5', width: 120, height: 40 });
    const id = randomUUID();
    await this.db.getRepository(SmsCaptcha).insert({
      id,
      answerHash: hashSecret(this.config.jwtSecret, id, c.text.toLowerCase()),
      expiresAt: new Date(ctx.now.getTime() + CODE_RULES.captchaValidSeconds * 1000),
    });
    if (this.standIn) {
      this.devCaptchaAnswers.set(id, c.text);
      if (this.devCaptchaAnswers.size > 200) this.devCaptchaAnswers.delete(this.devCaptchaAnswers.keys().next().value as string);
    }
    return { id, svg: c.data };
  }

  /**
   * Sends a code for `purpose` to `phone` once the limits allow (the caller has checked that the purpose fits
   * the phone: registered or not). Counted under a per-phone advisory lock so that parallel requests take turns.
   */
  async send(
    ctx: RequestContext,
    phone: string,
    purpose: SmsPurpose,
    captcha: { id?: string | null; answer?: string | null },
  ): Promise<CodeSent> {
    if (!this.sender) throw smsUnavailable();
    const code = newCode();
    const id = randomUUID();
    await this.db.transaction(async (em) => {
      await queryNamed(em, LOCK_PHONE, { phone });
      const [counts] = await queryNamed(em, RECENT_SENDS, { phone, now: ctx.now, ip: ctx.ip });
      const recent = {
        phoneLastAgoSeconds: counts.last_ago === null ? null : Number(counts.last_ago),
        phoneDay: counts.phone_day,
        addressHour: counts.address_hour,
      };
      let decision = decideSend(recent, false, this.config.smsAddressPerHour);
      if (decision.kind === 'captcha' && captcha.id && captcha.answer) {
        await this.solveCaptcha(em, captcha.id, captcha.answer, ctx.now);
        decision = decideSend(recent, true, this.config.smsAddressPerHour);
      }
      switch (decision.kind) {
        case 'wait':
          throw sendTooSoon(decision.seconds);
        case 'phone-day':
          throw phoneDayUsedUp();
        case 'address-hour':
          throw addressHourUsedUp();
        case 'captcha':
          throw captcha.id || captcha.answer ? captchaWrong() : captchaRequired();
      }
      await em.getRepository(SmsCode).insert({
        id,
        phone,
        purpose,
        codeHash: hashSecret(this.config.jwtSecret, id, code),
        expiresAt: new Date(ctx.now.getTime() + CODE_RULES.validSeconds * 1000),
        ip: ctx.ip,
        createdAt: ctx.now,
      });
    });
    try {
      await this.sender.send({ phone, code, purpose, validMinutes: CODE_RULES.validSeconds / 60 });
    } catch (e) {
      // Still counted against the limits (a failing send must not lift them); the code is void.
      await this.db.getRepository(SmsCode).update({ id }, { usedAt: ctx.now });
      this.logger.warn(`SMS to ${phone.slice(0, 3)}****${phone.slice(-4)} failed: ${(e as Error).message}`);
      throw smsSendFailed();
    }
    return { phone, validSeconds: CODE_RULES.validSeconds, resendAfterSeconds: CODE_RULES.phoneGapSeconds };
  }

  /** Marks the captcha used when the answer is right (single use, within its validity), else refuses. */
  private async solveCaptcha(em: EntityManager, id: string, answer: string, now: Date): Promise<void> {
    if (!isUuid(id)) throw captchaWrong();
    const rows = await queryNamed(em, USE_CAPTCHA, { id, now });
    if (rows.length === 0 || !sameHash(rows[0].answer_hash, hashSecret(this.config.jwtSecret, id, answer.trim().toLowerCase()))) {
      throw captchaWrong();
    }
  }

  /**
   * Checks `code` against the newest code sent to `phone` for `purpose` and marks it used inside `em` (the
   * caller's transaction). The try is counted first, on its own connection, so it stays counted when the
   * caller's transaction rolls back.
   */
  async consume(em: EntityManager, ctx: RequestContext, phone: string, purpose: SmsPurpose, code: string): Promise<void> {
    const [latest] = await queryNamed(this.db, TRY_LATEST_CODE, { phone, purpose });
    if (!latest) throw codeMissing();
    if (latest.used_at) throw codeUsed();
    if (latest.expires_at <= ctx.now) throw codeExpired();
    if (latest.attempts > CODE_RULES.maxAttempts) throw codeTriedTooOften();
    const digits = code.trim();
    if (!/^\d{6}$/.test(digits) || !sameHash(latest.code_hash, hashSecret(this.config.jwtSecret, latest.id, digits))) {
      throw codeWrong(CODE_RULES.maxAttempts - latest.attempts);
    }
    if ((await executeNamed(em, USE_CODE, { id: latest.id, now: ctx.now })) === 0) throw codeUsed();
  }
}
