import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@yigou/shared/validation';
import { ConsentInput } from '../verification/dto/sms-auth.input';
import { DisplayNameField } from './display-name.field';

@InputType()
export class RegisterInput extends ConsentInput {
  @Field({ description: 'Email. A phone number is refused: phones register by SMS code (registerBySms)' })
  @IsString()
  @MaxLength(320, { message: '邮箱过长' })
  login: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `密码至少 ${PASSWORD_MIN_LENGTH} 位` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `密码最多 ${PASSWORD_MAX_LENGTH} 位` })
  password: string;

  @DisplayNameField()
  displayName: string;
}

@InputType()
export class LoginInput {
  @Field({ description: 'Username, mobile phone or email' })
  @IsString()
  @MinLength(1, { message: '请输入账号' })
  @MaxLength(320, { message: '账号过长' })
  login: string;

  @Field()
  @IsString()
  @MinLength(1, { message: '请输入密码' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `密码最多 ${PASSWORD_MAX_LENGTH} 位` })
  password: string;
}
