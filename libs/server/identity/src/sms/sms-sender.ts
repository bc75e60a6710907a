/** What a verification message says it is for (the template is the same; the purpose is logged). */
export type SmsPurpose = 'register' | 'login' | 'reset_password' | 'change_phone';

export interface VerificationMessage {
  /** 11-digit mainland mobile number */
  phone: string;
  code: string;
  purpose: SmsPurpose;
  /** minutes the code stays valid (template parameter) */
  validMinutes: number;
}

/**
 * Sends a verification code by SMS: one implementation per provider (Aliyun, Tencent Cloud) and a stand-in
 * for development and tests. `send` resolves when the provider accepted the message and throws otherwise.
 */
export interface SmsSender {
  readonly name: 'aliyun' | 'tencent' | 'stand-in';
  send(message: VerificationMessage): Promise<void>;
}

export const SMS_SENDER = Symbol('SMS_SENDER');

/** The provider refused or did not answer; the message for people stays generic. */
export class SmsSendError extends Error {
  constructor(
    readonly provider: string,
    readonly providerCode: string,
    message: string,
  ) {
    super(`${provider} SMS failed (${providerCode}): ${message}`);
    this.name = 'SmsSendError';
  }
}
