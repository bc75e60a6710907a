import { Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { createSmsSender } from '../../sms/sms-sender.factory';
import { SMS_SENDER } from '../../sms/sms-sender';
import { DevSmsInboxController } from '../resolvers/dev-sms-inbox.controller';
import { LegalConsent } from '../entities/legal-consent.entity';
import { SmsCaptcha } from '../entities/sms-captcha.entity';
import { SmsCode } from '../entities/sms-code.entity';
import { SmsAuthResolver } from '../resolvers/sms-auth.resolver';
import { SmsAuthService } from './sms-auth.service';
import { VerificationService } from './verification.service';

/** What IdentityModule adds for SMS verification (kept here so that the module file changes by a line). */
export const VERIFICATION_ENTITIES = [SmsCode, SmsCaptcha, LegalConsent];
export const VERIFICATION_PROVIDERS: Provider[] = [
  { provide: SMS_SENDER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createSmsSender(config.sms) },
  VerificationService,
  SmsAuthService,
  SmsAuthResolver,
];
export const VERIFICATION_CONTROLLERS = [DevSmsInboxController];
