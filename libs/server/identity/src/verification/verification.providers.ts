import { Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { createSmsSender } from '../sms/sms-sender.factory';
import { SMS_SENDER } from '../sms/sms-sender';
import { DevSmsInboxController } from './dev-sms-inbox.controller';
import { LegalConsent, SmsCaptcha, SmsCode } from './sms-code.entity';
import { SmsAuthResolver } from './sms-auth.resolver';
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
