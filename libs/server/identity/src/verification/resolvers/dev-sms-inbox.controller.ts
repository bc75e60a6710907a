import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { Public } from '@yigou/server/core';
import { VerificationService } from '../services/verification.service';

/**
 * Development and tests only: the last SMS code the stand-in sent to a phone, and a captcha's answer, for
 * browser tests and the demo. Answers 404 unless the stand-in sender is in use, which the configuration
 * refuses in production (and the service checks NODE_ENV again).
 */
@Controller('__dev')
export class DevSmsInboxController {
  constructor(private readonly codes: VerificationService) {}

  @Public()
  @Get('sms-inbox/:phone')
  inbox(@Param('phone') phone: string): {
    phone: string;
    code: string | null;
    messages: { code: string; purpose: string; sentAt: string }[];
  } {
    const standIn = this.codes.standIn;
    if (!standIn || !/^1[3-9]\d{9}$/.test(phone)) throw new NotFoundException();
    const messages = standIn.messagesTo(phone).map((m) => ({ code: m.code, purpose: m.purpose, sentAt: m.sentAt.toISOString() }));
    return { phone, code: messages.at(-1)?.code ?? null, messages };
  }

  @Public()
  @Get('captcha/:id')
  captcha(@Param('id') id: string): { answer: string } {
    const answer = this.codes.standIn ? this.codes.devCaptchaAnswers.get(id) : undefined;
    if (!answer) throw new NotFoundException();
    return { answer };
  }
}
