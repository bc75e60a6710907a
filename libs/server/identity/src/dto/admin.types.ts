import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ConnectionArgs, ConnectionType } from '@yigou/server/core';
import { UserType } from './user.types';

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name, username, phone or email' })
  @IsOptional()
  @IsString()
  @MaxLength(50, { message: '搜索内容不能超过50个字' })
  search?: string | null;
}

@InputType()
export class UpdateProfileInput {
  @Field()
  @IsString()
  @MinLength(1, { message: '请填写姓名或昵称' })
  @MaxLength(32, { message: '姓名或昵称最多 32 个字' })
  displayName: string;
}

export const UserConnection = ConnectionType(UserType, 'User');
