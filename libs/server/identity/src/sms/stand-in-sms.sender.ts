import { Logger } from '@nestjs/common';
import { SmsSender, VerificationMessage } from './sms-sender';

export interface InboxEntry extends VerificationMessage {
  sentAt: Date;
}

/**
 * Development and tests only (SMS_PROVIDER=stand-in, refused in production by the configuration): the code
 * goes to the log and to an in-process inbox that the dev-only test route reads (`/__dev/sms-inbox`).
 */
export class StandInSmsSender implements SmsSender {
  readonly name = 'stand-in' as const;
  private readonly logger = new Logger('SmsStandIn');
  private readonly inbox = new Map<string, InboxEntry[]>();
  /** Tests may make the next sends fail. */
  failNext = 0;

  async send(message: VerificationMessage): Promise<void> {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('stand-in SMS told to fail');
    }
    this.logger.log(`【以购】验证码 ${message.code} 发往 ${message.phone}（${message.purpose}，${message.validMinutes} 分钟内有效）`);
    const list = this.inbox.get(message.phone) ?? [];
    list.push({ ...message, sentAt: new Date() });
    this.inbox.set(message.phone, list.slice(-20));
  }

  /** Messages sent to this phone, oldest first. */
  messagesTo(phone: string): InboxEntry[] {
    return [...(this.inbox.get(phone) ?? [])];
  }

  lastCode(phone: string): string | null {
    return this.inbox.get(phone)?.at(-1)?.code ?? null;
  }
}
