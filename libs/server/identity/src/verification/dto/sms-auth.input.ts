import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@yigou/shared/validation';
import { DisplayNameField } from '../../dto/display-name.field';

export enum SmsCodePurpose {
  register = 'register',
  login = 'login',
  reset_password = 'reset_password',
  change_phone = 'change_phone',
}
registerEnumType(SmsCodePurpose, { name: 'SmsCodePurpose', description: '验证码用途：注册、登录、找回密码、更换手机号' });

const PHONE = { message: '请输入正确的手机号（11位）' };
const phoneField = () => [IsString(), MaxLength(11, PHONE), Matches(/^1[3-9]\d{9}$/, PHONE)];
const codeField = () => [
  IsString(),
  MaxLength(6, { message: '请输入 6 位短信验证码' }),
  Matches(/^\d{6}$/, { message: '请输入 6 位短信验证码' }),
];
const newPasswordField = () => [
  IsString(),
  MinLength(PASSWORD_MIN_LENGTH, { message: `密码至少 ${PASSWORD_MIN_LENGTH} 位` }),
  MaxLength(PASSWORD_MAX_LENGTH, { message: `密码最多 ${PASSWORD_MAX_LENGTH} 位` }),
];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

@InputType()
export class RequestSmsCodeInput {
  @Field() @apply(phoneField()) phone: string;
  @Field(() => SmsCodePurpose) @IsEnum(SmsCodePurpose) purpose: SmsCodePurpose;
  @Field(() => String, { nullable: true, description: '图形验证码编号（被要求时）' })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  captchaId?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(8, { message: '图形验证码错误或已过期，请重新输入' })
  captchaAnswer?: string | null;
}

/** The PIPL consent every registration carries: the user agreement and privacy policy accepted, with the versions read. */
@InputType({ isAbstract: true })
export abstract class ConsentInput {
  @Field({ description: '已阅读并同意用户服务协议和个人信息保护政策' }) @IsBoolean() acceptAgreement: boolean;
  @Field({ description: '同意的用户服务协议版本' }) @IsString() @Length(1, 32) agreementVersion: string;
  @Field({ description: '同意的个人信息保护政策版本' }) @IsString() @Length(1, 32) privacyVersion: string;
}

@InputType()
export class RegisterBySmsInput extends ConsentInput {
  @Field() @apply(phoneField()) phone: string;
  @Field() @apply(codeField()) code: string;
  @Field() @apply(newPasswordField()) password: string;
  @DisplayNameField()
  displayName: string;
}

@InputType()
export class SmsLoginInput {
  @Field() @apply(phoneField()) phone: string;
  @Field() @apply(codeField()) code: string;
}

@InputType()
export class ResetPasswordBySmsInput {
  @Field() @apply(phoneField()) phone: string;
  @Field() @apply(codeField()) code: string;
  @Field() @apply(newPasswordField()) newPassword: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MinLength(1, { message: '请输入当前密码' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `密码最多 ${PASSWORD_MAX_LENGTH} 位` })
  currentPassword: string;
  @Field() @apply(newPasswordField()) newPassword: string;
}

@InputType()
export class ChangePhoneInput {
  @Field({ description: '新手机号' }) @apply(phoneField()) phone: string;
  @Field({ description: '发到新手机号的验证码' }) @apply(codeField()) code: string;
}

@ObjectType()
export class SmsCodeSent {
  @Field({ description: '发往的手机号（中间四位隐藏）' }) phone: string;
  @Field(() => Int) validSeconds: number;
  @Field(() => Int) resendAfterSeconds: number;
}

@ObjectType()
export class SmsCaptchaChallenge {
  @Field() id: string;
  @Field({ description: 'SVG 图片' }) svg: string;
}
