import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, RequestContext } from '@yigou/server/core';
import { maskPhone } from '@yigou/shared/validation';
import { IssuedTokens } from '../../services/auth.service';
import { AuthPayload, UserType } from '../../dto/user.types';
import { User } from '../../entities/user.entity';
import {
  ChangePasswordInput,
  ChangePhoneInput,
  RegisterBySmsInput,
  RequestSmsCodeInput,
  ResetPasswordBySmsInput,
  SmsCaptchaChallenge,
  SmsCodeSent,
  SmsLoginInput,
} from '../dto/sms-auth.input';
import { SmsAuthService } from '../services/sms-auth.service';
import { VerificationService } from '../services/verification.service';

@Resolver()
export class SmsAuthResolver {
  constructor(
    private readonly sms: SmsAuthService,
    private readonly codes: VerificationService,
  ) {}

  @Public()
  @Query(() => Boolean, { description: '短信验证码服务是否可用（未配置时只能用密码登录）' })
  smsAvailable(): boolean {
    return this.codes.available;
  }

  @Public()
  @Mutation(() => SmsCaptchaChallenge, { description: '获取图形验证码（频繁获取短信验证码后需要先填写）' })
  smsCaptcha(@Ctx() ctx: RequestContext): Promise<SmsCaptchaChallenge> {
    return this.codes.captcha(ctx);
  }

  @Public()
  @Mutation(() => SmsCodeSent, { description: '发送短信验证码；每个手机号每分钟 1 条、每天 10 条，频繁时需图形验证码' })
  async requestSmsCode(@Ctx() ctx: RequestContext, @Args('input') input: RequestSmsCodeInput): Promise<SmsCodeSent> {
    const sent = await this.sms.requestCode(ctx, input);
    return { ...sent, phone: maskPhone(sent.phone) };
  }

  @Public()
  @Mutation(() => AuthPayload, { description: '用短信验证码注册（需同意用户服务协议和个人信息保护政策）' })
  registerBySms(@Ctx() ctx: RequestContext, @Args('input') input: RegisterBySmsInput): Promise<IssuedTokens> {
    return this.sms.register(ctx, input);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: '短信验证码登录' })
  loginBySms(@Ctx() ctx: RequestContext, @Args('input') input: SmsLoginInput): Promise<IssuedTokens> {
    return this.sms.login(ctx, input);
  }

  @Public()
  @Mutation(() => Boolean, { description: '用短信验证码重设密码；该账号的所有登录随之失效' })
  resetPasswordBySms(@Ctx() ctx: RequestContext, @Args('input') input: ResetPasswordBySmsInput): Promise<boolean> {
    return this.sms.resetPassword(ctx, input);
  }

  @Mutation(() => AuthPayload, { description: '修改密码（需当前密码）；其他设备上的登录随之失效' })
  changePassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangePasswordInput): Promise<IssuedTokens> {
    return this.sms.changePassword(ctx, input);
  }

  @Mutation(() => UserType, { description: '更换手机号（验证码发到新手机号）' })
  changePhone(@Ctx() ctx: RequestContext, @Args('input') input: ChangePhoneInput): Promise<User> {
    return this.sms.changePhone(ctx, input);
  }
}
